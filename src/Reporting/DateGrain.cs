namespace Formwork.Reporting;

/// <summary>How a date or date-time dimension is bucketed, in the report's time zone.</summary>
public enum DateGrain
{
    /// <summary>Calendar year.</summary>
    Year,

    /// <summary>Calendar quarter (Q1 = January to March).</summary>
    Quarter,

    /// <summary>Calendar month.</summary>
    Month,

    /// <summary>ISO 8601 week (Monday first; week 1 holds the year's first Thursday).</summary>
    Week,

    /// <summary>Calendar day.</summary>
    Day,

    /// <summary>Hour of a day (date-time columns).</summary>
    Hour,
}
