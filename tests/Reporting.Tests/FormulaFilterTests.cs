using System.Linq;

namespace Formwork.Reporting.Tests;

public class FormulaFilterTests
{
    private static readonly ReportEngine Engine = new("Asia/Shanghai");

    [Fact]
    public void Run_FormulaFilter_KeepsOnlyRecordsWhereTheFormulaIsTrue()
    {
        var definition = ReportDefinitionReader.Read(
            """{"id":"r","rows":["region"],"filters":[{"formula":"AND(amount >= 200, channel = \"online\")"}],"measures":[{"id":"n","aggregate":"count"},{"id":"s","aggregate":"sum","column":"amount"}]}""",
            SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        var expected = SalesData.Raw.Where(r => r.Amount >= 200m && r.Channel == "online").ToArray();
        Assert.Equal(expected.Length, result.RecordCount);
        foreach (var region in expected.Select(r => r.Region).Distinct())
        {
            var row = result.FindRow(region)!;
            Assert.Equal(expected.Count(r => r.Region == region), SalesData.Number(result.GetCell(row, "n")));
            Assert.Equal(expected.Where(r => r.Region == region).Sum(r => r.Amount!.Value), SalesData.Number(result.GetCell(row, "s")));
        }

        Assert.Null(result.FindRow("north"));
    }

    [Fact]
    public void Run_FormulaFilterOverBlankAndError_TreatsThemAsFalse()
    {
        var definition = new ReportBuilder("r")
            .Where(new FilterDefinition { Formula = "100 / (amount - 100) > 0" })
            .Count("n")
            .Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        Assert.Equal(SalesData.Raw.Count(r => r.Amount > 100m), result.RecordCount);
    }

    [Fact]
    public void Run_FormulaFilterCombinedWithColumnFilter_AppliesBoth()
    {
        var definition = new ReportBuilder("r")
            .Where("region", FilterOperator.Equal, "east")
            .Where(new FilterDefinition { Formula = "vip = FALSE" })
            .Count("n")
            .Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        Assert.Equal(SalesData.Raw.Count(r => r.Region == "east" && !(r.Amount >= 500m)), result.RecordCount);
    }

    [Fact]
    public void Run_FormulaFilterOnCascadeColumn_SeesTheFullValue()
    {
        var definition = new ReportBuilder("r")
            .Where(new FilterDefinition { Formula = "COUNTA(area) = 2" })
            .Count("n")
            .Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        Assert.Equal(SalesData.Raw.Length, result.RecordCount);
    }

    [Theory]
    [InlineData("""{"id":"r","filters":[{"formula":"nope > 1"}],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0123 $.filters[0].formula")]
    [InlineData("""{"id":"r","filters":[{"formula":"amount >"}],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0123 $.filters[0].formula")]
    [InlineData("""{"id":"r","filters":[{"formula":"region & \"x\""}],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0124 $.filters[0].formula")]
    public void TryRead_BadFilterFormula_ReportsDiagnosticAtTheFormulaPath(string json, string expected)
    {
        var ok = ReportDefinitionReader.TryRead(json, SalesData.Dataset, out var definition, out var diagnostics);

        Assert.False(ok);
        Assert.Null(definition);
        Assert.Equal(expected, string.Join(" | ", diagnostics.Select(d => $"{d.Code} {d.Path}")));
        Assert.All(diagnostics, d => Assert.NotEmpty(d.MessageChinese));
    }

    [Fact]
    public void TryRead_UnknownNameInFilterFormula_WrapsTheFormulaLanguageMessage()
    {
        ReportDefinitionReader.TryRead("""{"id":"r","filters":[{"formula":"nope > 1"}],"measures":[{"id":"n","aggregate":"count"}]}""",
            SalesData.Dataset, out _, out var diagnostics);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("The formula 'nope > 1' is not valid: FWE0104 Unknown field 'nope' at 1:1.", diagnostic.Message);
        Assert.Equal("公式“nope > 1”无效：FWE0104 1:1 处的字段“nope”不存在。", diagnostic.MessageChinese);
    }
}
