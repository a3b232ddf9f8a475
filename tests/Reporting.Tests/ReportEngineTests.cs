using System;
using System.Collections.Generic;
using System.Linq;

namespace Formwork.Reporting.Tests;

public class ReportEngineTests
{
    private static readonly ReportEngine Engine = new("Asia/Shanghai");

    private static ReportDefinition AllMeasures(bool subtotals) => new ReportBuilder("all")
        .Row("region").Row("channel").Column("vip")
        .Count("n")
        .Measure("amounts", MeasureAggregate.Count, "amount")
        .Measure("customers", MeasureAggregate.DistinctCount, "customer")
        .Sum("sum", "amount")
        .Measure("avg", MeasureAggregate.Average, "amount")
        .Measure("min", MeasureAggregate.Min, "amount")
        .Measure("max", MeasureAggregate.Max, "amount")
        .Measure("median", MeasureAggregate.Median, "amount")
        .Percentile("p90", "amount", 0.9m)
        .Measure("first", MeasureAggregate.Min, "signedAt")
        .Measure("lastDay", MeasureAggregate.Max, "signedOn")
        .Subtotals(subtotals)
        .Build(SalesData.Dataset);

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 1)]
    [InlineData(true, 4)]
    public void Run_EveryMeasureAtEveryTotalLevel_MatchesRowsRecomputedFromScratch(bool subtotals, int parallelism)
    {
        var records = SalesData.Records();
        var result = Engine.Run(AllMeasures(subtotals), SalesData.Rows(), new ReportRunOptions { MaxDegreeOfParallelism = parallelism, ExactValues = true });

        Assert.Equal(subtotals ? 3 + 5 + 1 : 5 + 1, result.Rows.Count);
        Assert.Equal(3 * 11, result.Columns.Count);
        foreach (var row in result.Rows)
        {
            for (var c = 0; c < result.Columns.Count; c++)
            {
                var column = result.Columns[c];
                var matching = records.Where(r =>
                    (row.Level < 1 || r["region"].ToString() == row.Labels[0]) &&
                    (row.Level < 2 || r["channel"].ToString() == row.Labels[1]) &&
                    (column.Level < 1 || r["vip"].ToString() == column.Labels[0])).ToArray();
                Assert.True(Expected(column.MeasureId, matching).Equals(row.Cells[c]), $"{row} × {column}: expected {Expected(column.MeasureId, matching)}, got {row.Cells[c]}");
            }
        }
    }

    [Fact]
    public void Run_Subtotals_DistinctCountAndMedianComeFromTheRowsNotTheCells()
    {
        var result = Engine.Run(AllMeasures(true), SalesData.Rows());

        var east = result.FindRow("east")!;
        Assert.Equal(3, east.Level == 1 ? SalesData.Number(result.GetCell(east, "customers")) : 0);
        Assert.Equal(150m, SalesData.Number(result.GetCell(east, "median")));
        Assert.Equal(650m, SalesData.Number(result.GetCell(east, "sum")));
        var west = result.FindRow("west")!;
        Assert.Equal(500m, SalesData.Number(result.GetCell(west, "avg")));
        Assert.Equal(1L, SalesData.Number(result.GetCell(west, "customers")) - 1);
        var total = result.GrandTotal!;
        Assert.Equal(6m, SalesData.Number(result.GetCell(total, "customers")));
        Assert.Equal(300m, SalesData.Number(result.GetCell(total, "median")));
        Assert.Equal(8m, SalesData.Number(result.GetCell(total, "n")));
        Assert.Equal(7m, SalesData.Number(result.GetCell(total, "amounts")));
    }

    [Fact]
    public void Run_SubtotalRows_FollowTheirChildrenAndGrandTotalIsLast()
    {
        var result = Engine.Run(AllMeasures(true), SalesData.Rows());

        Assert.Equal(
            ["east / online", "east / store", "east", "north / store", "north", "west / online", "west / store", "west", "Total"],
            result.Rows.Select(r => r.ToString()));
        Assert.True(result.Rows[^1].IsTotal);
        Assert.Equal(["FALSE / n", "TRUE / n", "Total / n"], result.Columns.Where(c => c.MeasureId == "n").Select(c => c.Title));
    }

    [Fact]
    public void Run_SortByMeasureDescending_OrdersSiblings()
    {
        var definition = new ReportBuilder("sorted").Row("rep").Sum("sum", "amount").SortBy("sum", descending: true).Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        Assert.Equal(["sun", "zhao", "li", "wang", "Total"], result.Rows.Select(r => r.ToString()));
    }

    [Fact]
    public void Run_TopNWithOthers_FoldsTheRestIntoOneBucketComputedFromRows()
    {
        var definition = new ReportBuilder("top").Row("rep")
            .Sum("sum", "amount").Measure("customers", MeasureAggregate.DistinctCount, "customer").Measure("median", MeasureAggregate.Median, "amount")
            .Top(0, 2, "sum").SortBy("sum", descending: true).Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        Assert.Equal(["sun", "zhao", "Others", "Total"], result.Rows.Select(r => r.ToString()));
        var others = result.FindRow("Others")!;
        Assert.True(others.IsOthers);
        Assert.Equal(650m, SalesData.Number(result.GetCell(others, "sum")));
        Assert.Equal(3m, SalesData.Number(result.GetCell(others, "customers")));
        Assert.Equal(150m, SalesData.Number(result.GetCell(others, "median")));
        Assert.Equal(2650m, SalesData.Number(result.GetCell(result.GrandTotal!, "sum")));
    }

    [Fact]
    public void Run_TopNWithoutOthers_LeavesTheRestOut()
    {
        var definition = new ReportBuilder("top").Row("rep").Sum("sum", "amount").Top(0, 1, "sum", others: false).Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        Assert.Equal(["sun", "Total"], result.Rows.Select(r => r.ToString()));
        Assert.Equal(1000m, SalesData.Number(result.GetCell(result.GrandTotal!, "sum")));
    }

    [Fact]
    public void Run_PercentOfTotalRowAndColumn_DivideByTheMatchingTotals()
    {
        var definition = new ReportBuilder("share").Row("region").Column("channel")
            .Sum("total", "amount", MeasureDisplay.PercentOfTotal)
            .Sum("row", "amount", MeasureDisplay.PercentOfRow)
            .Sum("col", "amount", MeasureDisplay.PercentOfColumn)
            .Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows(), new ReportRunOptions { ExactValues = true });

        var east = result.FindRow("east")!;
        Assert.Equal(400m / 2650m, SalesData.Number(result.GetCell(east, "total", "online")));
        Assert.Equal(400m / 650m, SalesData.Number(result.GetCell(east, "row", "online")));
        Assert.Equal(400m / 1400m, SalesData.Number(result.GetCell(east, "col", "online")));
        Assert.Equal(1m, SalesData.Number(result.GetCell(result.GrandTotal!, "total")));
    }

    [Fact]
    public void Run_RunningTotal_AccumulatesSiblingsInKeyOrderFromRows()
    {
        var definition = new ReportBuilder("running").Row("signedAt", DateGrain.Month)
            .Sum("cum", "amount", MeasureDisplay.RunningTotal)
            .Measure("customers", MeasureAggregate.DistinctCount, "customer", MeasureDisplay.RunningTotal)
            .Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        Assert.Equal(["2025-01", "2025-02", "2025-03", "Total"], result.Rows.Select(r => r.ToString()));
        Assert.Equal([800m, 1650m, 2650m, 2650m], result.Rows.Select(r => SalesData.Number(r.Cells[0])));
        Assert.Equal([3m, 5m, 6m, 6m], result.Rows.Select(r => SalesData.Number(r.Cells[1])));
    }

    [Fact]
    public void Run_PeriodChange_ComparesWithThePreviousPeriodEvenWhenItIsEmpty()
    {
        var definition = new ReportBuilder("mom").Row("signedOn", DateGrain.Month)
            .Sum("change", "amount", MeasureDisplay.PeriodChange)
            .Sum("pct", "amount", MeasureDisplay.PeriodChangePercent)
            .Where("signedOn", FilterOperator.NotIn, new DateOnly(2025, 2, 3), new DateOnly(2025, 2, 10), new DateOnly(2025, 2, 25), new DateOnly(2025, 2, 26))
            .Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        Assert.Equal(["2025-01", "2025-03", "Total"], result.Rows.Select(r => r.ToString()));
        Assert.True(result.Rows[0].Cells[0].IsBlank);
        Assert.Equal(1000m, SalesData.Number(result.Rows[1].Cells[0]));
        Assert.True(result.Rows[1].Cells[1].IsBlank);
    }

    [Fact]
    public void Run_NumberBands_GroupIntoHalfOpenRanges()
    {
        var definition = new ReportBuilder("bands").RowBands("amount", 100m, 500m).Count("n").Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        Assert.Equal(["", "< 100", "100 – 500", "≥ 500", "Total"], result.Rows.Select(r => r.Level == 0 ? "Total" : r.Labels[0]));
        Assert.Equal([1m, 1m, 4m, 2m, 8m], result.Rows.Select(r => SalesData.Number(r.Cells[0])));
    }

    [Fact]
    public void Run_CascadeLevels_GroupProvinceThenCity()
    {
        var definition = new ReportBuilder("map").RowLevel("area", 0).RowLevel("area", 1).Count("n").Subtotals().Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        Assert.Equal(
            ["Hebei / Shijiazhuang", "Hebei", "Jiangsu / Nanjing", "Jiangsu / Suzhou", "Jiangsu", "Sichuan / Chengdu", "Sichuan / Mianyang", "Sichuan", "Zhejiang / Hangzhou", "Zhejiang", "Total"],
            result.Rows.Select(r => r.ToString()));
        Assert.Equal(["province", "city"], result.RowDimensions);
    }

    [Fact]
    public void Run_FiltersAndHaving_NarrowRowsBeforeAndGroupsAfter()
    {
        var definition = new ReportBuilder("f").Row("rep").Sum("sum", "amount")
            .Where("channel", FilterOperator.Equal, "store")
            .Having("sum", FilterOperator.GreaterThan, 100m)
            .Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        Assert.Equal(["sun", "wang", "Total"], result.Rows.Select(r => r.ToString()));
        Assert.Equal(4, result.RecordCount);
        Assert.Equal(1250m, SalesData.Number(result.GetCell(result.GrandTotal!, "sum")));
    }

    [Fact]
    public void Run_NoDimensions_GivesOneTotalRow()
    {
        var definition = new ReportBuilder("kpi").Sum("sum", "amount").Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows());

        var row = Assert.Single(result.Rows);
        Assert.Equal(2650m, SalesData.Number(row.Cells[0]));
    }

    [Fact]
    public void Run_EmptyRows_GivesAnEmptyGrandTotal()
    {
        var definition = new ReportBuilder("empty").Row("region").Count("n").Sum("sum", "amount").Build(SalesData.Dataset);

        var result = Engine.Run(definition, DatasetRows.FromRecords(SalesData.Dataset, []));

        var row = Assert.Single(result.Rows);
        Assert.Equal(0, row.Level);
        Assert.True(row.Cells[0].IsBlank);
    }

    [Fact]
    public void Run_ColumnarBuilderRows_GiveTheSameResultAsRecords()
    {
        var records = SalesData.Records();
        var rows = new DatasetRowsBuilder(SalesData.Dataset, records.Count)
            .AddCoded("region", records.Select(r => r["region"].AsText() switch { "east" => 0, "west" => 1, _ => 2 }).ToArray(), ["east", "west", "north"])
            .AddNumbers("amount", records.Select(r => r["amount"].IsBlank ? 0m : r["amount"].AsNumber()).ToArray(), records.Select(r => r["amount"].IsBlank).ToArray())
            .AddDateTimes("signedAt", records.Select(r => r["signedAt"].AsDateTime().UtcTicks).ToArray())
            .AddValues("customer", records.Select(r => r["customer"]).ToArray())
            .Build();
        var definition = new ReportBuilder("b").Row("region").Column("signedAt", DateGrain.Month)
            .Sum("sum", "amount").Measure("customers", MeasureAggregate.DistinctCount, "customer").Build(SalesData.Dataset);

        var fromBuilder = Engine.Run(definition, rows);
        var fromRecords = Engine.Run(definition, SalesData.Rows());

        Assert.Equal(fromRecords.ToJson(), fromBuilder.ToJson());
    }

    [Fact]
    public void Run_InvalidDefinition_ThrowsWithDiagnostics()
    {
        var definition = new ReportBuilder("bad").Row("nope").Sum("sum", "region").Build();

        var error = Assert.Throws<Formwork.Diagnostics.FormworkException>(() => Engine.Run(definition, SalesData.Rows()));

        Assert.Equal("FWR0101", error.Code);
        Assert.Equal(["$.rows[0].column", "$.measures[0].column"], error.Diagnostics.Select(d => d.Path));
    }

    [Theory]
    [InlineData(100, 0)]
    [InlineData(10_000_000_000_000, 2)]
    [InlineData(1, 8)]
    public void Run_SumOverManyValuesInOneGroup_IsExactWhateverTheScale(long magnitude, int decimals)
    {
        var random = new Random(7);
        var divisor = (decimal)Math.Pow(10, decimals);
        var values = Enumerable.Range(0, 20_000).Select(_ => random.NextInt64(-magnitude * 100, magnitude * 100) / divisor).ToArray();
        var dataset = new ReportDataset("n", [new DatasetColumn("x", ValueKind.Number), new DatasetColumn("g", ValueKind.Text)]);
        var rows = new DatasetRowsBuilder(dataset, values.Length).AddNumbers("x", values).Build();

        var result = Engine.Run(new ReportBuilder("s").Sum("sum", "x").Measure("avg", MeasureAggregate.Average, "x").Build(dataset), rows, new ReportRunOptions { MaxDegreeOfParallelism = 1, ExactValues = true });

        Assert.Equal(values.Sum(), result.Rows[0].Cells[0].AsNumber());
        Assert.Equal(values.Sum() / values.Length, result.Rows[0].Cells[1].AsNumber());
    }

    private static Value Expected(string measure, RecordData[] rows)
    {
        if (rows.Length == 0)
        {
            return default;
        }

        var amounts = rows.Where(r => !r["amount"].IsBlank).Select(r => r["amount"].AsNumber()).OrderBy(a => a).ToArray();
        return measure switch
        {
            "n" => rows.Length,
            "amounts" => amounts.Length,
            "customers" => rows.Select(r => r["customer"]).Distinct().Count(),
            "sum" => amounts.Sum(),
            "avg" => amounts.Length == 0 ? default : Value.FromNumber(amounts.Sum() / amounts.Length),
            "min" => amounts.Length == 0 ? Value.Blank : amounts.Min(),
            "max" => amounts.Length == 0 ? Value.Blank : amounts.Max(),
            "median" => Percentile(amounts, 0.5m),
            "p90" => Percentile(amounts, 0.9m),
            "first" => rows.Select(r => r["signedAt"].AsDateTime()).Min().ToOffset(TimeSpan.FromHours(8)),
            "lastDay" => rows.Select(r => r["signedOn"].AsDate()).Max(),
            _ => throw new ArgumentOutOfRangeException(nameof(measure)),
        };
    }

    private static Value Percentile(IReadOnlyList<decimal> sorted, decimal p)
    {
        if (sorted.Count == 0)
        {
            return default;
        }

        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        return low + 1 < sorted.Count ? sorted[low] + ((rank - low) * (sorted[low + 1] - sorted[low])) : sorted[low];
    }
}
