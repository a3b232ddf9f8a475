using System;
using System.IO;
using System.Text.Json;
using Formwork.Testing;

namespace Formwork.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private const string LeadForm = """
        { "id": "lead", "fields": [
          { "name": "company", "type": "text", "label": "公司", "required": true },
          { "name": "region", "type": "select", "label": "区域", "settings": { "options": ["华东", "华北"] } },
          { "name": "budget", "type": "money", "label": "预算" } ] }
        """;

    private const string ByRegion = """
        { "id": "by-region", "rows": ["region"], "grandTotals": true,
          "measures": [ { "id": "n", "aggregate": "count" }, { "id": "budget", "aggregate": "sum", "column": "budget" } ] }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("formwork-report-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Run_JsonRecords_ComputesFieldsAndPrintsTheResult()
    {
        var definitions = RepositoryPaths.File("samples/CustomerPortal/Definitions/");
        var data = Write("contracts.json", """
            [ { "customer": "A", "level": "VIP", "region": "华东", "lines": [ { "product": "p", "quantity": 2, "unitPrice": 100 } ] },
              { "customer": "B", "level": "STD", "region": "华东", "lines": [ { "product": "p", "quantity": 1, "unitPrice": 50 } ] },
              { "customer": "C", "level": "STD", "region": "华北", "lines": [ { "product": "p", "quantity": 3, "unitPrice": 10 } ] } ]
            """);

        var (code, output, error) = CliHarness.Run("report", "--report", definitions + "contracts-by-region.report.json", "--form", definitions + "contract.form.json", "--data", data);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var text = json.RootElement.GetRawText();
        Assert.Contains("华东", text, StringComparison.Ordinal);
        Assert.Contains("250", text, StringComparison.Ordinal);
        Assert.Contains("280", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CsvRecords_ImportsGoodRowsAndListsBadOnes()
    {
        var form = Write("lead.form.json", LeadForm);
        var report = Write("by-region.json", ByRegion);
        var data = Write("leads.csv", "公司,区域,预算\n甲,华东,\"1,000\"\n乙,华北,500\n,华东,700\n丙,华东,300\n");

        var (code, output, error) = CliHarness.Run("report", "--report", report, "--form", form, "--data", data);

        Assert.Equal(0, code);
        Assert.Contains("row", error, StringComparison.Ordinal);
        Assert.Contains("公司", error, StringComparison.Ordinal);
        Assert.Contains("1300", output, StringComparison.Ordinal);
        Assert.Contains("1800", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ReportWithUnknownColumn_PrintsDiagnosticsAndExits2()
    {
        var form = Write("lead.form.json", LeadForm);
        var report = Write("bad.json", """{ "id": "bad", "rows": ["country"], "measures": [ { "id": "n", "aggregate": "count" } ] }""");
        var data = Write("leads.json", "[]");

        var (code, output, error) = CliHarness.Run("report", "--report", report, "--form", form, "--data", data);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("country", error, StringComparison.Ordinal);
        Assert.Contains("$.rows[0]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Chart_PrintsAnEChartsOption()
    {
        var form = Write("lead.form.json", LeadForm);
        var report = Write("by-region.json", ByRegion);
        var data = Write("leads.json", """[ { "company": "甲", "region": "华东", "budget": 10 } ]""");

        var (code, output, _) = CliHarness.Run("report", "--report", report, "--form", form, "--data", data, "--chart", "bar");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.TryGetProperty("series", out _));
    }

    [Fact]
    public void Run_DataNotAnArray_IsUsageError()
    {
        var form = Write("lead.form.json", LeadForm);
        var report = Write("by-region.json", ByRegion);
        var data = Write("leads.json", """{ "company": "甲" }""");

        var (code, _, error) = CliHarness.Run("report", "--report", report, "--form", form, "--data", data);

        Assert.Equal(1, code);
        Assert.Contains("--data must be a JSON array of records", error, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
