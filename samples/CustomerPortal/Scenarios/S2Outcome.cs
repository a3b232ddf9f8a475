using System.Collections.Generic;

namespace CustomerPortal.Scenarios;

/// <summary>What S2 (after-sales tickets) produced: the dispatch of every ticket, the escalations, the notifications.</summary>
public sealed record S2Outcome
{
    /// <summary>Installed-device records created from the seeded devices.</summary>
    public required int DevicesInstalled { get; init; }

    /// <summary>Every ticket accepted, told ones (<c>GD-S01</c> …) first, with what the serial number pulled in and where it went.</summary>
    public required IReadOnlyList<S2Dispatch> Dispatches { get; init; }

    /// <summary>The tickets the engineer acted on within the SLA (status <c>inProgress</c>).</summary>
    public required IReadOnlyList<string> Handled { get; init; }

    /// <summary>The tickets escalated to the service head after 24 hours without action.</summary>
    public required IReadOnlyList<string> Escalations { get; init; }

    /// <summary>The notifications the rules sent (read back from the outbox).</summary>
    public required IReadOnlyList<S2Notification> Notifications { get; init; }

    /// <summary>The refused submissions, by case.</summary>
    public required IReadOnlyList<S2Refusal> Refused { get; init; }
}
