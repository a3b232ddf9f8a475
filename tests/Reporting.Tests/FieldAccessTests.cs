using System;
using System.Linq;
using Formwork.Diagnostics;
using Formwork.Forms;

namespace Formwork.Reporting.Tests;

public class FieldAccessTests
{
    private static readonly ReportEngine Engine = new("Asia/Shanghai");

    private static readonly CompiledForm Form = new FormDefinitionLoader().Load("""
        { "id": "lead", "fields": [
          { "name": "name", "type": "text" },
          { "name": "mobile", "type": "phone" },
          { "name": "region", "type": "text" },
          { "name": "salary", "type": "number" } ],
          "permissions": [
            { "name": "sales", "fields": { "mobile": "masked", "salary": "hidden" } },
            { "name": "auditor", "fields": { "salary": "masked" } } ] }
        """).GetFormOrThrow();

    private static readonly ReportDataset Dataset = ReportDataset.FromForm(Form);

    private static readonly (string Name, string Mobile, string Region, decimal Salary)[] Raw =
    [
        ("Ann", "13812341234", "east", 9000m),
        ("Bo", "13812341234", "east", 12000m),
        ("Cy", "13912345678", "west", 15000m),
        ("Di", "13800001234", "west", 8000m),
        ("Ed", "13700005678", "east", 11000m),
    ];

    private static DatasetRows Rows() => DatasetRows.FromRecords(Dataset, Raw.Select(r => new RecordData
    {
        ["name"] = r.Name,
        ["mobile"] = r.Mobile,
        ["region"] = r.Region,
        ["salary"] = r.Salary,
    }.Freeze()));

    private static ReportRunOptions As(string profile) => new() { Profile = Form.Permissions.Single(p => p.Name == profile) };

    [Fact]
    public void Run_GroupByMaskedColumn_GroupsAndLabelsByTheMaskedText()
    {
        var definition = new ReportBuilder("r").Row("mobile").Count("n").Build(Dataset);

        var result = Engine.Run(definition, Rows(), As("sales"));

        Assert.Equal(["137****5678:1", "138****1234:3", "139****5678:1", "Total:5"], result.Rows.Select(r => $"{r}:{r.Cells[0]}"));
        var json = result.ToJson();
        Assert.DoesNotContain(Raw, r => json.Contains(r.Mobile, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_WithoutProfile_GroupsByTheRawValues()
    {
        var definition = new ReportBuilder("r").Row("mobile").Count("n").Build(Dataset);

        var result = Engine.Run(definition, Rows());

        Assert.Equal(5, result.Rows.Count);
    }

    [Fact]
    public void Run_DistinctCountAndFilterOnMaskedColumn_SeeOnlyMaskedText()
    {
        var definition = new ReportBuilder("r").Measure("phones", MeasureAggregate.DistinctCount, "mobile").Build(Dataset);
        var probe = new ReportBuilder("p").Count("n").Where("mobile", FilterOperator.Equal, "13912345678").Build(Dataset);
        var masked = new ReportBuilder("p").Count("n").Where("mobile", FilterOperator.Equal, "139****5678").Build(Dataset);

        Assert.Equal(3m, Engine.Run(definition, Rows(), As("sales")).Rows[0].Cells[0].AsNumber());
        Assert.True(Engine.Run(probe, Rows(), As("sales")).Rows[0].Cells[0].IsBlank);
        Assert.Equal(1m, Engine.Run(masked, Rows(), As("sales")).Rows[0].Cells[0].AsNumber());
    }

    [Fact]
    public void DrillToRecords_WithProfile_MasksMaskedFieldsAndLeavesHiddenOnesOut()
    {
        var definition = new ReportBuilder("r").Row("region").Count("n").Build(Dataset);
        var result = Engine.Run(definition, Rows(), As("sales"));

        var page = Engine.DrillToRecords(result, result.FindRow("west")!);

        Assert.Equal(2, page.TotalCount);
        Assert.Equal(["Cy|139****5678|west|", "Di|138****1234|west|"],
            page.Records.Select(r => $"{r["name"]}|{r["mobile"]}|{r["region"]}|{r["salary"]}"));
        Assert.All(page.Records, r => Assert.DoesNotContain("salary", r.Keys));
    }

    [Fact]
    public void Run_CustomMask_ReplacesTheDatasetMasking()
    {
        var definition = new ReportBuilder("r").Row("mobile").Count("n").Build(Dataset);
        var options = As("sales") with { Mask = (column, value) => Value.FromText(column + ":" + value.AsText()[^2..]) };

        var result = Engine.Run(definition, Rows(), options);

        Assert.Equal(["mobile:34", "mobile:78", "Total"], result.Rows.Select(r => r.ToString()));
    }

    [Theory]
    [InlineData("sales", """{"id":"r","measures":[{"id":"s","aggregate":"sum","column":"salary"}]}""",
        "FWR0127 $.measures[0].column The column 'salary' is hidden from you (permission profile 'sales'); a report cannot use it.")]
    [InlineData("sales", """{"id":"r","rows":["region"],"measures":[{"id":"n","aggregate":"count"}],"filters":[{"formula":"salary > 10000"}]}""",
        "FWR0127 $.filters[0].formula The column 'salary' is hidden from you (permission profile 'sales'); a report cannot use it.")]
    [InlineData("sales", """{"id":"r","rows":[{"column":"salary","bands":[10000]}],"measures":[{"id":"n","aggregate":"count"}]}""",
        "FWR0127 $.rows[0].column The column 'salary' is hidden from you (permission profile 'sales'); a report cannot use it.")]
    [InlineData("auditor", """{"id":"r","measures":[{"id":"s","aggregate":"average","column":"salary"}]}""",
        "FWR0128 $.measures[0].column The column 'salary' is masked for you (permission profile 'auditor'): it can only be grouped, counted or filtered by its masked text, not used for average.")]
    [InlineData("auditor", """{"id":"r","rows":[{"column":"salary","bands":[10000]}],"measures":[{"id":"n","aggregate":"count"}]}""",
        "FWR0128 $.rows[0].column The column 'salary' is masked for you (permission profile 'auditor'): it can only be grouped, counted or filtered by its masked text, not used for a grain, bands or a level.")]
    public void Run_HiddenOrMaskedColumnMisused_IsRefusedWithDiagnostic(string profile, string json, string expected)
    {
        var definition = ReportDefinitionReader.Read(json, Dataset);

        var error = Assert.Throws<FormworkException>(() => Engine.Run(definition, Rows(), As(profile)));

        Assert.Equal(expected, string.Join(" | ", error.Diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
        Assert.All(error.Diagnostics, d => Assert.NotEqual(d.Message, d.MessageChinese));
    }

    [Fact]
    public void Run_MaskedNumberColumn_CountsAndGroupsByMaskedText()
    {
        var definition = new ReportBuilder("r").Row("salary").Measure("n", MeasureAggregate.Count, "salary").Build(Dataset);

        var result = Engine.Run(definition, Rows(), As("auditor"));

        Assert.Equal(["1***0:3", "8**0:1", "9**0:1", "Total:5"], result.Rows.Select(r => $"{r}:{r.Cells[0]}"));
    }

    [Fact]
    public void RunDashboard_WithProfile_AppliesFieldAccessToEveryWidget()
    {
        var dashboard = new DashboardDefinition
        {
            Id = "d",
            Widgets =
            [
                new DashboardWidget { Id = "a", Type = WidgetType.Table, Report = new ReportBuilder("a").Row("mobile").Count("n").Build(Dataset) },
                new DashboardWidget { Id = "b", Type = WidgetType.Kpi, Report = new ReportBuilder("b").Sum("s", "salary").Build(Dataset) },
            ],
        };

        var error = Assert.Throws<FormworkException>(() => Engine.RunDashboard(dashboard, Rows(), As("sales")));

        Assert.Equal("FWR0127", error.Code);
    }
}
