namespace Formwork.Workflow;

/// <summary>The <see cref="Formwork.Stores.OutboxMessage.Type"/> values of the engine's domain events. Each payload is a JSON object with <c>instanceId</c>, <c>definitionId</c>, <c>status</c> and the fields of the event.</summary>
public static class WorkflowEvents
{
    /// <summary>A task became pending for someone (payload: <c>taskId</c>, <c>nodeId</c>, <c>assigneeId</c>).</summary>
    public const string TaskAssigned = "workflow.task.assigned";

    /// <summary>A task was decided (payload: <c>taskId</c>, <c>nodeId</c>, <c>assigneeId</c>, <c>taskStatus</c>, <c>comment</c>).</summary>
    public const string TaskCompleted = "workflow.task.completed";

    /// <summary>The instance changed status (payload: <c>previousStatus</c>, <c>status</c>, <c>nodeId</c>).</summary>
    public const string StatusChanged = "workflow.status.changed";

    /// <summary>The instance finished: approved, rejected or withdrawn.</summary>
    public const string InstanceCompleted = "workflow.instance.completed";

    /// <summary>A node was decided (payload: <c>nodeId</c>, <c>outcome</c>): the per-node status the applicant sees.</summary>
    public const string NodeCompleted = "workflow.node.completed";

    /// <summary>Someone was carbon-copied (payload: <c>nodeId</c>, <c>assigneeId</c>).</summary>
    public const string CarbonCopied = "workflow.cc";

    /// <summary>A pending task was urged by the submitter (催办) or reminded by its timer.</summary>
    public const string TaskReminded = "workflow.task.reminded";

    /// <summary>A pending task was escalated by its timer (payload: <c>escalateTo</c>).</summary>
    public const string TaskEscalated = "workflow.task.escalated";

    /// <summary>A comment was added (payload: <c>actorId</c>, <c>comment</c>).</summary>
    public const string CommentAdded = "workflow.comment.added";
}
