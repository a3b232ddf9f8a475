using System.Collections.Generic;

namespace Formwork.Workflow;

/// <summary>A node of a <see cref="WorkflowDefinition"/>. Which properties apply depends on <see cref="Kind"/>.</summary>
public sealed record WorkflowNode
{
    /// <summary>Gets the node id, unique in the definition.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the kind of node.</summary>
    public required WorkflowNodeKind Kind { get; init; }

    /// <summary>Gets the display name (defaults to the id).</summary>
    public string? Name { get; init; }

    /// <summary>Gets the next node (every kind except condition, fork and end).</summary>
    public string? Next { get; init; }

    /// <summary>Gets the rules resolving the approvers, handlers or CC recipients.</summary>
    public IReadOnlyList<ApproverRule> Approvers { get; init; } = [];

    /// <summary>Gets how the approvers' decisions combine (approval and handler nodes).</summary>
    /// <value>The default value is <see cref="ApprovalMode.Single"/>.</value>
    public ApprovalMode Mode { get; init; }

    /// <summary>Gets the number of approvals a <see cref="ApprovalMode.Vote"/> node needs, or <see langword="null"/> when <see cref="VotePercent"/> is used.</summary>
    public int? VoteCount { get; init; }

    /// <summary>Gets the percentage of approvers (rounded up) a <see cref="ApprovalMode.Vote"/> node needs.</summary>
    public int? VotePercent { get; init; }

    /// <summary>Gets what happens when the rules find nobody, or <see langword="null"/> for the definition's policy.</summary>
    public EmptyApproverPolicy? EmptyApprovers { get; init; }

    /// <summary>Gets the name of the form permission profile in force at this node.</summary>
    public string? Permission { get; init; }

    /// <summary>Gets the timers of the node's pending tasks.</summary>
    public NodeTimeout? Timeout { get; init; }

    /// <summary>Gets where a rejection goes: <see langword="null"/> ends the instance as rejected; a node id returns there (the start node returns to the submitter).</summary>
    public string? RejectTo { get; init; }

    /// <summary>Gets the branches of a condition node, in order.</summary>
    public IReadOnlyList<ConditionBranch> Branches { get; init; } = [];

    /// <summary>Gets the targets of a fork node.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>Gets the fork a join node closes.</summary>
    public string? Fork { get; init; }

    /// <summary>Gets when a join node continues.</summary>
    /// <value>The default value is <see cref="JoinMode.All"/>.</value>
    public JoinMode JoinMode { get; init; }

    /// <summary>Gets the name of the host-registered <see cref="IWorkflowAutomation"/> an automation node calls.</summary>
    public string? Action { get; init; }

    /// <summary>Gets the display name, or the id when there is none.</summary>
    public string DisplayName => Name ?? Id;
}
