using System.Collections.Generic;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Rules;

namespace Formwork.Cli.Commands;

/// <summary>Checks JSON rule sets and their decision tables (recognised by <c>"rules"</c> or <c>"decisionTables"</c>) against the form they read.</summary>
internal sealed class CheckRulesKind : ICheckKind
{
    public string Kind => "rules";

    public bool NeedsForm => true;

    public bool Recognizes(JsonElement definition) =>
        definition.ValueKind == JsonValueKind.Object && (definition.TryGetProperty("rules", out _) || definition.TryGetProperty("decisionTables", out _));

    public IReadOnlyList<Diagnostic> Check(JsonElement definition, CompiledForm? form, out string? summary)
    {
        var schema = new RuleSchema();
        if (form is not null)
        {
            schema.AddForm(form);
        }

        var result = new RuleLoader(schema).LoadJson(definition.GetRawText());
        summary = result.RuleSet is { } ruleSet
            ? $"rule set '{ruleSet.Name}' version {ruleSet.Version}: {ruleSet.Rules.Count} rules, on form '{form?.Id}'"
            : null;
        return result.Diagnostics;
    }
}
