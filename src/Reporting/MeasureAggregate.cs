namespace Formwork.Reporting;

/// <summary>How a measure aggregates the rows of a cell.</summary>
public enum MeasureAggregate
{
    /// <summary>Number of rows, or of non-blank values when a column is given.</summary>
    Count,

    /// <summary>Number of distinct non-blank values of a column.</summary>
    DistinctCount,

    /// <summary>Sum of a number column (exact decimal).</summary>
    Sum,

    /// <summary>Average of a number column's non-blank values.</summary>
    Average,

    /// <summary>Smallest value of a number, date or date-time column.</summary>
    Min,

    /// <summary>Largest value of a number, date or date-time column.</summary>
    Max,

    /// <summary>Median of a number column (the mean of the two middle values for an even count).</summary>
    Median,

    /// <summary>Percentile of a number column, interpolated like Excel's <c>PERCENTILE.INC</c>.</summary>
    Percentile,
}
