using System.Collections.Generic;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Workflow;

namespace Formwork.Cli.Commands;

/// <summary>Checks approval workflow definitions (recognised by their <c>"nodes"</c>) against the form they run on.</summary>
internal sealed class CheckWorkflowKind : ICheckKind
{
    public string Kind => "workflow";

    public bool NeedsForm => true;

    public bool Recognizes(JsonElement definition) => definition.ValueKind == JsonValueKind.Object && definition.TryGetProperty("nodes", out _);

    public IReadOnlyList<Diagnostic> Check(JsonElement definition, CompiledForm? form, out string? summary)
    {
        var result = new WorkflowDefinitionLoader().Load(definition.GetRawText(), form);
        summary = result.Workflow is { } workflow
            ? $"workflow '{workflow.Id}' version {workflow.Version}: {workflow.Definition.Nodes.Count} nodes, on form '{form?.Id}'"
            : null;
        return result.Diagnostics;
    }
}
