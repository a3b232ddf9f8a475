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

    public IReadOnlyList<Diagnostic> Check(JsonElement definition, out string? summary)
    {
        var result = new FormDefinitionLoader().Load(definition);
        summary = result.Form is { } form
            ? $"form '{form.Id}' version {form.Version}: {form.Fields.Count} fields, {form.Fields.Sum(f => f.Fields.Count)} subform columns, {form.Definition.Rules.Count} rules, {form.Permissions.Count} permission profiles"
            : null;
        return result.Diagnostics;
    }
}
