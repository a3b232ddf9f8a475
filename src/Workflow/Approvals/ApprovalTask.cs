using System;

namespace Formwork.Workflow;

/// <summary>One person's task on one visit of a node. Immutable: the engine replaces a task when it changes.</summary>
public sealed record ApprovalTask
{
    /// <summary>Gets the task id, unique in its instance.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the node id.</summary>
    public required string NodeId { get; init; }

    /// <summary>Gets the visit of the node the task belongs to (a node visited again after a return gets a new visit).</summary>
    public required int Visit { get; init; }

    /// <summary>Gets the assignee's user id.</summary>
    public required string AssigneeId { get; init; }

    /// <summary>Gets the status.</summary>
    public required ApprovalTaskStatus Status { get; init; }

    /// <summary>Gets the position of a sequential approver (0 first).</summary>
    public int Order { get; init; }

    /// <summary>Gets how the task was added by 加签, or <see langword="null"/> for a task from the node's approver rules.</summary>
    public AddSignerPosition? AddedAs { get; init; }

    /// <summary>Gets the user this task was transferred from (转办), if any.</summary>
    public string? TransferredFrom { get; init; }

    /// <summary>Gets the id of the task (a signer added before this assignee) this task waits for, if any.</summary>
    public string? WaitingFor { get; init; }

    /// <summary>Gets the id of the task whose assignee added this signer (加签), if any.</summary>
    public string? AddedFor { get; init; }

    /// <summary>Gets the id of the escalated task this task stands in for (<see cref="EscalationAction.AddTask"/>), if any: whichever of the two decides first counts and the other is cancelled.</summary>
    public string? EscalatedFrom { get; init; }

    /// <summary>Gets when the task was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the task was decided, if it was.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>Gets the user who decided (the assignee, or <c>system</c> for automatic decisions).</summary>
    public string? DecidedBy { get; init; }

    /// <summary>Gets the decision's comment.</summary>
    public string? Comment { get; init; }

    /// <summary>Gets a value indicating whether the task is still open (waiting or pending).</summary>
    public bool IsOpen => Status is ApprovalTaskStatus.Pending or ApprovalTaskStatus.Waiting;
}
