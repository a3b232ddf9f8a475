using System.Linq;

namespace Formwork.Reporting.Tests;

public class FunnelTests
{
    private static readonly Value[] Stages = ["lead", "contacted", "opportunity", "quote", "signed"];

    [Fact]
    public void Run_CumulativeFunnel_CountsRecordsThatReachedEachStage()
    {
        var definition = new ReportBuilder("funnel").Funnel("stage", Stages).Build(SalesData.Dataset);

        var result = new ReportEngine().Run(definition, SalesData.Rows());

        Assert.Equal(["lead", "contacted", "opportunity", "quote", "signed"], result.Rows.Select(r => r.Labels[0]));
        Assert.Equal([8m, 7m, 6m, 5m, 4m], result.Rows.Select(r => r.Cells[0].AsNumber()));
        Assert.Equal(1m, result.Rows[0].Cells[1].AsNumber());
        Assert.Equal(7m / 8m, result.Rows[1].Cells[1].AsNumber());
        Assert.Equal(4m / 5m, result.Rows[4].Cells[1].AsNumber());
        Assert.Equal(4m / 8m, result.Rows[4].Cells[2].AsNumber());
        Assert.Equal(["count", "stepConversion", "overallConversion"], result.Columns.Select(c => c.MeasureId));
    }

    [Fact]
    public void Run_ExactFunnelWithFilter_CountsOnlyEachStageAndBlankConversionAfterZero()
    {
        var definition = new ReportBuilder("funnel").Funnel("stage", Stages, cumulative: false).Where("region", FilterOperator.Equal, "east").Build(SalesData.Dataset);

        var result = new ReportEngine().Run(definition, SalesData.Rows());

        Assert.Equal([1m, 0m, 0m, 1m, 2m], result.Rows.Select(r => r.Cells[0].AsNumber()));
        Assert.Equal(0m, result.Rows[1].Cells[1].AsNumber());
        Assert.True(result.Rows[2].Cells[1].IsBlank);
    }

    [Fact]
    public void ToEChartsOption_Funnel_ListsStagesInOrder()
    {
        var definition = new ReportBuilder("funnel").Funnel("stage", Stages).Build(SalesData.Dataset);
        var result = new ReportEngine().Run(definition, SalesData.Rows());

        var option = ReportCharts.ToEChartsOption(result, ChartType.Funnel);

        Assert.Equal(
            """{"tooltip":{"trigger":"item"},"legend":{"data":["lead","contacted","opportunity","quote","signed"]},"series":[{"name":"count","type":"funnel","data":[{"name":"lead","value":8},{"name":"contacted","value":7},{"name":"opportunity","value":6},{"name":"quote","value":5},{"name":"signed","value":4}],"sort":"none"}]}""",
            option.ToJsonString());
    }
}
