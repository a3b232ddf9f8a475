using System.Collections.Generic;
using Formwork.Diagnostics;

namespace CustomerPortal.Scenarios;

/// <summary>What S4 (contract approval) produced: every contract's path, the notifications sent and the refusals.</summary>
public sealed record S4Outcome
{
    /// <summary>Every contract that went through approval: the told ones (<c>HT-S01</c> …) first, then the seeded ones.</summary>
    public required IReadOnlyList<S4Contract> Contracts { get; init; }

    /// <summary>The notifications the rules sent (read back from the outbox).</summary>
    public required IReadOnlyList<S4Notification> Notifications { get; init; }

    /// <summary>The users reminded by an urge (催办), from the outbox's <c>workflow.task.reminded</c> events.</summary>
    public required IReadOnlyList<string> Reminded { get; init; }

    /// <summary>The actions the engine refused, with their codes and messages.</summary>
    public required IReadOnlyList<S4Refusal> Refusals { get; init; }

    /// <summary>The errors of the refused contract submission (nothing was stored).</summary>
    public required IReadOnlyList<Diagnostic> RefusedSubmission { get; init; }

    /// <summary>The seeded contracts' approved amount per region, from the report (region → amount).</summary>
    public required IReadOnlyDictionary<string, decimal> ApprovedAmountByRegion { get; init; }
}
