using System.Linq;
using Formwork.Diagnostics;

namespace Formwork.Reporting.Tests;

public class DrillDownTests
{
    private static readonly ReportEngine Engine = new("Asia/Shanghai");

    [Fact]
    public void DrillDown_MonthToDayToRecords_FollowsTheTrendPath()
    {
        var trend = new ReportBuilder("trend").Row("signedAt", DateGrain.Month).Column("channel").Count("n").Build(SalesData.Dataset);
        var months = Engine.Run(trend, SalesData.Rows());
        var february = months.FindRow("2025-02")!;
        var online = months.Columns.First(c => c.Level == 1 && c.Labels[0] == "online");

        var daysDefinition = Engine.DrillDown(months, february, online);
        var days = Engine.Run(daysDefinition, SalesData.Rows());

        Assert.Equal(["2025-02-25", "Total"], days.Rows.Select(r => r.ToString()));
        Assert.Equal(DateGrain.Day, daysDefinition.Rows[0].Grain);
        var page = Engine.DrillToRecords(days, days.Rows[0]);
        Assert.Equal(1, page.TotalCount);
        Assert.Equal(600m, page.Records[0]["amount"].AsNumber());
    }

    [Fact]
    public void DrillDown_ProvinceToCity_FiltersTheProvince()
    {
        var map = new ReportBuilder("map").RowLevel("area", 0).Count("n").Build(SalesData.Dataset);
        var provinces = Engine.Run(map, SalesData.Rows());

        var cities = Engine.Run(Engine.DrillDown(provinces, provinces.FindRow("Jiangsu")!), SalesData.Rows());

        Assert.Equal(["Nanjing=2", "Suzhou=1", "Total=3"], cities.Rows.Select(r => $"{r}={r.Cells[0]}"));
    }

    [Fact]
    public void DrillDown_CityLevel_HasNothingFiner()
    {
        var map = new ReportBuilder("map").RowLevel("area", 1).Count("n").Build(SalesData.Dataset);
        var cities = Engine.Run(map, SalesData.Rows());

        var error = Assert.Throws<FormworkException>(() => Engine.DrillDown(cities, cities.Rows[0]));

        Assert.Equal("error FWR0201 at $.rows[0]: The cell cannot be drilled further: the dimension 'area' has no finer grain or level.", error.Diagnostics[0].ToString());
    }

    [Fact]
    public void DrillToRecords_Paged_ReturnsTheRowsBehindTheCellInOrder()
    {
        var definition = new ReportBuilder("r").Row("region").Count("n").Build(SalesData.Dataset);
        var result = Engine.Run(definition, DatasetRows.FromStoredRecords(SalesData.Dataset, SalesData.Stored()));
        var east = result.FindRow("east")!;

        var first = Engine.DrillToRecords(result, east, null, 0, 3);
        var second = Engine.DrillToRecords(result, east, null, 3, 3);

        Assert.Equal(4, first.TotalCount);
        Assert.Equal(["r0", "r1", "r2"], first.RecordIds);
        Assert.Equal(["r3"], second.RecordIds);
        Assert.Equal(3, second.Skip);
    }

    [Fact]
    public void DrillToRecords_OthersBucket_ReturnsTheFoldedRows()
    {
        var definition = new ReportBuilder("top").Row("rep").Sum("sum", "amount").Top(0, 2, "sum").Build(SalesData.Dataset);
        var result = Engine.Run(definition, SalesData.Rows());
        var others = result.FindRow("Others")!;

        var page = Engine.DrillToRecords(result, others);
        var drilled = Engine.Run(Engine.DrillDown(result, result.GrandTotal!) with { Rows = [] }, SalesData.Rows());

        Assert.Equal(["li", "li", "wang", "wang"], page.Records.Select(r => r["rep"].AsText()));
        Assert.Equal(2650m, drilled.Rows[0].Cells[0].AsNumber());
    }

    [Fact]
    public void DrillDown_OthersRow_FiltersOutTheKeptKeys()
    {
        var definition = new ReportBuilder("top").Row("rep").Row("signedAt", DateGrain.Year).Sum("sum", "amount").Top(0, 2, "sum").Build(SalesData.Dataset);
        var result = Engine.Run(definition, SalesData.Rows());
        var othersYear = result.Rows.First(r => r.IsOthers && r.Level == 2);

        var quarters = Engine.Run(Engine.DrillDown(result, othersYear), SalesData.Rows());

        Assert.Equal(["2025-Q1=650", "Total=650"], quarters.Rows.Select(r => $"{r}={r.Cells[0]}"));
    }

    [Fact]
    public void DrillToRecords_CellOfAnotherResult_IsRefused()
    {
        var definition = new ReportBuilder("r").Row("region").Count("n").Build(SalesData.Dataset);
        var one = Engine.Run(definition, SalesData.Rows());
        var other = Engine.Run(definition, SalesData.Rows());

        var error = Assert.Throws<FormworkException>(() => Engine.DrillToRecords(one, other.Rows[0]));

        Assert.Equal("FWR0202", error.Code);
    }
}
