using System;

namespace CustomerPortal.Data;

/// <summary>A customer of the seeded dataset.</summary>
public sealed record SeedCustomer
{
    /// <summary>Customer id, <c>C00001</c> upwards.</summary>
    public required string Id { get; init; }

    /// <summary>Company name (Chinese, sometimes English).</summary>
    public required string Name { get; init; }

    /// <summary>Contact person.</summary>
    public required string Contact { get; init; }

    /// <summary>Contact's CN mobile number.</summary>
    public required string Phone { get; init; }

    /// <summary>Contact's email.</summary>
    public required string Email { get; init; }

    /// <summary>Sales region: 华东, 华北 or 华南.</summary>
    public required string Region { get; init; }

    /// <summary>Province.</summary>
    public required string Province { get; init; }

    /// <summary>City.</summary>
    public required string City { get; init; }

    /// <summary>Industry.</summary>
    public required string Industry { get; init; }

    /// <summary>The channel the customer came from.</summary>
    public required string Channel { get; init; }

    /// <summary>Customer level: VIP, GOLD or STD.</summary>
    public required string Level { get; init; }

    /// <summary>Number of employees.</summary>
    public required int Employees { get; init; }

    /// <summary>The owning sales rep (user id).</summary>
    public required string OwnerId { get; init; }

    /// <summary>The day the customer was created.</summary>
    public required DateOnly CreatedOn { get; init; }
}
