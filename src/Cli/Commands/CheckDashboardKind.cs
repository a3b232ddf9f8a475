using System.Collections.Generic;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Reporting;

namespace Formwork.Cli.Commands;

/// <summary>Checks dashboard definitions (recognised by <c>"widgets"</c>) against the records of a form.</summary>
internal sealed class CheckDashboardKind : ICheckKind
{
    public string Kind => "dashboard";

    public bool NeedsForm => true;

    public bool Recognizes(JsonElement definition) => definition.ValueKind == JsonValueKind.Object && definition.TryGetProperty("widgets", out _);

    public IReadOnlyList<Diagnostic> Check(JsonElement definition, CompiledForm? form, out string? summary)
    {
        summary = null;
        if (!DashboardReader.TryRead(definition.GetRawText(), ReportDataset.FromForm(form!), out var dashboard, out var diagnostics))
        {
            return diagnostics;
        }

        summary = $"dashboard '{dashboard.Id}': {dashboard.Widgets.Count} widgets, over form '{form!.Id}'";
        return diagnostics;
    }
}
