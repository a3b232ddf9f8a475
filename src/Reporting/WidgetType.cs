namespace Formwork.Reporting;

/// <summary>How a dashboard widget shows its report.</summary>
public enum WidgetType
{
    /// <summary>One number: the grand total of the report's first measure.</summary>
    Kpi,

    /// <summary>A table.</summary>
    Table,

    /// <summary>A pivot table.</summary>
    Pivot,

    /// <summary>A bar chart.</summary>
    Bar,

    /// <summary>A line chart.</summary>
    Line,

    /// <summary>A pie chart.</summary>
    Pie,

    /// <summary>A funnel chart.</summary>
    Funnel,
}
