using System;
using System.Collections.Generic;

namespace CustomerPortal.Scenarios;

/// <summary>What S6 computed through the report engine, for the tests to check against the seeded data.</summary>
public sealed record S6Outcome
{
    /// <summary>Customer records loaded into the record store.</summary>
    public required int CustomersLoaded { get; init; }

    /// <summary>Lead records loaded into the record store.</summary>
    public required int LeadsLoaded { get; init; }

    /// <summary>The first day of "this month" (the month of the tour's clock).</summary>
    public required DateOnly MonthStart { get; init; }

    /// <summary>The sales funnel over the year, as the CEO sees it.</summary>
    public required IReadOnlyList<S6FunnelStage> Funnel { get; init; }

    /// <summary>Contract amount by rep this month, largest first.</summary>
    public required IReadOnlyList<S6LeaderRow> RepLeaderboard { get; init; }

    /// <summary>Contract amount this month by region and team (detail rows, <c>region / team</c>), largest first within a region.</summary>
    public required IReadOnlyList<S6LeaderRow> TeamLeaderboard { get; init; }

    /// <summary>Contract amount this month by region (the subtotals of the team leaderboard).</summary>
    public required IReadOnlyList<S6LeaderRow> RegionLeaderboard { get; init; }

    /// <summary>Customers by channel, largest first.</summary>
    public required IReadOnlyList<S6Row> ChannelShare { get; init; }

    /// <summary>New customers per month (<c>2026-03</c>), in month order.</summary>
    public required IReadOnlyList<S6Row> NewCustomersByMonth { get; init; }

    /// <summary>The month drilled into.</summary>
    public required string DrilledMonth { get; init; }

    /// <summary>New customers per day of the drilled month (<c>2026-10-05</c>).</summary>
    public required IReadOnlyList<S6Row> NewCustomersByDay { get; init; }

    /// <summary>The day drilled into (the busiest day of the month).</summary>
    public required string DrilledDay { get; init; }

    /// <summary>How many raw records are behind the drilled day.</summary>
    public required int DrilledDayRecordCount { get; init; }

    /// <summary>The customer ids of the drilled day, read page by page.</summary>
    public required IReadOnlyList<string> DrilledDayCustomerIds { get; init; }

    /// <summary>Customers by province, largest first.</summary>
    public required IReadOnlyList<S6Row> Provinces { get; init; }

    /// <summary>The province drilled into (the largest).</summary>
    public required string DrilledProvince { get; init; }

    /// <summary>Customers by city of the drilled province.</summary>
    public required IReadOnlyList<S6Row> Cities { get; init; }

    /// <summary>The CEO dashboard's tiles: the CEO, the CEO with the shared region filter, a manager, and a sales rep.</summary>
    public required IReadOnlyList<S6Kpis> Dashboards { get; init; }

    /// <summary>The sales rep whose own view was shown.</summary>
    public required string RepId { get; init; }

    /// <summary>The region the shared filter picked.</summary>
    public required string FilterRegion { get; init; }

    /// <summary>The dashboard requests the engine refused (a shared filter on an unknown column).</summary>
    public required IReadOnlyList<S6Refusal> Refusals { get; init; }

    /// <summary>Where the dashboard page was written.</summary>
    public required string DashboardPath { get; init; }
}
