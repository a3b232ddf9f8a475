using System;
using System.Linq;

namespace Formwork.Reporting.Tests;

public class CalculatedMeasureTests
{
    private static readonly ReportEngine Engine = new("Asia/Shanghai");

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Run_CalculatedMeasures_AreEvaluatedFromMergedValuesAtEveryLevel(int parallelism)
    {
        var definition = new ReportBuilder("r")
            .Row("region").Row("channel").Column("vip")
            .Count("n")
            .Measure("signed", MeasureAggregate.Count, "amount")
            .Sum("amount", "amount")
            .Calculated("avgDeal", "amount / signed")
            .Calculated("rate", "signed / n")
            .Calculated("doubled", "avgDeal * 2")
            .Subtotals()
            .Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows(), new ReportRunOptions { MaxDegreeOfParallelism = parallelism, ExactValues = true });

        var records = SalesData.Raw;
        var checkedCells = 0;
        foreach (var row in result.Rows)
        {
            for (var c = 0; c < result.Columns.Count; c++)
            {
                var column = result.Columns[c];
                var matching = records.Where(r =>
                    (row.Level < 1 || r.Region == row.Labels[0]) &&
                    (row.Level < 2 || r.Channel == row.Labels[1]) &&
                    (column.Level < 1 || (r.Amount >= 500m ? "TRUE" : "FALSE") == column.Labels[0])).ToArray();
                if (matching.Length == 0)
                {
                    continue;
                }

                var signed = matching.Count(r => r.Amount is not null);
                var amount = matching.Sum(r => r.Amount ?? 0m);
                var cell = row.Cells[c];
                switch (column.MeasureId)
                {
                    case "avgDeal":
                        Assert.True(signed == 0 ? cell.IsError : cell.AsNumber() == amount / signed, $"{row} × {column}: {cell}");
                        checkedCells++;
                        break;
                    case "rate":
                        Assert.Equal((decimal)signed / matching.Length, cell.AsNumber());
                        checkedCells++;
                        break;
                    case "doubled":
                        Assert.True(signed == 0 ? cell.IsError : cell.AsNumber() == amount / signed * 2, $"{row} × {column}: {cell}");
                        break;
                }
            }
        }

        Assert.True(checkedCells > 20);
        var east = result.FindRow("east")!;
        Assert.Equal(650m / 4, result.GetCell(east, "avgDeal").AsNumber());
        Assert.Equal(2650m / 7, result.GetCell(result.GrandTotal!, "avgDeal").AsNumber());
        Assert.Equal(7m / 8, result.GetCell(result.GrandTotal!, "rate").AsNumber());
    }

    [Fact]
    public void Run_CalculatedMeasure_CanBeSortedAndFilteredWithHaving()
    {
        var definition = ReportDefinitionReader.Read(
            """{"id":"r","rows":["rep"],"measures":[{"id":"n","aggregate":"count"},{"id":"s","aggregate":"sum","column":"amount"},{"id":"avg","formula":"s / n"}],"sort":{"measure":"avg","direction":"desc"},"having":[{"measure":"avg","op":"ge","value":200}]}""",
            SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        Assert.Equal(["sun", "zhao", "li"], result.Rows.Where(r => !r.IsTotal).Select(r => r.Labels[0]));
    }

    [Fact]
    public void Run_HavingFormula_KeepsDetailRowsWhereTheFormulaOverMeasuresIsTrue()
    {
        var definition = ReportDefinitionReader.Read(
            """{"id":"r","rows":["rep"],"measures":[{"id":"n","aggregate":"count"},{"id":"s","aggregate":"sum","column":"amount"}],"having":[{"formula":"AND(n >= 2, s / n < 300)"}]}""",
            SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        var expected = SalesData.Raw.GroupBy(r => r.Rep)
            .Where(g => g.Count() >= 2 && g.Sum(r => r.Amount ?? 0m) / g.Count() < 300m)
            .Select(g => g.Key).Order();
        Assert.Equal(expected, result.Rows.Where(r => !r.IsTotal).Select(r => r.Labels[0]).Order());
    }

    [Theory]
    [InlineData("""{"id":"r","rows":["rep"],"measures":[{"id":"n","aggregate":"count"}],"having":[{"formula":"amount > 1"}]}""", "FWR0123 $.having[0].formula The formula 'amount > 1' is not valid: FWE0104 Unknown field 'amount' at 1:1.")]
    [InlineData("""{"id":"r","measures":[{"id":"n","aggregate":"count"},{"id":"rate","formula":"signed / n"}]}""", "FWR0123 $.measures[1].formula The formula 'signed / n' is not valid: FWE0104 Unknown field 'signed' at 1:1.")]
    [InlineData("""{"id":"r","measures":[{"id":"n","aggregate":"count"},{"id":"x","formula":"x + n"}]}""", "FWR0125 $.measures[1].formula The calculated measure 'x' depends on itself: x -> x.")]
    [InlineData("""{"id":"r","measures":[{"id":"a","formula":"b + 1"},{"id":"b","formula":"a * 2"}]}""", "FWR0125 $.measures[0].formula The calculated measure 'a' depends on itself: a -> b -> a. | FWR0125 $.measures[1].formula The calculated measure 'b' depends on itself: b -> a -> b.")]
    public void TryRead_BadCalculatedMeasure_ReportsDiagnosticWithPath(string json, string expected)
    {
        var ok = ReportDefinitionReader.TryRead(json, SalesData.Dataset, out var definition, out var diagnostics);

        Assert.False(ok);
        Assert.Null(definition);
        Assert.Equal(expected, string.Join(" | ", diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
        Assert.All(diagnostics, d => Assert.NotEqual(d.Message, d.MessageChinese));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Run_RunningTotalOfCalculatedMeasure_EvaluatesTheFormulaOverRunningInputs(int parallelism)
    {
        var definition = new ReportBuilder("r").Row("signedOn", DateGrain.Month)
            .Sum("sum", "amount")
            .Measure("signed", MeasureAggregate.Count, "amount")
            .Calculated("avgDeal", "sum / signed", MeasureDisplay.RunningTotal)
            .Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows(), new ReportRunOptions { MaxDegreeOfParallelism = parallelism });

        var byMonth = SalesData.Raw.Where(r => r.Amount is not null).GroupBy(r => r.SignedAtUtc[..7]).OrderBy(g => g.Key).ToArray();
        var expected = byMonth.Select((g, i) =>
        {
            var upTo = byMonth.Take(i + 1).SelectMany(x => x).ToArray();
            return Math.Round(upTo.Sum(r => r.Amount!.Value) / upTo.Length, 4, MidpointRounding.AwayFromZero);
        }).Append(Math.Round(2650m / 7m, 4, MidpointRounding.AwayFromZero));
        Assert.Equal(expected, result.Rows.Select(r => result.GetCell(r, "avgDeal").AsNumber()));
        Assert.Equal([266.6667m, 275m, 378.5714m, 378.5714m], result.Rows.Select(r => result.GetCell(r, "avgDeal").AsNumber()));
    }

    [Fact]
    public void Run_TopNByCalculatedMeasure_RanksByTheFormulaAndFoldsTheRestIntoOthers()
    {
        var definition = ReportDefinitionReader.Read(
            """{"id":"r","rows":["rep"],"measures":[{"id":"sum","aggregate":"sum","column":"amount"},{"id":"signed","aggregate":"count","column":"amount"},{"id":"avgDeal","formula":"sum / signed"}],"top":{"count":2,"measure":"avgDeal"}}""",
            SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        var averages = SalesData.Raw.Where(r => r.Amount is not null).GroupBy(r => r.Rep)
            .Select(g => (Rep: g.Key, Avg: g.Average(r => r.Amount!.Value), Sum: g.Sum(r => r.Amount!.Value), Count: g.Count()))
            .OrderByDescending(x => x.Avg).ToArray();
        var kept = averages.Take(2).ToArray();
        var rest = averages.Skip(2).ToArray();
        Assert.Equal(kept.Select(k => k.Rep).Order(), result.Rows.Where(r => !r.IsTotal && !r.IsOthers).Select(r => r.Labels[0]).Order());
        Assert.Equal(["sun", "zhao"], kept.Select(k => k.Rep).Order());
        var others = result.Rows.Single(r => r.IsOthers);
        Assert.Equal(rest.Sum(x => x.Sum) / rest.Sum(x => x.Count), result.GetCell(others, "avgDeal").AsNumber());
        Assert.Equal(162.5m, result.GetCell(others, "avgDeal").AsNumber());
    }
}
