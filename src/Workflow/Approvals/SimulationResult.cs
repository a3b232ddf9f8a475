using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Formwork.Workflow;

/// <summary>The path a simulated run took, assuming every approver approves.</summary>
public sealed class SimulationResult
{
    internal SimulationResult(string workflowId, int version, WorkflowStatus status, IReadOnlyList<SimulationStep> steps)
    {
        WorkflowId = workflowId;
        Version = version;
        Status = status;
        Steps = steps;
    }

    /// <summary>Gets the workflow id.</summary>
    public string WorkflowId { get; }

    /// <summary>Gets the workflow version.</summary>
    public int Version { get; }

    /// <summary>Gets the final status (<see cref="WorkflowStatus.Approved"/> when the run reached an end).</summary>
    public WorkflowStatus Status { get; }

    /// <summary>Gets the nodes passed, in order (parallel branches one after another).</summary>
    public IReadOnlyList<SimulationStep> Steps { get; }

    /// <summary>Writes the result as indented JSON: <c>{"workflow","version","status","steps":[{"node","name","kind","mode","approvers","autoApproved","branch","note"}]}</c>.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => Internal.JsonText.Write(this, static (writer, result) =>
    {
        writer.WriteStartObject();
        writer.WriteString("workflow", result.WorkflowId);
        writer.WriteNumber("version", result.Version);
        writer.WriteString("status", Internal.Session.StatusName(result.Status));
        writer.WriteStartArray("steps");
        foreach (var step in result.Steps)
        {
            writer.WriteStartObject();
            writer.WriteString("node", step.NodeId);
            writer.WriteString("name", step.NodeName);
            writer.WriteString("kind", Internal.DefinitionReader.NodeKindNames.First(n => n.Value == step.Kind).Name);
            if (step.Mode is { } mode)
            {
                writer.WriteString("mode", Internal.DefinitionReader.ModeNames.First(n => n.Value == mode).Name);
            }

            if (step.Approvers.Count > 0 || step.Kind is WorkflowNodeKind.Approval or WorkflowNodeKind.Handler or WorkflowNodeKind.CarbonCopy)
            {
                WriteList(writer, "approvers", step.Approvers);
            }

            if (step.AutoApproved.Count > 0)
            {
                WriteList(writer, "autoApproved", step.AutoApproved);
            }

            if (step.Branch is not null)
            {
                writer.WriteString("branch", step.Branch);
            }

            if (step.Note is not null)
            {
                writer.WriteString("note", step.Note);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }, indented: true);

    private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<string> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
