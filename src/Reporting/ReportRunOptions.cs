using System;
using Formwork.Identity;

namespace Formwork.Reporting;

/// <summary>Who runs a report and how: the actor (for row-level scope) and the degree of parallelism.</summary>
public sealed record ReportRunOptions
{
    /// <summary>Gets the actor the report runs for; needed when the report has a scope policy or <see cref="Scope"/> narrows rows.</summary>
    public Actor? Actor { get; init; }

    /// <summary>Gets a scope that replaces the one the report's policy resolves for the actor.</summary>
    public RowScope? Scope { get; init; }

    /// <summary>Gets filters added to the report's own (dashboard filters, drill-down restrictions).</summary>
    public System.Collections.Generic.IReadOnlyList<FilterDefinition> Filters { get; init; } = [];

    /// <summary>Gets the most cores one aggregation uses.</summary>
    /// <value>The default value is <see cref="Environment.ProcessorCount"/>.</value>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
