using System;
using System.IO;

namespace Formwork.Cli.Tests;

/// <summary><c>formwork check table.csv --form form.json</c>: CSV decision tables with overlap and gap diagnostics.</summary>
public sealed class CheckDecisionTableTests : IDisposable
{
    private const string LeadForm = """
        { "id": "lead", "fields": [
          { "name": "region", "type": "text" }, { "name": "score", "type": "number" }, { "name": "owner", "type": "text" } ] }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("formwork-check-table-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Run_CompleteTable_PrintsSummaryAndExits0()
    {
        var table = Write("routing.csv", "region {East|North},then:owner\nEast,zhang\nNorth,li\n");

        var (code, output, error) = CliHarness.Run("check", table, "--form", Write("lead.json", LeadForm));

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, code);
        Assert.Equal(table + ": ok — decision table 'routing' (unique hit): 2 rows, no gaps found, on form 'lead'", output.Trim());
    }

    [Fact]
    public void Run_TableWithGaps_PrintsGapWarningsAndExits0()
    {
        var table = Write("bands.csv", "region {East|North},score [0..100],then:owner\nEast,-,zhang\nNorth,[0..60),li\n");

        var (code, output, error) = CliHarness.Run("check", table, "--form", Write("lead.json", LeadForm));

        Assert.Equal(0, code);
        Assert.Contains(table + ": warning FWU0202", error, StringComparison.Ordinal);
        Assert.Contains("Decision table 'bands' has no row for region = \"North\", score = 60.", error, StringComparison.Ordinal);
        Assert.Contains("决策表“bands”没有覆盖 region = \"North\", score = 60 的行。", error, StringComparison.Ordinal);
        Assert.Contains("decision table 'bands' (unique hit): 2 rows, 2 gap(s), see warnings, on form 'lead'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OverlappingRows_PrintsErrorWithLineAndExits2()
    {
        var table = Write("routing.csv", "region,score,then:owner\nEast,-,zhang\nEast,>=50,wang\n");

        var (code, output, error) = CliHarness.Run("check", table, "--form", Write("lead.json", LeadForm));

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error FWU0201", error, StringComparison.Ordinal);
        Assert.Contains("line 3, column 1", error, StringComparison.Ordinal);
        Assert.Contains("Rows 1 and 2 of decision table 'routing' overlap", error, StringComparison.Ordinal);
        Assert.Contains("1 error(s).", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OverlappingRowsWithFirstHit_Passes()
    {
        var table = Write("routing.csv", "region,score,then:owner\nEast,>=50,wang\nEast,-,zhang\n");

        var (code, output, error) = CliHarness.Run("check", table, "--form", Write("lead.json", LeadForm), "--hit-policy", "first");

        Assert.True(code == 0, error);
        Assert.Contains("decision table 'routing' (first hit): 2 rows", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownColumnAndBadCell_ReportEachWithPosition()
    {
        var form = Write("lead.json", LeadForm);
        var (unknownCode, _, unknown) = CliHarness.Run("check", Write("a.csv", "region,colour,then:owner\nEast,red,zhang\n"), "--form", form);
        var (cellCode, _, cell) = CliHarness.Run("check", Write("b.csv", "score,then:owner\n[1..,zhang\n"), "--form", form);
        var (domainCode, _, domain) = CliHarness.Run("check", Write("c.csv", "score [9..1],then:owner\n-,zhang\n"), "--form", form);

        Assert.Equal((2, 2, 2), (unknownCode, cellCode, domainCode));
        Assert.Contains("error FWU0106 at line 1, column 2", unknown, StringComparison.Ordinal);
        Assert.Contains("error FWU0204", cell, StringComparison.Ordinal);
        Assert.Contains("error FWU0207 at line 1, column 1", domain, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CsvWithoutFormOrWithBadHitPolicy_IsUsageError()
    {
        var table = Write("routing.csv", "region,then:owner\nEast,zhang\n");
        var (noForm, _, noFormError) = CliHarness.Run("check", table);
        var (badPolicy, _, badPolicyError) = CliHarness.Run("check", table, "--form", Write("lead.json", LeadForm), "--hit-policy", "any");
        var (jsonPolicy, _, jsonPolicyError) = CliHarness.Run("check", Write("lead2.json", LeadForm), "--hit-policy", "first");

        Assert.Equal((1, 1, 1), (noForm, badPolicy, jsonPolicy));
        Assert.Contains("Checking a CSV decision table needs the form it works on: add --form <form.json>.", noFormError, StringComparison.Ordinal);
        Assert.Contains("--hit-policy 'any' must be unique or first.", badPolicyError, StringComparison.Ordinal);
        Assert.Contains("--hit-policy is for CSV decision tables", jsonPolicyError, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
