using System.Collections.Generic;

namespace Formwork.Reporting;

/// <summary>The results of a dashboard's widgets.</summary>
public sealed class DashboardResult
{
    internal DashboardResult(DashboardDefinition dashboard, IReadOnlyList<WidgetResult> widgets)
    {
        Dashboard = dashboard;
        Widgets = widgets;
    }

    /// <summary>Gets the dashboard.</summary>
    public DashboardDefinition Dashboard { get; }

    /// <summary>Gets the widget results in display order.</summary>
    public IReadOnlyList<WidgetResult> Widgets { get; }
}
