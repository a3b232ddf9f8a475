using System.Collections.Generic;

namespace Formwork.Workflow;

/// <summary>One node a simulated run passed through.</summary>
public sealed record SimulationStep
{
    /// <summary>Gets the node id.</summary>
    public required string NodeId { get; init; }

    /// <summary>Gets the node's display name.</summary>
    public required string NodeName { get; init; }

    /// <summary>Gets the kind of node.</summary>
    public required WorkflowNodeKind Kind { get; init; }

    /// <summary>Gets the approval mode (approval and handler nodes).</summary>
    public ApprovalMode? Mode { get; init; }

    /// <summary>Gets the resolved approvers, handlers or CC recipients.</summary>
    public IReadOnlyList<string> Approvers { get; init; } = [];

    /// <summary>Gets the approvers whose tasks were approved automatically (submitter policy, 自动去重).</summary>
    public IReadOnlyList<string> AutoApproved { get; init; } = [];

    /// <summary>Gets the branch a condition node took.</summary>
    public string? Branch { get; init; }

    /// <summary>Gets a remark (an automatic approval, an automation not run).</summary>
    public string? Note { get; init; }
}
