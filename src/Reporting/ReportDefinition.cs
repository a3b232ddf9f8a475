using System.Collections.Generic;

namespace Formwork.Reporting;

/// <summary>
/// A report: filters, row and column dimensions, measures, totals, sort, top N, funnel and row-level scope.
/// Immutable; load it from JSON with <see cref="ReportDefinitionReader"/> or build it with <see cref="ReportBuilder"/>,
/// and check it against a dataset with <see cref="ReportValidator"/> (the engine checks it on every run).
/// </summary>
public sealed record ReportDefinition
{
    /// <summary>Gets the report's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the title.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the shape of the report.</summary>
    public ReportKind Kind { get; init; }

    /// <summary>Gets the IANA or Windows id of the time zone date grains use; the host's default zone when <see langword="null"/>.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>Gets the filters applied to the rows before aggregation.</summary>
    public IReadOnlyList<FilterDefinition> Filters { get; init; } = [];

    /// <summary>Gets the row dimensions, outermost first.</summary>
    public IReadOnlyList<DimensionDefinition> Rows { get; init; } = [];

    /// <summary>Gets the column dimensions, outermost first.</summary>
    public IReadOnlyList<DimensionDefinition> Columns { get; init; } = [];

    /// <summary>Gets the measures.</summary>
    public IReadOnlyList<MeasureDefinition> Measures { get; init; } = [];

    /// <summary>Gets the filters on measures applied to detail rows after aggregation (totals still cover every row).</summary>
    public IReadOnlyList<FilterDefinition> Having { get; init; } = [];

    /// <summary>Gets a value indicating whether each outer dimension level gets a subtotal row and column.</summary>
    public bool Subtotals { get; init; }

    /// <summary>Gets a value indicating whether the report has a grand total row and column.</summary>
    public bool GrandTotals { get; init; } = true;

    /// <summary>Gets the sort; rows follow their keys' natural order when <see langword="null"/>.</summary>
    public SortDefinition? Sort { get; init; }

    /// <summary>Gets the top N rule, when any.</summary>
    public TopDefinition? Top { get; init; }

    /// <summary>Gets the funnel, for <see cref="ReportKind.Funnel"/>.</summary>
    public FunnelDefinition? Funnel { get; init; }

    /// <summary>Gets the row-level scope policy; every actor sees every row when <see langword="null"/>.</summary>
    public ScopePolicy? Scope { get; init; }
}
