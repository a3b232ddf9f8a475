namespace Formwork.Reporting;

/// <summary>A measure of a report: an aggregate over a column, shown as is or relative to totals or periods.</summary>
public sealed record MeasureDefinition
{
    /// <summary>Gets the measure's id, unique in the report; sort, top N and filters refer to it.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the aggregate.</summary>
    public MeasureAggregate Aggregate { get; init; }

    /// <summary>Gets the column aggregated; optional for <see cref="MeasureAggregate.Count"/> (counts rows).</summary>
    public string? Column { get; init; }

    /// <summary>Gets the percentile between 0 and 1, for <see cref="MeasureAggregate.Percentile"/>.</summary>
    public decimal? Percentile { get; init; }

    /// <summary>Gets how the value is shown.</summary>
    public MeasureDisplay Display { get; init; }

    /// <summary>Gets the formula text of a calculated measure over other measures (evaluated once the formula language is available).</summary>
    public string? Formula { get; init; }

    /// <summary>
    /// Gets the number of decimal places the measure's cells are rounded to (0 to 28, half away from zero, like Excel's
    /// <c>ROUND</c>). When <see langword="null"/>, averages, medians, percentiles, percentages (fractions: 0.1234 is
    /// 12.34%) and calculated measures are rounded to 4 places and anything else is exact. Sorting, top N and having
    /// filters use exact values; <see cref="ReportRunOptions.ExactValues"/> turns rounding off.
    /// </summary>
    public int? Scale { get; init; }

    /// <summary>Gets the caption; the id when <see langword="null"/>.</summary>
    public string? Label { get; init; }
}
