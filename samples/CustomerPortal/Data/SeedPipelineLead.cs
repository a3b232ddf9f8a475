using System;

namespace CustomerPortal.Data;

/// <summary>
/// A lead of the seeded sales pipeline: which customer it is for, who owns it, when it came in and the furthest funnel
/// stage it reached (<see cref="SeedData.FunnelStages"/>); a signed lead carries its <see cref="SeedSignedContract"/>.
/// </summary>
public sealed record SeedPipelineLead
{
    /// <summary>Lead id, <c>L000001</c> upwards in date order.</summary>
    public required string Id { get; init; }

    /// <summary>The customer the lead is for (<see cref="SeedCustomer.Id"/>).</summary>
    public required string CustomerId { get; init; }

    /// <summary>Whether this is the customer's first lead (the one the customer came in with).</summary>
    public required bool IsFirstLead { get; init; }

    /// <summary>The owning sales rep (the customer's owner).</summary>
    public required string OwnerId { get; init; }

    /// <summary>The owner's team (department id).</summary>
    public required string TeamId { get; init; }

    /// <summary>The day the lead came in.</summary>
    public required DateOnly CreatedOn { get; init; }

    /// <summary>The furthest stage reached: <c>lead</c>, <c>contacted</c>, <c>opportunity</c>, <c>quote</c> or <c>signed</c>.</summary>
    public required string Stage { get; init; }

    /// <summary>The signed contract, when <see cref="Stage"/> is <c>signed</c>.</summary>
    public SeedSignedContract? Contract { get; init; }
}
