using System;
using System.IO;

namespace Formwork.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("formwork-check-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Run_ValidForm_PrintsSummaryAndExits0()
    {
        var path = Write("""{ "id": "lead", "fields": [ { "name": "name", "type": "text" }, { "name": "n", "type": "computed", "formula": "LEN(name)" } ] }""");

        var (code, output, error) = CliHarness.Run("check", path);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("ok — form 'lead' version 1: 2 fields, 0 subform columns, 0 rules, 0 permission profiles", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MalformedForm_PrintsEveryDiagnosticAndExits2()
    {
        var path = Write("""{ "id": "lead", "colour": "red", "fields": [ { "name": "a", "type": "text" }, { "name": "A", "type": "number" }, { "name": "b", "type": "computed", "formula": "SUMM(a)" } ] }""");

        var (code, output, error) = CliHarness.Run("check", path);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error FWF0002 at $.colour: Unknown property 'colour'", error, StringComparison.Ordinal);
        Assert.Contains("未知属性“colour”", error, StringComparison.Ordinal);
        Assert.DoesNotContain("FWF0005", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DuplicateFieldAndCycle_ReportsPaths()
    {
        var path = Write("""{ "id": "f", "fields": [ { "name": "a", "type": "text" }, { "name": "A", "type": "number" } ] }""");
        var cycle = Write("""{ "id": "f", "fields": [ { "name": "x", "type": "computed", "formula": "y + 1" }, { "name": "y", "type": "computed", "formula": "x + 1" } ] }""");

        var (code, _, error) = CliHarness.Run("check", path);
        var (cycleCode, _, cycleError) = CliHarness.Run("check", cycle);

        Assert.Equal(2, code);
        Assert.Contains("error FWF0005 at $.fields[1].name: The field name 'A' is used more than once (first at $.fields[0]).", error, StringComparison.Ordinal);
        Assert.Equal(2, cycleCode);
        Assert.Contains("Computed fields depend on each other in a cycle: x → y → x.", cycleError, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownKind_IsAClearError()
    {
        var path = Write("""{ "kind": "spreadsheet", "id": "x" }""");

        var (code, _, error) = CliHarness.Run("check", path);

        Assert.Equal(2, code);
        Assert.Contains("Unknown definition kind 'spreadsheet'; expected one of dashboard, form, report, rules, workflow.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InvalidJsonOrMissingFile_Fails()
    {
        var path = Write("{ \"id\": ");

        var (code, _, error) = CliHarness.Run("check", path);
        var (missingCode, _, missingError) = CliHarness.Run("check", Path.Combine(_directory, "nope.json"));

        Assert.Equal(2, code);
        Assert.Contains("FWF0001", error, StringComparison.Ordinal);
        Assert.Equal(1, missingCode);
        Assert.Contains("does not exist", missingError, StringComparison.Ordinal);
    }

    private string Write(string json)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
