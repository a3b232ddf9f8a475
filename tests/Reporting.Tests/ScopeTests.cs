using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Stores;

namespace Formwork.Reporting.Tests;

public class ScopeTests
{
    private static readonly ScopePolicy Policy = new()
    {
        Default = RecordScope.Own,
        Roles = new Dictionary<string, RecordScope>(StringComparer.OrdinalIgnoreCase) { ["manager"] = RecordScope.Department, ["ceo"] = RecordScope.All },
    };

    private static readonly ReportDefinition Report = new ReportBuilder("scoped").Row("rep").Sum("sum", "amount").Scope(Policy).Build(SalesData.Dataset);

    [Theory]
    [InlineData("li", new string[0], new[] { "sales" }, "li", 400)]
    [InlineData("wang", new[] { "east" }, new[] { "manager" }, "li,wang", 650)]
    [InlineData("boss", new[] { "east" }, new[] { "manager", "ceo" }, "li,sun,wang,zhao", 2650)]
    [InlineData("nobody", new string[0], new string[0], "", 0)]
    public void Run_ScopePolicy_AppliesBeforeAggregation(string user, string[] departments, string[] roles, string reps, int total)
    {
        var rows = DatasetRows.FromStoredRecords(SalesData.Dataset, SalesData.Stored());

        var result = new ReportEngine().Run(Report, rows, new ReportRunOptions { Actor = new Actor(user, roles, departments) });

        Assert.Equal(reps, string.Join(",", result.Rows.Where(r => r.Level == 1).Select(r => r.Labels[0])));
        Assert.Equal((decimal)total, result.GrandTotal!.Cells[0].IsBlank ? 0m : result.GrandTotal.Cells[0].AsNumber());
    }

    [Fact]
    public void Run_DepartmentScope_IncludesTheActorsOwnRecordsInOtherDepartments_AsFormProfilesDo()
    {
        // Each rep as a manager of one region they do not own every record in: their own rows elsewhere count too.
        var stored = SalesData.Stored();
        var rows = DatasetRows.FromStoredRecords(SalesData.Dataset, stored);
        foreach (var (owner, region) in stored.Select(r => (r.OwnerId!, r.DepartmentId!)).Distinct())
        {
            var actor = new Actor(owner, ["manager"], [region]);
            var expected = stored.Where(r => r.OwnerId == owner || r.DepartmentId == region).Sum(r => r.Data["amount"].TryGetNumber(out var amount) ? amount : 0m);

            var result = new ReportEngine().Run(Report, rows, new ReportRunOptions { Actor = actor });

            Assert.Equal(expected, result.GrandTotal!.Cells[0].AsNumber());
            Assert.All(stored, r => Assert.Equal(r.OwnerId == owner || r.DepartmentId == region, Policy.Resolve(actor) == RecordScope.Department && new PermissionProfile { Name = "m", Records = RecordScope.Department }.Reaches(r, actor)));
        }
    }

    [Fact]
    public void Run_ScopedReportWithoutActor_IsRefused()
    {
        var rows = DatasetRows.FromStoredRecords(SalesData.Dataset, SalesData.Stored());

        Assert.Throws<ArgumentException>(() => new ReportEngine().Run(Report, rows));
    }

    [Fact]
    public void Run_OwnScopeOverRowsWithoutOwners_SeesNothing()
    {
        var result = new ReportEngine().Run(Report, SalesData.Rows(), new ReportRunOptions { Actor = new Actor("li") });

        Assert.Equal(0, result.RecordCount);
    }

    [Fact]
    public async Task RunAsync_RecordStore_ReadsEveryPageAndAppliesScope()
    {
        var store = new InMemoryRecordStore();
        for (var i = 0; i < 2_500; i++)
        {
            await store.InsertAsync(new StoredRecord
            {
                FormId = "sales",
                Id = i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
                Data = new RecordData { ["rep"] = i % 2 == 0 ? "li" : "wang", ["amount"] = 1m },
                OwnerId = i % 2 == 0 ? "li" : "wang",
            });
        }

        var result = await new ReportEngine().RunAsync(Report, SalesData.Dataset, store, "sales", new ReportRunOptions { Actor = new Actor("li") });

        Assert.Equal(1_250, result.RecordCount);
        Assert.Equal(1_250m, result.GrandTotal!.Cells[0].AsNumber());
    }
}
