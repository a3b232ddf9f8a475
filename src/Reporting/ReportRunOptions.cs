using System;
using Formwork.Forms;
using Formwork.Identity;

namespace Formwork.Reporting;

/// <summary>
/// Who runs a report and how: the actor (for row-level scope), the actor's field access (hidden and masked fields),
/// the group limit, rounding and the degree of parallelism.
/// </summary>
public sealed record ReportRunOptions
{
    /// <summary>Gets the actor the report runs for; needed when the report has a scope policy or <see cref="Scope"/> narrows rows.</summary>
    public Actor? Actor { get; init; }

    /// <summary>Gets a scope that replaces the one the report's policy resolves for the actor.</summary>
    public RecordScope? Scope { get; init; }

    /// <summary>Gets filters added to the report's own (dashboard filters, drill-down restrictions).</summary>
    public System.Collections.Generic.IReadOnlyList<FilterDefinition> Filters { get; init; } = [];

    /// <summary>Gets the most cores one aggregation uses.</summary>
    /// <value>The default value is <see cref="Environment.ProcessorCount"/>.</value>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Gets the permission profile of the actor (the form's profile for the actor's role). Hidden columns cannot be
    /// used by the report (<c>FWR0127</c>) and are left out of drill-down records; masked columns can only be grouped,
    /// counted and filtered by their masked text (<c>FWR0128</c> otherwise): grouping by a masked column groups by the
    /// masked text (rows whose masked text is the same form one group), and drill-down records show masked values.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: every column is visible and unmasked.</value>
    public PermissionProfile? Profile { get; init; }

    /// <summary>
    /// Gets how a masked column's value is masked (column name, raw value → masked value). When <see langword="null"/>,
    /// a dataset made by <see cref="ReportDataset.FromForm"/> masks like the form engine (by field type and text
    /// format) and any other column keeps its first and last character.
    /// </summary>
    public Func<string, Value, Value>? Mask { get; init; }

    /// <summary>
    /// Gets the most groups (distinct combinations of the row and column keys) a run may aggregate; a report with more
    /// fails with <c>FWR0129</c> while it aggregates, before it can exhaust memory.
    /// </summary>
    /// <value>The default value is 1,000,000.</value>
    public int MaxGroups { get; init; } = 1_000_000;

    /// <summary>
    /// Gets a value indicating whether cells keep exact values: no rounding of averages, medians, percentiles,
    /// percentages and calculated measures to their <see cref="MeasureDefinition.Scale"/>.
    /// </summary>
    /// <value>The default value is <see langword="false"/>: results are rounded.</value>
    public bool ExactValues { get; init; }
}
