using System;

namespace CustomerPortal.Data;

/// <summary>A web lead of the seeded week: what the prospect typed into the lead form, and when.</summary>
public sealed record SeedLead
{
    /// <summary>Lead id, <c>L-0001</c> upwards in order of arrival.</summary>
    public required string Id { get; init; }

    /// <summary>When the prospect submitted the form (the tour's week, working hours, Beijing time).</summary>
    public required DateTimeOffset ArrivesAt { get; init; }

    /// <summary>Company name.</summary>
    public required string Company { get; init; }

    /// <summary>The contact's job title (职位).</summary>
    public required string Title { get; init; }

    /// <summary>Contact person.</summary>
    public required string Contact { get; init; }

    /// <summary>Contact's mobile number as typed (sometimes mistyped, sometimes one already submitted).</summary>
    public required string Phone { get; init; }

    /// <summary>Contact's email as typed (sometimes mistyped).</summary>
    public required string Email { get; init; }

    /// <summary>Region: the three covered by sales teams (华东, 华北, 华南) or one no team covers yet (华中, 西南).</summary>
    public required string Region { get; init; }

    /// <summary>Industry (one of <see cref="SeedData.Industries"/>).</summary>
    public required string Industry { get; init; }

    /// <summary>Number of employees.</summary>
    public required int Employees { get; init; }

    /// <summary>What the prospect needs, in their words.</summary>
    public required string Need { get; init; }

    /// <summary>The mistake seeded into this lead, if any.</summary>
    public required SeedLeadDefect Defect { get; init; }

    /// <summary>The rep who claims the lead from the public pool (for regions no team covers), or null.</summary>
    public string? ClaimedBy { get; init; }

    /// <summary>How long after arrival the rep claims it (null when nobody claims).</summary>
    public TimeSpan? ClaimAfter { get; init; }
}
