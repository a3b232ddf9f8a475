using System.Linq;
using Formwork.Diagnostics;
using Formwork.Forms;

namespace Formwork.Reporting.Tests;

public class ReportDefinitionReaderTests
{
    private const string Full = """
        {
          "id": "sales-trend",
          "title": "Signed amount by month",
          "timeZone": "Asia/Shanghai",
          "filters": [ { "column": "stage", "op": "eq", "value": "signed" }, { "column": "signedOn", "op": "range", "values": ["2025-01-01", "2026-01-01"] } ],
          "rows": [ "region", { "column": "signedAt", "grain": "month", "label": "Month" } ],
          "columns": [ { "column": "area", "level": 0 } ],
          "measures": [
            { "id": "n", "aggregate": "count" },
            { "id": "amount", "aggregate": "sum", "column": "amount", "label": "Amount" },
            { "id": "customers", "aggregate": "distinctCount", "column": "customer" },
            { "id": "p90", "aggregate": "percentile", "column": "amount", "percentile": 0.9 },
            { "id": "share", "aggregate": "sum", "column": "amount", "show": "percentOfTotal" }
          ],
          "having": [ { "measure": "n", "op": "ge", "value": 1 } ],
          "subtotals": true,
          "sort": { "measure": "amount", "direction": "desc" },
          "top": { "dimension": 0, "count": 2, "measure": "amount", "othersLabel": "其他" },
          "scope": { "default": "own", "roles": { "manager": "department", "ceo": "all" } }
        }
        """;

    [Fact]
    public void Read_FullDefinition_EqualsTheBuilderModel()
    {
        var read = ReportDefinitionReader.Read(Full, SalesData.Dataset);

        Assert.Equal("sales-trend", read.Id);
        Assert.Equal(DateGrain.Month, read.Rows[1].Grain);
        Assert.Equal(0, read.Columns[0].Level);
        Assert.Equal(Value.FromDate(new System.DateOnly(2025, 1, 1)), read.Filters[1].Values[0]);
        Assert.Equal(0.9m, read.Measures[3].Percentile);
        Assert.Equal(MeasureDisplay.PercentOfTotal, read.Measures[4].Display);
        Assert.True(read.Sort!.Descending);
        Assert.Equal("其他", read.Top!.OthersLabel);
        Assert.Equal(RecordScope.All, read.Scope!.Resolve(new Formwork.Identity.Actor("x", ["CEO"])));
        var built = new ReportBuilder("sales-trend").Row("region").Row("signedAt", DateGrain.Month, "Month").Count("n").Build();
        Assert.Equal(built.Rows[1], read.Rows[1]);
        Assert.Equal(built.Measures[0], read.Measures[0]);
    }

    [Fact]
    public void Read_FullDefinition_Runs()
    {
        var result = new ReportEngine().Run(ReportDefinitionReader.Read(Full, SalesData.Dataset), DatasetRows.FromStoredRecords(SalesData.Dataset, SalesData.Stored()),
            new ReportRunOptions { Actor = new Formwork.Identity.Actor("ceo", ["ceo"]) });

        Assert.Equal(4, result.RecordCount);
        Assert.Equal(1900m, result.GetCell(result.GrandTotal!, "amount").AsNumber());
    }

    [Theory]
    [InlineData("""{"id":"r","measures":[{"id":"n","aggregate":"count"}],"colour":"red"}""", "FWR0002 $.colour Unknown property 'colour'.")]
    [InlineData("""{"id":"r","measures":[{"id":"n","aggregate":"count","extra":1}]}""", "FWR0002 $.measures[0].extra Unknown property 'extra'.")]
    [InlineData("""{"id":"r","measures":[{"id":"s","aggregate":"sum","column":"region"}]}""", "FWR0102 $.measures[0].column The measure 's' (sum) cannot apply to the column 'region' of type Text.")]
    [InlineData("""{"id":"r","measures":[{"id":"m","aggregate":"median","column":"signedOn"}]}""", "FWR0102 $.measures[0].column The measure 'm' (median) cannot apply to the column 'signedOn' of type Date.")]
    [InlineData("""{"id":"r","rows":[{"column":"amount","grain":"month"}],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0103 $.rows[0].grain A date grain applies only to a date or date-time column; 'amount' is of type Number.")]
    [InlineData("""{"id":"r","rows":["nope"],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0101 $.rows[0].column The dataset 'sales' has no column 'nope'.")]
    [InlineData("""{"id":"r","rows":[{"column":"region","grain":"fortnight"}],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0005 $.rows[0].grain 'fortnight' is not a valid grain; expected one of: year, quarter, month, week, day, hour.")]
    [InlineData("""{"id":"r","rows":[{"column":"amount","bands":[10,5]}],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0110 $.rows[0].bands The band boundaries must be strictly ascending.")]
    [InlineData("""{"id":"r","rows":[{"column":"area","level":2}],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0105 $.rows[0].level The column 'area' has no cascade level 2.")]
    [InlineData("""{"id":"r","measures":[{"id":"n","aggregate":"count"},{"id":"n","aggregate":"count"}]}""", "FWR0106 $.measures[1].id The measure id 'n' is used twice.")]
    [InlineData("""{"id":"r","measures":[{"id":"n","aggregate":"count"}],"sort":{"measure":"x"}}""", "FWR0107 $.sort.measure The report has no measure 'x'.")]
    [InlineData("""{"id":"r","measures":[{"id":"p","aggregate":"percentile","column":"amount","percentile":1.5}]}""", "FWR0108 $.measures[0].percentile The percentile of 'p' must be between 0 and 1.")]
    [InlineData("""{"id":"r","measures":[{"id":"c","aggregate":"sum","column":"amount","show":"periodChange"}]}""", "FWR0111 $.measures[0].show The measure 'c' compares periods, but the report has no row dimension with a date grain.")]
    [InlineData("""{"id":"r","rows":["signedOn"],"measures":[{"id":"n","aggregate":"count"}],"top":{"count":0,"measure":"n"}}""", "FWR0112 $.top Top N needs a count of at least 1 and a plain row dimension (no grain, bands or level) at index 0.")]
    [InlineData("""{"id":"r","kind":"funnel"}""", "FWR0113 $.funnel A funnel report needs a funnel with a column and at least one stage.")]
    [InlineData("""{"id":"r","timeZone":"Mars/Olympus","measures":[{"id":"n","aggregate":"count"}]}""", "FWR0114 $.timeZone The time zone 'Mars/Olympus' is not known on this machine.")]
    [InlineData("""{"id":"r","filters":[{"column":"region","op":"range","value":"a"}],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0115 $.filters[0].values The operator range needs 2 value(s).")]
    [InlineData("""{"id":"r","measures":[{"id":"s","aggregate":"sum"}]}""", "FWR0116 $.measures[0].column The measure 's' (sum) needs a column.")]
    [InlineData("""{"id":"r"}""", "FWR0117 $.measures A pivot report needs at least one measure.")]
    [InlineData("""{"id":"r","measures":[{"id":"n","aggregate":"count"}],"subtotals":"yes"}""", "FWR0003 $.subtotals 'subtotals' must be a boolean.")]
    [InlineData("""{"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0004 $.id 'id' is required.")]
    [InlineData("""{"id":"r","measures":[{"id":"n","aggregate":"count"}],"having":[{"column":"region","op":"eq","value":"x"}]}""", "FWR0120 $.having[0] A filter needs exactly one of column, measure and formula.")]
    [InlineData("""{"id":"r",}""", "FWR0001 $ The report definition is not valid JSON: The JSON object contains a trailing comma at the end which is not supported in this mode. Change the reader options. LineNumber: 0 | BytePositionInLine: 10.")]
    public void TryRead_BadDefinition_ReportsOneDiagnosticWithPath(string json, string expected)
    {
        var ok = ReportDefinitionReader.TryRead(json, SalesData.Dataset, out var definition, out var diagnostics);

        Assert.False(ok);
        Assert.Null(definition);
        Assert.Equal(expected, string.Join(" | ", diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
    }

    [Fact]
    public void Read_SeveralProblems_ReportsEveryOneInChineseToo()
    {
        var error = Assert.Throws<FormworkException>(() => ReportDefinitionReader.Read(
            """{"id":"r","rows":[{"column":"amount","grain":"day"}],"measures":[{"id":"s","aggregate":"average","column":"customer"}]}""", SalesData.Dataset));

        Assert.Equal(["FWR0103", "FWR0102"], error.Diagnostics.Select(d => d.Code));
        Assert.Equal("日期粒度只能用于日期或日期时间列；列“amount”的类型为 Number。", error.Diagnostics[0].MessageChinese);
        Assert.Equal("度量“s”（average）不能用于类型为 Text 的列“customer”。", error.Diagnostics[1].MessageChinese);
    }

    [Fact]
    public void Validate_BuilderDefinition_UsesTheSameJsonPaths()
    {
        var definition = new ReportBuilder("b").Row("region").Column("amount", DateGrain.Year).Measure("d", MeasureAggregate.DistinctCount, "lines").Build();

        var diagnostics = ReportValidator.Validate(definition, SalesData.Dataset);

        Assert.Equal(["FWR0103 $.columns[0].grain", "FWR0102 $.measures[0].column"], diagnostics.Select(d => $"{d.Code} {d.Path}"));
    }
}
