using System.Collections.Generic;

namespace Formwork.Reporting;

/// <summary>
/// A dimension of a report: rows or columns are grouped by it. It reads a column as is, by date grain, by number
/// band or by cascade level; a derived dimension holds formula text instead of a column.
/// </summary>
public sealed record DimensionDefinition
{
    /// <summary>Gets the dataset column the dimension reads; <see langword="null"/> for a derived (formula) dimension.</summary>
    public string? Column { get; init; }

    /// <summary>Gets the date grain, for a date or date-time column.</summary>
    public DateGrain? Grain { get; init; }

    /// <summary>Gets the ascending band boundaries of a number column: <c>[0, 1000]</c> gives &lt;0, [0, 1000) and ≥1000.</summary>
    public IReadOnlyList<decimal>? Bands { get; init; }

    /// <summary>Gets the cascade level (0 = the first level, such as province), for a cascade column.</summary>
    public int? Level { get; init; }

    /// <summary>Gets the formula text of a derived dimension (evaluated once the formula language is available).</summary>
    public string? Formula { get; init; }

    /// <summary>Gets the caption; the column's label when <see langword="null"/>.</summary>
    public string? Label { get; init; }
}
