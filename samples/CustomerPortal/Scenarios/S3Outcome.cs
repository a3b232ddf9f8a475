using System.Collections.Generic;

namespace CustomerPortal.Scenarios;

/// <summary>What S3 (partner onboarding) produced: the applications' reviews, the events pushed, partners and ERP events.</summary>
public sealed record S3Outcome
{
    /// <summary>Every application reviewed: the told ones (<c>QD-S01</c>, <c>QD-S02</c>) first, then the seeded ones.</summary>
    public required IReadOnlyList<S3Application> Applications { get; init; }

    /// <summary>The workflow events pushed to the applicants, in order (read from the outbox).</summary>
    public required IReadOnlyList<S3PushedEvent> Pushed { get; init; }

    /// <summary>The partner records created for approved applications.</summary>
    public required IReadOnlyList<S3Partner> Partners { get; init; }

    /// <summary>The integration events published for the ERP (read from the outbox).</summary>
    public required IReadOnlyList<S3IntegrationEvent> IntegrationEvents { get; init; }

    /// <summary>The refused applications.</summary>
    public required IReadOnlyList<S2Refusal> Refused { get; init; }
}
