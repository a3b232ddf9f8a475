using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Formwork.Reporting.Tests;

public class ExportTests
{
    private static ReportResult Pivot() => new ReportEngine().Run(
        new ReportBuilder("pivot").Title("Sales").Row("region").Column("channel").Sum("sum", "amount").Build(SalesData.Dataset), SalesData.Rows());

    [Fact]
    public void WriteCsv_Pivot_WritesHeaderRowsAndTotals()
    {
        using var writer = new StringWriter();

        ReportExport.WriteCsv(Pivot(), writer);

        Assert.Equal(
            "Region,online / sum,store / sum,Total / sum\r\n" +
            "east,400,250,650\r\n" +
            "north,,1000,1000\r\n" +
            "west,1000,0,1000\r\n" +
            "Total,1400,1250,2650\r\n",
            writer.ToString());
    }

    [Fact]
    public void WriteCsv_TextNeedingQuotesOrStartingWithFormula_IsEscaped()
    {
        var dataset = new ReportDataset("t", [new DatasetColumn("name", ValueKind.Text)]);
        var rows = DatasetRows.FromRecords(dataset, [new RecordData { ["name"] = "a,\"b\"" }, new RecordData { ["name"] = "=1+1" }]);
        using var writer = new StringWriter();

        ReportExport.WriteCsv(new ReportEngine().Run(new ReportBuilder("t").Row("name").Count("n").Build(dataset), rows), writer);

        Assert.Equal("name,n\r\n'=1+1,1\r\n\"a,\"\"b\"\"\",1\r\nTotal,2\r\n", writer.ToString());
    }

    [Fact]
    public void WriteXlsx_Pivot_ReReadsWithNumericCells()
    {
        using var stream = new MemoryStream();

        ReportExport.WriteXlsx(Pivot(), stream, "Sales");

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        Assert.Equal("Sales", workbook.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        var rows = workbook.WorksheetParts.Single().Worksheet.Descendants<Row>().ToArray();
        Assert.Equal(5, rows.Length);
        string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;
        Assert.Equal(["Region", "online / sum", "store / sum", "Total / sum"], rows[0].Elements<Cell>().Select(Text));
        Assert.Equal(["Total", "1400", "1250", "2650"], rows[4].Elements<Cell>().Select(Text));
        Assert.Equal(CellValues.Number, rows[4].Elements<Cell>().Last().DataType!.Value);
    }

    [Fact]
    public void ToJson_Paged_WritesOnlyThePage()
    {
        var json = Pivot().ToJson(skip: 1, take: 1);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(4, root.GetProperty("totalRows").GetInt32());
        var row = Assert.Single(root.GetProperty("rows").EnumerateArray());
        Assert.Equal("north", row.GetProperty("keys")[0].GetString());
        Assert.Equal(1000m, row.GetProperty("cells")[1].GetDecimal());
        Assert.Equal("Sales", root.GetProperty("title").GetString());
    }

    [Fact]
    public void ToEChartsOption_Bar_HasOneSeriesPerColumnKey()
    {
        var option = ReportCharts.ToEChartsOption(Pivot(), ChartType.Bar);

        Assert.Equal(
            """{"title":{"text":"Sales"},"tooltip":{"trigger":"axis"},"legend":{"data":["online","store"]},"xAxis":{"type":"category","data":["east","north","west"]},"yAxis":{"type":"value"},"series":[{"name":"online","type":"bar","data":[400,null,1000]},{"name":"store","type":"bar","data":[250,1000,0]}]}""",
            option.ToJsonString());
    }

    [Fact]
    public void ToEChartsOption_Pie_UsesTheTotalColumnWithoutColumnDimensions()
    {
        var result = new ReportEngine().Run(new ReportBuilder("pie").Row("channel").Count("n").Build(SalesData.Dataset), SalesData.Rows());

        var option = ReportCharts.ToEChartsOption(result, ChartType.Pie);

        Assert.Equal(
            """{"tooltip":{"trigger":"item"},"legend":{"data":["online","store"]},"series":[{"name":"n","type":"pie","data":[{"name":"online","value":4},{"name":"store","value":4}],"radius":"50%"}]}""",
            option.ToJsonString());
    }
}
