using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Formwork.Identity;
using Formwork.Stores;

namespace Formwork.Reporting.Tests;

public class ScopeTests
{
    private static readonly ScopePolicy Policy = new()
    {
        Default = RowScope.Own,
        Roles = new Dictionary<string, RowScope>(StringComparer.OrdinalIgnoreCase) { ["manager"] = RowScope.Department, ["ceo"] = RowScope.All },
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
