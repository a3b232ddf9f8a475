using System;

namespace Formwork.Workflow;

/// <summary>The timers of a node's pending tasks, counted from the moment a task becomes pending.</summary>
public sealed record NodeTimeout
{
    /// <summary>Gets when the assignee is reminded, or <see langword="null"/> for no reminder.</summary>
    public TimeSpan? RemindAfter { get; init; }

    /// <summary>Gets when the task is escalated to <see cref="EscalateTo"/>, or <see langword="null"/>.</summary>
    public TimeSpan? EscalateAfter { get; init; }

    /// <summary>Gets the user who is notified on escalation.</summary>
    public string? EscalateTo { get; init; }

    /// <summary>Gets what escalation does for <see cref="EscalateTo"/> besides notifying them.</summary>
    /// <value>The default value is <see cref="EscalationAction.Notify"/>.</value>
    public EscalationAction EscalateAction { get; init; }

    /// <summary>Gets when <see cref="AutoAction"/> is taken, or <see langword="null"/>.</summary>
    public TimeSpan? AutoAfter { get; init; }

    /// <summary>Gets what happens after <see cref="AutoAfter"/>.</summary>
    /// <value>The default value is <see cref="TimeoutAction.None"/>.</value>
    public TimeoutAction AutoAction { get; init; }

    /// <summary>Gets the user a timed-out task is transferred to when <see cref="AutoAction"/> is <see cref="TimeoutAction.Transfer"/>.</summary>
    public string? TransferTo { get; init; }
}
