namespace Formwork.Workflow;

/// <summary>What escalating a task still pending after <see cref="NodeTimeout.EscalateAfter"/> does for <see cref="NodeTimeout.EscalateTo"/>.</summary>
public enum EscalationAction
{
    /// <summary>The escalation target is notified (a <c>workflow.task.escalated</c> event); the task stays with its assignee.</summary>
    Notify,

    /// <summary>The escalation target also gets a task standing in for the escalated one: whichever of the two decides first counts once in the node's approval mode and the other task is cancelled.</summary>
    AddTask,

    /// <summary>The escalated task is transferred to the escalation target (as 转办 by <c>system</c>).</summary>
    Transfer,
}
