using System;
using System.Linq;

namespace Formwork.Reporting.Tests;

public class RoundingTests
{
    private static readonly ReportEngine Engine = new("Asia/Shanghai");

    private static decimal[] Amounts(Func<(string Region, string Channel, string Rep, decimal? Amount, string Customer, string SignedAtUtc, string Stage, string Area), bool> where) =>
        SalesData.Raw.Where(where).Where(r => r.Amount is not null).Select(r => r.Amount!.Value).ToArray();

    [Fact]
    public void Run_AverageAndPercentages_AreRoundedToFourPlacesByDefault()
    {
        var definition = new ReportBuilder("r").Row("region")
            .Measure("avg", MeasureAggregate.Average, "amount")
            .Sum("share", "amount", MeasureDisplay.PercentOfTotal)
            .Sum("sum", "amount")
            .Calculated("perRow", "sum / 3")
            .Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        var all = Amounts(_ => true);
        foreach (var row in result.Rows)
        {
            var amounts = row.IsTotal ? all : Amounts(r => r.Region == row.Labels[0]);
            Assert.Equal(Math.Round(amounts.Sum() / amounts.Length, 4, MidpointRounding.AwayFromZero), result.GetCell(row, "avg").AsNumber());
            Assert.Equal(Math.Round(amounts.Sum() / all.Sum(), 4, MidpointRounding.AwayFromZero), result.GetCell(row, "share").AsNumber());
            Assert.Equal(amounts.Sum(), result.GetCell(row, "sum").AsNumber());
            Assert.Equal(Math.Round(amounts.Sum() / 3, 4, MidpointRounding.AwayFromZero), result.GetCell(row, "perRow").AsNumber());
        }

        Assert.Equal(378.5714m, result.GetCell(result.GrandTotal!, "avg").AsNumber());
    }

    [Fact]
    public void Run_ExactValues_KeepsTheUnroundedResults()
    {
        var definition = new ReportBuilder("r").Measure("avg", MeasureAggregate.Average, "amount").Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows(), new ReportRunOptions { ExactValues = true });

        Assert.Equal(2650m / 7m, result.Rows[0].Cells[0].AsNumber());
    }

    [Fact]
    public void Run_DeclaredScale_RoundsHalfAwayFromZero()
    {
        var definition = ReportDefinitionReader.Read(
            """{"id":"r","measures":[{"id":"avg","aggregate":"average","column":"amount","scale":1},{"id":"sum","aggregate":"sum","column":"amount"},{"id":"half","formula":"sum / 4","scale":0}]}""",
            SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        Assert.Equal(1, definition.Measures[0].Scale);
        Assert.Equal([378.6m, 2650m, 663m], result.Rows[0].Cells.Select(c => c.AsNumber()));
    }

    [Fact]
    public void TryRead_ScaleOutOfRange_ReportsDiagnosticWithPath()
    {
        var ok = ReportDefinitionReader.TryRead("""{"id":"r","measures":[{"id":"avg","aggregate":"average","column":"amount","scale":29}]}""", SalesData.Dataset, out _, out var diagnostics);

        Assert.False(ok);
        Assert.Equal("FWR0130 $.measures[0].scale The scale of the measure 'avg' must be a number of decimal places from 0 to 28; it is 29.",
            string.Join(" | ", diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
    }

    [Fact]
    public void Run_Funnel_RoundsConversionsUnlessExact()
    {
        var definition = new ReportBuilder("f").Funnel("stage", [Value.FromText("lead"), Value.FromText("opportunity"), Value.FromText("signed")]).Build(SalesData.Dataset);

        var rounded = Engine.Run(definition, SalesData.Rows());
        var exact = Engine.Run(definition, SalesData.Rows(), new ReportRunOptions { ExactValues = true });

        Assert.Equal([6m, 5m, 4m], rounded.Rows.Select(r => r.Cells[0].AsNumber()));
        Assert.Equal([1m, 0.8333m, 0.8m], rounded.Rows.Select(r => r.Cells[1].AsNumber()));
        Assert.Equal(0.6667m, rounded.Rows[2].Cells[2].AsNumber());
        Assert.Equal(5m / 6m, exact.Rows[1].Cells[1].AsNumber());
    }
}
