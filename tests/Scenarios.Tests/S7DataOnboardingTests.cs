using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CustomerPortal.Host;
using CustomerPortal.Scenarios;

namespace Formwork.Scenarios.Tests;

public class S7DataOnboardingTests
{
    private static readonly Task<S7Outcome> Run = RunOnceAsync();

    private static async Task<S7Outcome> RunOnceAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), "formwork-s7-" + Path.GetRandomFileName());
        await using var portal = Portal.Create(TextWriter.Null, outputDirectory: output);
        return await new S7DataOnboarding().RunAsync(portal);
    }

    [Fact]
    public async Task AllOrNothing_FileWithBadRows_WritesNothingAndReportsEveryPlantedRow()
    {
        var outcome = await Run;

        Assert.Equal(S7DataOnboarding.CustomersInFile + S7DataOnboarding.Problems.Count, outcome.RowsInFile);
        Assert.False(outcome.AllOrNothing.Success);
        Assert.Equal(0, outcome.AllOrNothing.Imported);
        Assert.Equal(0, outcome.StoredAfterAllOrNothing);
        // Row numbers as the clerk sees them in Excel: the header is row 1, each planted row follows its customer.
        var expectedRows = S7DataOnboarding.Problems.Select((p, k) => p.After + 2 + k + 1).ToArray();
        Assert.Equal(expectedRows, outcome.AllOrNothing.Errors.Select(e => e.Row).Distinct().Order().ToArray());
    }

    [Fact]
    public async Task AllOrNothing_Errors_NameTheColumnAsInTheFileWithBothLanguages()
    {
        var outcome = await Run;

        var columns = outcome.AllOrNothing.Errors.OrderBy(e => e.Row).Select(e => e.Column ?? "(row)").ToArray();
        Assert.Equal(["Mobile", "客户名称*", "等级", "员工人数", "建档日期", "Mobile", "区域", "邮箱"], columns);
        Assert.All(outcome.AllOrNothing.Errors, e =>
        {
            Assert.StartsWith("FWF", e.Code, System.StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            Assert.False(string.IsNullOrWhiteSpace(e.MessageChinese));
            Assert.NotEqual(e.Message, e.MessageChinese);
        });
    }

    [Fact]
    public async Task ValidRowsOnly_ImportsEveryGoodRowAndSkipsThePlantedOnes()
    {
        var outcome = await Run;

        Assert.Equal(S7DataOnboarding.CustomersInFile, outcome.ValidRowsOnly.Imported);
        Assert.Equal(S7DataOnboarding.CustomersInFile, outcome.StoredAfterValidRowsOnly);
        Assert.Equal(S7DataOnboarding.Problems.Count, outcome.ValidRowsOnly.Errors.Select(e => e.Row).Distinct().Count());
    }

    [Fact]
    public async Task Corrections_UpsertByPhone_AddsTheFixedRowsAndUpdatesTheUpgradedOnes()
    {
        var outcome = await Run;

        Assert.True(outcome.Corrections.Success);
        Assert.Equal(S7DataOnboarding.Problems.Count - 1, outcome.Corrections.Imported);
        Assert.Equal(3, outcome.Corrections.Updated);
        Assert.Equal(S7DataOnboarding.CustomersInFile + S7DataOnboarding.Problems.Count - 1, outcome.StoredAtEnd);
    }

    [Fact]
    public async Task Contracts_OneLinePerRow_AreGroupedWithTheirLinesAndComputed()
    {
        var outcome = await Run;
        var seeded = new CustomerPortal.Data.SeedData().Contracts.Take(S7DataOnboarding.ContractsInFile).ToList();

        Assert.Equal(seeded.Sum(c => c.Lines.Count), outcome.ContractRowsInFile);
        Assert.True(outcome.Contracts.Success);
        Assert.Equal(seeded.Count, outcome.Contracts.Imported);
        Assert.Equal(seeded.Count, outcome.ImportedContracts.Count);
        foreach (var contract in seeded)
        {
            var stored = Assert.Single(outcome.ImportedContracts, r => r["phone"].ToString() == contract.Customer.Phone && r["customer"].ToString() == contract.Customer.Name);
            var lines = stored["lines"].AsTable();
            Assert.Equal(contract.Lines.Select(l => l.Product), lines.Select(r => r["product"].ToString()));
            var subtotal = contract.Lines.Sum(l => l.Quantity * l.UnitPrice);
            Assert.Equal(decimal.Round(subtotal * (1 - contract.Discount), 2), stored["amount"].AsNumber());
        }
    }
}
