using System.Collections.Generic;

namespace Formwork.Reporting;

/// <summary>A dashboard: widgets over one dataset sharing filters (applied to every widget's report).</summary>
public sealed record DashboardDefinition
{
    /// <summary>Gets the dashboard's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the title.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the filters every widget's report gets in addition to its own.</summary>
    public IReadOnlyList<FilterDefinition> Filters { get; init; } = [];

    /// <summary>
    /// Gets the row-level scope policy of every widget whose report has no <see cref="ReportDefinition.Scope"/> of its
    /// own (a widget's own policy wins).
    /// </summary>
    /// <value>The default value is <see langword="null"/>: widgets without a policy see every row.</value>
    public ScopePolicy? Scope { get; init; }

    /// <summary>Gets the widgets in display order.</summary>
    public IReadOnlyList<DashboardWidget> Widgets { get; init; } = [];
}
