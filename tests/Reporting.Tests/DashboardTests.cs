using System.Linq;
using Formwork.Diagnostics;
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
}
