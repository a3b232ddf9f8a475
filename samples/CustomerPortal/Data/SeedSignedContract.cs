using System;

namespace CustomerPortal.Data;

/// <summary>A contract signed from a lead of the seeded pipeline.</summary>
public sealed record SeedSignedContract
{
    /// <summary>Contract number, <c>HT-yyyyMMdd-0001</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The customer (<see cref="SeedCustomer.Id"/>).</summary>
    public required string CustomerId { get; init; }

    /// <summary>The sales rep who signed it (user id).</summary>
    public required string RepId { get; init; }

    /// <summary>The rep's team (department id).</summary>
    public required string TeamId { get; init; }

    /// <summary>The contract amount in CNY.</summary>
    public required decimal Amount { get; init; }

    /// <summary>The day it was signed.</summary>
    public required DateOnly SignedOn { get; init; }
}
