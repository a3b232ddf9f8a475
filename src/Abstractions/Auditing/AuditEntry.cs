using System;
using System.Collections.Generic;

namespace Formwork.Auditing;

/// <summary>One line of the audit trail: who did what, when, to which subject, from which workflow node, changing which fields.</summary>
public sealed record AuditEntry
{
    /// <summary>Gets the entry id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets when it happened.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Gets the id of the user who acted (<c>system</c> for timers and rules).</summary>
    public required string ActorId { get; init; }

    /// <summary>Gets what was done, such as <c>record.created</c>, <c>workflow.approved</c>, <c>workflow.transferred</c>.</summary>
    public required string Action { get; init; }

    /// <summary>Gets the kind of subject, such as <c>record</c> or <c>workflow</c>.</summary>
    public required string SubjectType { get; init; }

    /// <summary>Gets the subject's id (a record id, a workflow instance id).</summary>
    public required string SubjectId { get; init; }

    /// <summary>Gets the workflow node the action was taken at, if any.</summary>
    public string? NodeId { get; init; }

    /// <summary>Gets the actor's comment, if any.</summary>
    public string? Comment { get; init; }

    /// <summary>Gets the field changes (before/after).</summary>
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];
}
