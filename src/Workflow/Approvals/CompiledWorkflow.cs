using System.Collections.Generic;
using Formwork.Expressions;
using Formwork.Forms;
using Formwork.Workflow.Internal;

namespace Formwork.Workflow;

/// <summary>A checked, compiled workflow definition: immutable and thread-safe, shared by every instance of its id and version.</summary>
public sealed class CompiledWorkflow
{
    private readonly Dictionary<string, CompiledNode> _nodes;

    internal CompiledWorkflow(WorkflowDefinition definition, CompiledForm? form, FormulaScope scope, Dictionary<string, CompiledNode> nodes, CompiledNode start)
    {
        Definition = definition;
        Form = form;
        Scope = scope;
        _nodes = nodes;
        Start = start;
    }

    /// <summary>Gets the definition.</summary>
    public WorkflowDefinition Definition { get; }

    /// <summary>Gets the definition id.</summary>
    public string Id => Definition.Id;

    /// <summary>Gets the definition version.</summary>
    public int Version => Definition.Version;

    /// <summary>Gets the compiled form the workflow runs on (field permissions per node), if it was compiled with one.</summary>
    public CompiledForm? Form { get; }

    /// <summary>Gets the names the workflow's formulas may use.</summary>
    public FormulaScope Scope { get; }

    internal CompiledNode Start { get; }

    /// <summary>Gets the profile of read-only views whose node has none, or <see langword="null"/> (everything shown).</summary>
    internal PermissionProfile? ViewProfile { get; init; }

    /// <summary>Gets the profiles of the directory roles allowed to view every instance.</summary>
    internal IReadOnlyDictionary<string, PermissionProfile?> ViewerProfiles { get; init; } = new Dictionary<string, PermissionProfile?>();

    internal IEnumerable<CompiledNode> Nodes => _nodes.Values;

    /// <summary>Exports the workflow as a Mermaid flowchart.</summary>
    /// <returns>The Mermaid text.</returns>
    public string ToMermaid() => GraphWriter.Mermaid(this);

    /// <summary>Exports the workflow as a Graphviz DOT digraph.</summary>
    /// <returns>The DOT text.</returns>
    public string ToDot() => GraphWriter.Dot(this);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} v{Version}";

    internal CompiledNode Node(string id) => _nodes[id];

    internal bool TryGetNode(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CompiledNode? node) => _nodes.TryGetValue(id, out node);
}
