namespace Formwork.Reporting;

/// <summary>One widget of a dashboard: a report and how it is shown.</summary>
public sealed record DashboardWidget
{
    /// <summary>Gets the widget's id, unique in the dashboard.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the title.</summary>
    public string? Title { get; init; }

    /// <summary>Gets how the widget shows its report.</summary>
    public WidgetType Type { get; init; }

    /// <summary>Gets the report.</summary>
    public required ReportDefinition Report { get; init; }
}
