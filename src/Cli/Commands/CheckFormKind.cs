using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Forms;

namespace Formwork.Cli.Commands;

/// <summary>Checks form definitions (<c>"kind": "form"</c>, the default).</summary>
internal sealed class CheckFormKind : ICheckKind
{
    public string Kind => "form";

    public bool NeedsForm => false;

    public bool Recognizes(JsonElement definition) => definition.ValueKind == JsonValueKind.Object && definition.TryGetProperty("fields", out _);

    public IReadOnlyList<Diagnostic> Check(JsonElement definition, CompiledForm? form, out string? summary)
    {
        var result = new FormDefinitionLoader().Load(definition);
        summary = result.Form is { } loaded
            ? $"form '{loaded.Id}' version {loaded.Version}: {loaded.Fields.Count} fields, {loaded.Fields.Sum(f => f.Fields.Count)} subform columns, {loaded.Definition.Rules.Count} rules, {loaded.Permissions.Count} permission profiles"
            : null;
        return result.Diagnostics;
    }
}
