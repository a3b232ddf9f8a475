using System.Collections.Generic;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Reporting;

namespace Formwork.Cli.Commands;

/// <summary>Checks report definitions (recognised by <c>"measures"</c> or <c>"funnel"</c>) against the records of a form.</summary>
internal sealed class CheckReportKind : ICheckKind
{
    public string Kind => "report";

    public bool NeedsForm => true;

    public bool Recognizes(JsonElement definition) =>
        definition.ValueKind == JsonValueKind.Object && (definition.TryGetProperty("measures", out _) || definition.TryGetProperty("funnel", out _));

    public IReadOnlyList<Diagnostic> Check(JsonElement definition, CompiledForm? form, out string? summary)
    {
        summary = null;
        if (!ReportDefinitionReader.TryRead(definition.GetRawText(), ReportDataset.FromForm(form!), out var report, out var diagnostics))
        {
            return diagnostics;
        }

        summary = $"report '{report.Id}': {report.Rows.Count} row and {report.Columns.Count} column dimensions, {report.Measures.Count} measures, over form '{form!.Id}'";
        return diagnostics;
    }
}
