namespace Formwork.Reporting;

/// <summary>How a measure's value is shown in a cell. Fractions are not multiplied by 100 (0.25 is 25%).</summary>
public enum MeasureDisplay
{
    /// <summary>The aggregate itself.</summary>
    Value,

    /// <summary>The cell's share of the grand total.</summary>
    PercentOfTotal,

    /// <summary>The cell's share of its row's total.</summary>
    PercentOfRow,

    /// <summary>The cell's share of its column's total.</summary>
    PercentOfColumn,

    /// <summary>The aggregate over this row and every earlier sibling row (in key order), computed from the rows.</summary>
    RunningTotal,

    /// <summary>The change from the previous period of the report's first date-grain row dimension.</summary>
    PeriodChange,

    /// <summary>The relative change from the previous period (blank when the previous value is zero or blank).</summary>
    PeriodChangePercent,
}
