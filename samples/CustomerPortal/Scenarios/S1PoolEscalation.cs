using System;

namespace CustomerPortal.Scenarios;

/// <summary>A lead left unclaimed in the public pool for 24 h, escalated to the sales director.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="PooledAt">When it went to the pool.</param>
/// <param name="EscalatedAt">When the timer fired (the host's hourly timer loop).</param>
public sealed record S1PoolEscalation(string LeadId, DateTimeOffset PooledAt, DateTimeOffset EscalatedAt);
