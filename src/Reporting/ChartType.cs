namespace Formwork.Reporting;

/// <summary>The chart types an ECharts option can be built for.</summary>
public enum ChartType
{
    /// <summary>Bars per category, one series per column key.</summary>
    Bar,

    /// <summary>Lines over the categories (trends), one series per column key.</summary>
    Line,

    /// <summary>Shares of the categories (first series).</summary>
    Pie,

    /// <summary>A funnel of the categories in order (first series).</summary>
    Funnel,
}
