using System;
using System.Linq;

namespace Formwork.Reporting.Tests;

public class ParallelAggregationTests
{
    private static readonly ReportDataset Dataset = new("p",
    [
        new DatasetColumn("region", ValueKind.Text),
        new DatasetColumn("customer", ValueKind.Text),
        new DatasetColumn("on", ValueKind.Date),
        new DatasetColumn("amount", ValueKind.Number),
    ]);

    [Theory]
    [InlineData("on")]
    [InlineData("customer")]
    public void Run_SeveralPartitions_GivesTheSameResultAsOnePartition(string second)
    {
        const int count = 270_000;
        var random = new Random(11);
        var rows = new DatasetRowsBuilder(Dataset, count)
            .AddCoded("region", Enumerable.Range(0, count).Select(_ => random.Next(-1, 50)).ToArray(), Enumerable.Range(0, 50).Select(i => Value.FromText("r" + i)).ToArray())
            .AddCoded("customer", Enumerable.Range(0, count).Select(_ => random.Next(2_000)).ToArray(), Enumerable.Range(0, 2_000).Select(i => Value.FromText("c" + i)).ToArray())
            .AddDates("on", Enumerable.Range(0, count).Select(_ => (DateOnly?)new DateOnly(2024, 1, 1).AddDays(random.Next(800))).ToArray())
            .AddNumbers("amount", Enumerable.Range(0, count).Select(_ => random.Next(-100_000, 100_000) / 100m).ToArray(), Enumerable.Range(0, count).Select(_ => random.Next(20) == 0).ToArray())
            .Build();
        var builder = new ReportBuilder("p").Row("region");
        builder = second == "on" ? builder.Row("on", DateGrain.Month) : builder.Row(second);
        var definition = builder.Subtotals().Count("n").Sum("sum", "amount").Measure("avg", MeasureAggregate.Average, "amount")
            .Measure("customers", MeasureAggregate.DistinctCount, "customer").Measure("median", MeasureAggregate.Median, "amount")
            .Measure("max", MeasureAggregate.Max, "amount").Build(Dataset);
        var engine = new ReportEngine("UTC");

        var one = engine.Run(definition, rows, new ReportRunOptions { MaxDegreeOfParallelism = 1 });
        var three = engine.Run(definition, rows, new ReportRunOptions { MaxDegreeOfParallelism = 3 });

        Assert.Equal(one.ToJson(), three.ToJson());
        Assert.Equal(count, (int)three.GrandTotal!.Cells[0].AsNumber());
    }
}
