using Formwork.Expressions;
using Formwork.Forms;

namespace Formwork.Workflow.Internal;

/// <summary>A node with its compiled formulas and resolved links.</summary>
internal sealed class CompiledNode
{
    public CompiledNode(WorkflowNode node, int index)
    {
        Node = node;
        Index = index;
        Conditions = new Formula?[node.Branches.Count];
        RuleFormulas = new Formula?[node.Approvers.Count];
    }

    public WorkflowNode Node { get; }

    public string Id => Node.Id;

    public int Index { get; }

    public Formula?[] Conditions { get; }

    public Formula?[] RuleFormulas { get; }

    /// <summary>Gets or sets the join closing this fork.</summary>
    public string? JoinId { get; set; }

    /// <summary>Gets or sets the number of branches of the fork a join closes.</summary>
    public int BranchCount { get; set; }

    public PermissionProfile? Profile { get; set; }

    /// <summary>Gets or sets the forks enclosing the node, outermost first, as the runtime writes them (<c>/fork/inner</c>; empty outside any fork).</summary>
    public string ForkPath { get; set; } = string.Empty;

    /// <summary>Gets or sets the target of the innermost enclosing fork whose branch holds the node.</summary>
    public string? Branch { get; set; }
}
