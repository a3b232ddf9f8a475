using System;

namespace CustomerPortal.Data;

/// <summary>An opportunity of the sales pipeline when the tour starts, and what happens to it during the week.</summary>
public sealed record SeedOpportunity
{
    /// <summary>Opportunity code, <c>OPP-0001</c> upwards (also its record id).</summary>
    public required string Code { get; init; }

    /// <summary>What is being sold.</summary>
    public required string Name { get; init; }

    /// <summary>The seeded customer it is for.</summary>
    public required SeedCustomer Customer { get; init; }

    /// <summary>Expected amount (CNY).</summary>
    public required decimal Amount { get; init; }

    /// <summary>The stage when the tour starts (one of <see cref="SeedData.OpportunityStages"/>, never signed).</summary>
    public required string Stage { get; init; }

    /// <summary>When it entered that stage (before the tour starts).</summary>
    public required DateTimeOffset StageChangedAt { get; init; }

    /// <summary>When during the week the rep moves it on to the next stage (initial contact only), or null.</summary>
    public DateTimeOffset? AdvancesAt { get; init; }

    /// <summary>When during the week the contract is signed (negotiation only), or null.</summary>
    public DateTimeOffset? SignsAt { get; init; }
}
