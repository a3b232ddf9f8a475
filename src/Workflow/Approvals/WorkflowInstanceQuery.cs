namespace Formwork.Workflow;

/// <summary>A filter over stored instances; the set criteria combine with AND.</summary>
public sealed record WorkflowInstanceQuery
{
    /// <summary>Gets the user who must have a pending task on the instance (my inbox).</summary>
    public string? PendingAssignee { get; init; }

    /// <summary>Gets the user who must have decided a task on the instance (tasks I acted on).</summary>
    public string? DecidedBy { get; init; }

    /// <summary>Gets the submitter (instances I started).</summary>
    public string? SubmitterId { get; init; }

    /// <summary>Gets the status the instances must have.</summary>
    public WorkflowStatus? Status { get; init; }

    /// <summary>Gets the most instances to return.</summary>
    /// <value>The default value is 100.</value>
    public int Take { get; init; } = 100;
}
