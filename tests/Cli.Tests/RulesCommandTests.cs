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
    public void Rules_JoinedJsonRule_PrintsBothFactsAndTheJoinCondition()
    {
        var rules = Write("rules.json", """
            { "forms": { "ticket": { "customerId": "text", "status": "text", "priority": "text" }, "customer": { "code": "text", "level": "text" } },
              "name": "support",
              "rules": [
                { "name": "vip ticket", "form": "ticket", "as": "ticket", "when": "status = \"open\"",
                  "match": [ { "as": "customer", "form": "customer", "when": ["code = ticket.customerId", "level = \"VIP\""] } ],
                  "then": [ { "action": "setField", "field": "priority", "value": "\"high \" & customer.code" } ] } ] }
            """);
        var facts = Write("facts.json", """
            [ { "form": "ticket", "id": "t-1", "data": { "customerId": "C1", "status": "open" } },
              { "form": "ticket", "id": "t-2", "data": { "customerId": "C2", "status": "open" } },
              { "form": "customer", "id": "c-1", "data": { "code": "C1", "level": "VIP" } },
              { "form": "customer", "id": "c-2", "data": { "code": "C2", "level": "STD" } } ]
            """);

        var (code, output, error) = CliHarness.Run("rules", "--rules", rules, "--facts", facts);

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, code);
        Assert.Equal(1, CountOf(output, "\"rule\": \"vip ticket\"", "\"firings\"", "\"records\""));
        Assert.Contains("\"ticket/t-1\",", output, StringComparison.Ordinal);
        Assert.Contains("\"customer/c-1\"", output, StringComparison.Ordinal);
        Assert.Contains("\"detail\": \"code = \\\"C1\\\"; ticket.customerId = \\\"C1\\\"\"", output, StringComparison.Ordinal);
        Assert.Contains("\"priority\": \"high C1\"", output, StringComparison.Ordinal);
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
