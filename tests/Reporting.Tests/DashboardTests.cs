using System.Linq;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Formwork.Reporting.Tests;

public class DashboardTests
{
    private const string Ceo = """
        {
          "id": "ceo",
          "title": "CEO dashboard",
          "filters": [ { "column": "region", "op": "in", "values": ["east", "west"] } ],
          "widgets": [
            { "id": "signed", "type": "kpi", "title": "Signed amount", "report": { "id": "signed", "measures": [ { "id": "amount", "aggregate": "sum", "column": "amount" } ] } },
            { "id": "channels", "type": "pie", "report": { "id": "channels", "rows": ["channel"], "measures": [ { "id": "n", "aggregate": "count" } ] } },
            { "id": "trend", "type": "line", "report": { "id": "trend", "rows": [ { "column": "signedAt", "grain": "month" } ], "measures": [ { "id": "n", "aggregate": "count" } ] } }
          ]
        }
        """;

    [Fact]
    public void RunDashboard_SharedFilters_ApplyToEveryWidget()
    {
        var dashboard = DashboardReader.Read(Ceo, SalesData.Dataset);

        var result = new ReportEngine().RunDashboard(dashboard, SalesData.Rows());

        Assert.Equal(1650m, result.Widgets[0].Value.AsNumber());
        Assert.Null(result.Widgets[0].ToEChartsOption());
        Assert.Equal(7, result.Widgets[1].Result.RecordCount);
        Assert.Equal("pie", result.Widgets[1].ToEChartsOption()!["series"]![0]!["type"]!.GetValue<string>());
        Assert.Equal(["2025-01", "2025-02", "Total"], result.Widgets[2].Result.Rows.Select(r => r.ToString()));
    }

    [Fact]
    public void TryRead_BadWidgetReportAndFilter_ReportsPathsInsideTheDashboard()
    {
        var json = Ceo.Replace("\"aggregate\": \"sum\", \"column\": \"amount\"", "\"aggregate\": \"sum\", \"column\": \"region\"", System.StringComparison.Ordinal)
            .Replace("\"column\": \"region\", \"op\"", "\"column\": \"regoin\", \"op\"", System.StringComparison.Ordinal);

        var ok = DashboardReader.TryRead(json, SalesData.Dataset, out var dashboard, out var diagnostics);

        Assert.False(ok);
        Assert.Null(dashboard);
        Assert.Equal(["FWR0102 $.widgets[0].report.measures[0].column", "FWR0101 $.filters[0].column"], diagnostics.Select(d => $"{d.Code} {d.Path}"));
    }

    [Fact]
    public void TryRead_DuplicateWidget_IsRefused()
    {
        var json = Ceo.Replace("\"id\": \"trend\", \"type\"", "\"id\": \"signed\", \"type\"", System.StringComparison.Ordinal);

        var error = Assert.Throws<FormworkException>(() => DashboardReader.Read(json, SalesData.Dataset));

        Assert.Equal("error FWR0301 at $.widgets[2].id: The widget id 'signed' is used twice.", error.Diagnostics.Single().ToString());
    }

    [Fact]
    public void AddReporting_RegistersTheEngineWithTheConfiguredTimeZone()
    {
        var services = new ServiceCollection();
        services.AddFormwork(b => b.Configure(o => o.TimeZoneId = "America/New_York").AddReporting().AddReporting());
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<ReportEngine>();
        var result = engine.Run(new ReportBuilder("y").Row("signedAt", DateGrain.Day).Count("n").Build(SalesData.Dataset), SalesData.Rows());

        Assert.Single(services, d => d.ServiceType == typeof(ReportEngine));
        Assert.Equal("2025-01-04", result.Rows[0].Labels[0]);
    }

    private const string Scoped = """
        {
          "id": "reps",
          "scope": { "default": "own", "roles": { "manager": "department", "ceo": "all" } },
          "widgets": [
            { "id": "signed", "type": "kpi", "report": { "id": "signed", "measures": [ { "id": "amount", "aggregate": "sum", "column": "amount" } ] } },
            { "id": "byRep", "type": "bar", "report": { "id": "byRep", "rows": ["rep"], "measures": [ { "id": "n", "aggregate": "count" } ] } },
            { "id": "trend", "type": "line", "report": { "id": "trend", "rows": [ { "column": "signedAt", "grain": "month" } ], "measures": [ { "id": "n", "aggregate": "count" } ] } },
            { "id": "company", "type": "kpi", "report": { "id": "company", "scope": { "default": "all" }, "measures": [ { "id": "n", "aggregate": "count" } ] } }
          ]
        }
        """;

    [Theory]
    [InlineData("li", new string[0], new[] { "sales" }, 400, "li", 2)]
    [InlineData("zhao", new string[0], new[] { "sales" }, 1000, "zhao", 3)]
    [InlineData("wang", new[] { "east" }, new[] { "manager" }, 650, "li,wang", 4)]
    [InlineData("boss", new string[0], new[] { "ceo" }, 2650, "li,sun,wang,zhao", 8)]
    public void RunDashboard_DashboardScope_AppliesToEveryWidgetWithoutItsOwn(string user, string[] departments, string[] roles, int amount, string reps, int count)
    {
        var dashboard = DashboardReader.Read(Scoped, SalesData.Dataset);
        var rows = DatasetRows.FromStoredRecords(SalesData.Dataset, SalesData.Stored());

        var result = new ReportEngine().RunDashboard(dashboard, rows, new ReportRunOptions { Actor = new Actor(user, roles, departments) });

        Assert.Equal((decimal)amount, result.Widgets[0].Value.AsNumber());
        Assert.Equal(reps, string.Join(",", result.Widgets[1].Result.Rows.Where(r => r.Level == 1).Select(r => r.Labels[0])));
        Assert.Equal(count, result.Widgets[2].Result.RecordCount);
        Assert.Equal(8m, result.Widgets[3].Value.AsNumber());
    }

    [Fact]
    public void RunDashboard_DashboardScopeWithoutActor_IsRefused()
    {
        var dashboard = DashboardReader.Read(Scoped, SalesData.Dataset);

        Assert.Throws<System.ArgumentException>(() => new ReportEngine().RunDashboard(dashboard, DatasetRows.FromStoredRecords(SalesData.Dataset, SalesData.Stored())));
    }

    [Fact]
    public void Read_DashboardScope_IsKeptAndWidgetReportsKeepTheirOwn()
    {
        var dashboard = DashboardReader.Read(Scoped, SalesData.Dataset);

        Assert.Equal(RecordScope.Own, dashboard.Scope!.Default);
        Assert.Equal(RecordScope.All, dashboard.Scope.Roles["CEO"]);
        Assert.Equal([null, null, null, RecordScope.All], dashboard.Widgets.Select(w => w.Report.Scope?.Default));
    }

    [Fact]
    public void TryRead_BadDashboardScope_ReportsThePath()
    {
        var json = Scoped.Replace("\"ceo\": \"all\"", "\"ceo\": \"everyone\"", System.StringComparison.Ordinal);

        var ok = DashboardReader.TryRead(json, SalesData.Dataset, out _, out var diagnostics);

        Assert.False(ok);
        Assert.Equal("error FWR0005 at $.scope.roles.ceo: 'everyone' is not a valid ceo; expected one of: own, department, all.", diagnostics.Single().ToString());
    }
}
