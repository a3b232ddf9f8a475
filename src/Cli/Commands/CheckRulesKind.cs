using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Rules;

namespace Formwork.Cli.Commands;

/// <summary>
/// Checks JSON rule sets and their decision tables (recognised by <c>"rules"</c> or <c>"decisionTables"</c>) against the
/// form they read, and CSV decision tables (a <c>.csv</c> file, see <see cref="CheckCsv"/>).
/// </summary>
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

    /// <summary>
    /// Checks a CSV decision table on a form: columns, cells, overlaps (errors under hit policy "unique") and, for the
    /// inputs whose header declares a domain (<c>region {East|North}</c>, <c>score [0..100]</c>), gaps (warnings).
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckCsv(string csv, string table, CompiledForm form, bool firstHit, out string? summary)
    {
        var result = new RuleLoader(new RuleSchema().AddForm(form)).LoadDecisionTableCsv(csv, table, form.Id, firstHit);
        var gaps = result.Diagnostics.Count(d => d.Code == "FWU0202");
        summary = result.RuleSet is { } ruleSet
            ? $"decision table '{table}' ({(firstHit ? "first" : "unique")} hit): {ruleSet.Rules.Count} rows, {(gaps == 0 ? "no gaps found" : gaps + " gap(s), see warnings")}, on form '{form.Id}'"
            : null;
        return result.Diagnostics;
    }
}
