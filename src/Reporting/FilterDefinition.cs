using System.Collections.Generic;

namespace Formwork.Reporting;

/// <summary>
/// A filter: before aggregation on a column (rows), after aggregation on a measure (groups), or a formula.
/// </summary>
public sealed record FilterDefinition
{
    /// <summary>Gets the column compared (row filters).</summary>
    public string? Column { get; init; }

    /// <summary>Gets the measure compared (filters after aggregation).</summary>
    public string? Measure { get; init; }

    /// <summary>Gets the cascade level compared (0 = first level), for a cascade column or a formula whose value is a cascade (a list, or a text with <c>/</c> between levels).</summary>
    public int? Level { get; init; }

    /// <summary>Gets the operator.</summary>
    public FilterOperator Operator { get; init; }

    /// <summary>Gets the values compared with.</summary>
    public IReadOnlyList<Value> Values { get; init; } = [];

    /// <summary>Gets the relative period of a <see cref="FilterOperator.Period"/> filter.</summary>
    public RelativePeriod? Period { get; init; }

    /// <summary>Gets the number of days of a <see cref="RelativePeriod.LastDays"/> period (1 or more).</summary>
    public int? Days { get; init; }

    /// <summary>Gets the formula text of a formula filter (evaluated once the formula language is available).</summary>
    public string? Formula { get; init; }
}
