using System.Linq;
using Formwork.Diagnostics;

namespace Formwork.Reporting.Tests;

public class DerivedDimensionTests
{
    private static readonly ReportEngine Engine = new("Asia/Shanghai");

    private static ReportDefinition BySize() => ReportDefinitionReader.Read(
        """{"id":"r","rows":[{"formula":"IF(amount >= 300, \"big\", \"small\")","label":"Size"},"channel"],"measures":[{"id":"n","aggregate":"count"},{"id":"s","aggregate":"sum","column":"amount"},{"id":"avg","formula":"s / n"}],"subtotals":true}""",
        SalesData.Dataset);

    [Fact]
    public void Run_FormulaDimension_GroupsByTheFormulaResultAtEveryLevel()
    {
        var result = Engine.Run(BySize(), SalesData.Rows());

        string Size(decimal? amount) => amount >= 300m ? "big" : "small";
        Assert.Equal("Size", result.Rows.Count > 0 ? result.Definition.Rows[0].Label : null);
        foreach (var size in new[] { "big", "small" })
        {
            var row = result.FindRow(size)!;
            var matching = SalesData.Raw.Where(r => Size(r.Amount) == size).ToArray();
            Assert.Equal(matching.Length, SalesData.Number(result.GetCell(row, "n")));
            Assert.Equal(matching.Sum(r => r.Amount ?? 0m), SalesData.Number(result.GetCell(row, "s")));
            Assert.Equal(matching.Sum(r => r.Amount ?? 0m) / matching.Length, SalesData.Number(result.GetCell(row, "avg")));
            foreach (var channel in matching.Select(r => r.Channel).Distinct())
            {
                var detail = result.FindRow(size, channel)!;
                Assert.Equal(matching.Count(r => r.Channel == channel), SalesData.Number(result.GetCell(detail, "n")));
            }
        }
    }

    [Fact]
    public void DrillToRecords_FormulaDimensionCell_ReturnsTheRecordsWithThatResult()
    {
        var result = Engine.Run(BySize(), SalesData.Rows());

        var page = Engine.DrillToRecords(result, result.FindRow("big")!);

        Assert.Equal(SalesData.Raw.Count(r => r.Amount >= 300m), page.TotalCount);
        Assert.All(page.Records, r => Assert.True(r["amount"].AsNumber() >= 300m));
    }

    [Fact]
    public void DrillDown_FormulaDimension_HasNothingFiner()
    {
        var result = Engine.Run(BySize(), SalesData.Rows());

        var error = Assert.Throws<FormworkException>(() => Engine.DrillDown(result, result.FindRow("big")!));

        Assert.Equal("FWR0201", error.Code);
    }

    [Theory]
    [InlineData("""{"id":"r","rows":[{"formula":"amout * 2"}],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0123 $.rows[0].formula The formula 'amout * 2' is not valid: FWE0103 Unknown field 'amout' at 1:1 — did you mean amount?")]
    [InlineData("""{"id":"r","columns":[{"formula":"signedOn","grain":"month","bands":[1]}],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0119 $.columns[0] A dimension may have only one of grain, bands and level.")]
    [InlineData("""{"id":"r","columns":[{"formula":"region","grain":"month"}],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0103 $.columns[0].grain A date grain applies only to a date or date-time column; 'region' is of type Text.")]
    [InlineData("""{"id":"r","rows":[{"formula":"region","bands":[1]}],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0104 $.rows[0].bands Number bands apply only to a number column; 'region' is of type Text.")]
    [InlineData("""{"id":"r","rows":[{"formula":"signedOn","grain":"hour"}],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0121 $.rows[0].grain The hour grain needs a date-time column; 'signedOn' holds dates.")]
    public void TryRead_BadFormulaDimension_ReportsDiagnosticWithPath(string json, string expected)
    {
        var ok = ReportDefinitionReader.TryRead(json, SalesData.Dataset, out _, out var diagnostics);

        Assert.False(ok);
        Assert.Equal(expected, string.Join(" | ", diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
    }

    [Fact]
    public void Run_FormulaDimensionWithGrain_GroupsTheFormulaDatesByPeriod()
    {
        var definition = new ReportBuilder("r").Dimension(new DimensionDefinition { Formula = "EDATE(signedOn, 1)", Grain = DateGrain.Month, Label = "Due" })
            .Count("n").Sum("s", "amount").Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        var expected = SalesData.Records().GroupBy(r => r["signedOn"].AsDate().AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => $"{g.Key}:{g.Count()}:{g.Sum(r => r["amount"].IsBlank ? 0m : r["amount"].AsNumber())}");
        Assert.Equal(expected, result.Rows.Where(r => !r.IsTotal).Select(r => $"{r}:{r.Cells[0]}:{r.Cells[1]}"));
        Assert.Equal(["2025-02:3:800", "2025-03:4:850", "2025-04:1:1000"], result.Rows.Where(r => !r.IsTotal).Select(r => $"{r}:{r.Cells[0]}:{r.Cells[1]}"));
    }

    [Fact]
    public void DrillDown_FormulaDimensionWithGrain_RefinesTheGrainAndFiltersThePeriod()
    {
        var definition = new ReportBuilder("r").Dimension(new DimensionDefinition { Formula = "EDATE(signedOn, 1)", Grain = DateGrain.Month }).Count("n").Build(SalesData.Dataset);
        var months = Engine.Run(definition, SalesData.Rows());

        var days = Engine.Run(Engine.DrillDown(months, months.FindRow("2025-03")!), SalesData.Rows());

        Assert.Equal(["2025-03-03:1", "2025-03-10:1", "2025-03-25:1", "2025-03-26:1", "Total:4"], days.Rows.Select(r => $"{r}:{r.Cells[0]}"));
    }

    [Fact]
    public void Run_FormulaDimensionWithBands_GroupsTheFormulaNumbersIntoHalfOpenRanges()
    {
        var definition = new ReportBuilder("r").Dimension(new DimensionDefinition { Formula = "amount * 2", Bands = [500m, 1000m] }).Count("n").Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        var doubled = SalesData.Raw.Select(r => (r.Amount ?? 0m) * 2).ToArray();
        var expected = new[]
        {
            doubled.Count(d => d < 500m),
            doubled.Count(d => d >= 500m && d < 1000m),
            doubled.Count(d => d >= 1000m),
        };
        Assert.Equal(expected.Where(c => c > 0).Select(c => (decimal)c), result.Rows.Where(r => !r.IsTotal).Select(r => r.Cells[0].AsNumber()));
        Assert.Equal(["< 500", "500 – 1000", "≥ 1000", "Total"], result.Rows.Select(r => r.ToString()));
    }

    [Fact]
    public void Run_FormulaDimensionWithLevels_GroupsByEachLevelAndDrillsToTheNext()
    {
        var definition = new ReportBuilder("r").Dimension(new DimensionDefinition { Formula = "CONCAT(region, \"/\", channel)", Level = 0 }).Count("n").Build(SalesData.Dataset);

        var regions = Engine.Run(definition, SalesData.Rows());
        var channels = Engine.Run(Engine.DrillDown(regions, regions.FindRow("east")!), SalesData.Rows());

        Assert.Equal(["east:4", "north:1", "west:3", "Total:8"], regions.Rows.Select(r => $"{r}:{r.Cells[0]}"));
        var expected = SalesData.Raw.Where(r => r.Region == "east").GroupBy(r => r.Channel).OrderBy(g => g.Key, System.StringComparer.Ordinal).Select(g => $"{g.Key}:{g.Count()}");
        Assert.Equal(expected.Append("Total:4"), channels.Rows.Select(r => $"{r}:{r.Cells[0]}"));
        var error = Assert.Throws<FormworkException>(() => Engine.DrillDown(channels, channels.FindRow("online")!));
        Assert.Equal("FWR0201", error.Code);
    }
}
