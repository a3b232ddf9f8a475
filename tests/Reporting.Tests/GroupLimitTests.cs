using System.Linq;
using Formwork.Diagnostics;

namespace Formwork.Reporting.Tests;

public class GroupLimitTests
{
    private static readonly ReportEngine Engine = new("Asia/Shanghai");

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Run_MoreGroupsThanTheLimit_FailsWithDiagnostic(int parallelism)
    {
        var definition = new ReportBuilder("r").Row("customer").Count("n").Build(SalesData.Dataset);

        var error = Assert.Throws<FormworkException>(() => Engine.Run(definition, SalesData.Rows(), new ReportRunOptions { MaxGroups = 5, MaxDegreeOfParallelism = parallelism }));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("FWR0129 The report has more than 5 groups; narrow it with filters, a coarser grain or bands, or raise the group limit.", $"{diagnostic.Code} {diagnostic.Message}");
        Assert.Equal("报表分组数超过 5 个；请用筛选条件、更粗的时间粒度或分段缩小范围，或调高分组上限。", diagnostic.MessageChinese);
    }

    [Fact]
    public void Run_ExactlyTheLimit_Succeeds()
    {
        var definition = new ReportBuilder("r").Row("customer").Column("region").Count("n").Build(SalesData.Dataset);

        var result = Engine.Run(definition, SalesData.Rows(), new ReportRunOptions { MaxGroups = 6 });

        Assert.Equal(7, result.Rows.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Run_HighCardinalityHashedGroups_StopAtTheLimitInsteadOfGrowing(int parallelism)
    {
        const int count = 300_000;
        var dataset = new ReportDataset("n", [new DatasetColumn("x", ValueKind.Number)]);
        var rows = new DatasetRowsBuilder(dataset, count).AddNumbers("x", Enumerable.Range(0, count).Select(i => (decimal)i).ToArray()).Build();
        var definition = new ReportBuilder("r").Row("x").Count("n").Build(dataset);

        var error = Assert.Throws<FormworkException>(() => Engine.Run(definition, rows, new ReportRunOptions { MaxGroups = 1_000, MaxDegreeOfParallelism = parallelism }));

        Assert.Equal("FWR0129", error.Code);
        Assert.Equal(count, Engine.Run(definition, rows, new ReportRunOptions { MaxGroups = count, MaxDegreeOfParallelism = parallelism }).Rows.Count - 1);
    }
}
