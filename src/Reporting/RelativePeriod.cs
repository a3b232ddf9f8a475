namespace Formwork.Reporting;

/// <summary>
/// A period relative to the run's clock (the engine's <see cref="System.TimeProvider"/>) in the report's time zone, for
/// a <see cref="FilterOperator.Period"/> filter on a date or date-time column. Every period is a half-open range of
/// whole local days.
/// </summary>
public enum RelativePeriod
{
    /// <summary>Today.</summary>
    Today,

    /// <summary>Yesterday.</summary>
    Yesterday,

    /// <summary>The current calendar month, from its first day to its last (including days still to come).</summary>
    ThisMonth,

    /// <summary>The previous calendar month.</summary>
    LastMonth,

    /// <summary>The current calendar quarter (January–March, April–June, July–September, October–December).</summary>
    ThisQuarter,

    /// <summary>The previous calendar quarter.</summary>
    LastQuarter,

    /// <summary>The current calendar year.</summary>
    ThisYear,

    /// <summary>The previous calendar year.</summary>
    LastYear,

    /// <summary>The last <see cref="FilterDefinition.Days"/> days including today (today and the N − 1 days before it).</summary>
    LastDays,
}
