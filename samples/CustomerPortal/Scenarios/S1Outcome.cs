using System.Collections.Generic;

namespace CustomerPortal.Scenarios;

/// <summary>What S1 did: leads accepted and refused, grades, owners, the public pool, tasks, notifications, escalations.</summary>
public sealed record S1Outcome
{
    /// <summary>How many lead forms were submitted (the narrated ones and the week's web leads).</summary>
    public required int Submitted { get; init; }

    /// <summary>The ids of the leads stored, in order of arrival.</summary>
    public required IReadOnlyList<string> Accepted { get; init; }

    /// <summary>The submissions refused, with the errors the prospect saw.</summary>
    public required IReadOnlyList<S1Refusal> Refused { get; init; }

    /// <summary>The grade (A/B/C) the rules gave each stored lead.</summary>
    public required IReadOnlyDictionary<string, string> Grades { get; init; }

    /// <summary>The owner (user id) of each lead that has one at the end: routed by the table, or claimed from the pool.</summary>
    public required IReadOnlyDictionary<string, string> Owners { get; init; }

    /// <summary>The leads no routing row matched, which went to the public pool (公海).</summary>
    public required IReadOnlyList<string> Pooled { get; init; }

    /// <summary>The pool leads reps claimed: lead id → rep.</summary>
    public required IReadOnlyDictionary<string, string> Claims { get; init; }

    /// <summary>The follow-up tasks stored.</summary>
    public required IReadOnlyList<S1FollowUpTask> Tasks { get; init; }

    /// <summary>Every notification sent (read back from the outbox the host drains to its IM).</summary>
    public required IReadOnlyList<S1Notification> Notifications { get; init; }

    /// <summary>The pool leads the sales director was told about after 24 h unclaimed.</summary>
    public required IReadOnlyList<S1PoolEscalation> PoolEscalations { get; init; }
}
