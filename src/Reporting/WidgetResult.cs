using System.Text.Json.Nodes;

namespace Formwork.Reporting;

/// <summary>The result of one dashboard widget: its report's result, a KPI value or a chart option.</summary>
public sealed class WidgetResult
{
    internal WidgetResult(DashboardWidget widget, ReportResult result)
    {
        Widget = widget;
        Result = result;
    }

    /// <summary>Gets the widget.</summary>
    public DashboardWidget Widget { get; }

    /// <summary>Gets the report result.</summary>
    public ReportResult Result { get; }

    /// <summary>Gets the KPI value: the first cell of the grand total row (blank when the report has none).</summary>
    public Value Value => Result.GrandTotal is { Cells.Count: > 0 } total ? total.Cells[0] : default;

    /// <summary>Returns the ECharts option of a chart widget, or <see langword="null"/> for a KPI, table or pivot.</summary>
    /// <returns>The option object.</returns>
    public JsonObject? ToEChartsOption() => Widget.Type switch
    {
        WidgetType.Bar => ReportCharts.ToEChartsOption(Result, ChartType.Bar),
        WidgetType.Line => ReportCharts.ToEChartsOption(Result, ChartType.Line),
        WidgetType.Pie => ReportCharts.ToEChartsOption(Result, ChartType.Pie),
        WidgetType.Funnel => ReportCharts.ToEChartsOption(Result, ChartType.Funnel),
        _ => null,
    };
}
