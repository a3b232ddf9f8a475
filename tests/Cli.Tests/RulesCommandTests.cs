using System;
using System.IO;

namespace Formwork.Cli.Tests;

public sealed class RulesCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "formwork-rules-" + Guid.NewGuid().ToString("N"));

    public RulesCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Rules_JsonRulesAndFacts_PrintsFiringsWithExplanations()
    {
        var rules = Write("rules.json", """
            { "forms": { "contract": { "amount": "number", "level": "text", "applicant": "text", "priority": "text" } },
              "name": "contracts",
              "rules": [
                { "name": "vip contract", "form": "contract", "when": ["amount > 100000", "level = \"VIP\""],
                  "then": [
                    { "action": "setField", "field": "priority", "value": "\"urgent\"" },
                    { "action": "notify", "channel": "sms", "recipients": ["applicant"], "template": "加急处理中" } ] } ] }
            """);
        var facts = Write("facts.json", """
            [ { "form": "contract", "id": "c-1", "data": { "amount": 150000, "level": "VIP", "applicant": "13800000000" } },
              { "form": "contract", "id": "c-2", "data": { "amount": 150000, "level": "STD", "applicant": "13900000000" } } ]
            """);

        var (code, output, error) = CliHarness.Run("rules", "--rules", rules, "--facts", facts, "--now", "2026-03-02T09:00:00Z");

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, code);
        Assert.Contains("\"rule\": \"vip contract\"", output, StringComparison.Ordinal);
        Assert.Contains("\"condition\": \"amount > 100000\"", output, StringComparison.Ordinal);
        Assert.Contains("\"detail\": \"amount = 150000\"", output, StringComparison.Ordinal);
        Assert.Contains("\"priority\": \"urgent\"", output, StringComparison.Ordinal);
        Assert.Contains("\"template\": \"加急处理中\"", output, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(output, "\"rule\": \"vip contract\"", "\"firings\"", "\"records\""));
    }

    [Fact]
    public void Rules_UnknownField_PrintsDiagnosticsAndExits2()
    {
        var rules = Write("rules.json", """
            { "forms": { "contract": { "amount": "number" } }, "name": "x",
              "rules": [{ "name": "r", "form": "contract", "when": "amout > 1", "then": [{ "action": "setField", "field": "amount", "value": "1" }] }] }
            """);
        var facts = Write("facts.json", "[]");

        var (code, _, error) = CliHarness.Run("rules", "--rules", rules, "--facts", facts);

        Assert.Equal(2, code);
        Assert.Contains("error FWU0108 at $.rules[0].when", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_MissingFacts_IsUsageError()
    {
        var (code, _, error) = CliHarness.Run("rules", "--rules", Write("rules.json", "{}"));

        Assert.Equal(1, code);
        Assert.Contains("Missing --facts", error, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, StringComparison.Ordinal);
        var count = 0;
        for (var i = text.IndexOf(value, start, StringComparison.Ordinal); i >= 0 && i < end; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
