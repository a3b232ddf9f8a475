using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Json;
using Formwork.Reporting.Internal;

namespace Formwork.Reporting;

/// <summary>Loads dashboard definitions from JSON, as strictly as <see cref="ReportDefinitionReader"/>: every widget's report is checked.</summary>
public static class DashboardReader
{
    private static readonly Dictionary<string, WidgetType> Types = new(StringComparer.Ordinal)
    {
        ["kpi"] = WidgetType.Kpi, ["table"] = WidgetType.Table, ["pivot"] = WidgetType.Pivot, ["bar"] = WidgetType.Bar,
        ["line"] = WidgetType.Line, ["pie"] = WidgetType.Pie, ["funnel"] = WidgetType.Funnel,
    };

    /// <summary>Loads a dashboard.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="dataset">The dataset the dashboard's reports run over.</param>
    /// <returns>The dashboard.</returns>
    /// <exception cref="FormworkException">The dashboard has errors; every diagnostic is attached.</exception>
    public static DashboardDefinition Read(string json, ReportDataset dataset) =>
        TryRead(json, dataset, out var dashboard, out var diagnostics) ? dashboard : throw new FormworkException(diagnostics);

    /// <summary>Loads a dashboard, returning the diagnostics instead of throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="dataset">The dataset the dashboard's reports run over.</param>
    /// <param name="dashboard">The dashboard, when valid.</param>
    /// <param name="diagnostics">Every problem found.</param>
    /// <returns><see langword="true"/> when the dashboard is valid.</returns>
    public static bool TryRead(string json, ReportDataset dataset, [NotNullWhen(true)] out DashboardDefinition? dashboard, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(dataset);
        dashboard = null;
        if (!StrictJson.TryParse(json, out var document, out diagnostics))
        {
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            var reader = new StrictJson();
            var all = new List<Diagnostic>();
            if (!reader.Object(root, "$", "dashboard", "id", "title", "filters", "scope", "widgets"))
            {
                diagnostics = reader.Diagnostics;
                return false;
            }

            var id = reader.String(root, "id", "$", required: true);
            var scope = StrictJson.Has(root, "scope", out var scopeElement) ? ReportDefinitionReader.ReadScope(scopeElement, "$.scope", reader) : null;
            var filtersJson = new List<FilterDefinition>();
            var widgets = new List<DashboardWidget>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (element, path) in reader.Array(root, "widgets", "$"))
            {
                if (!reader.Object(element, path, "widget", "id", "title", "type", "report"))
                {
                    continue;
                }

                var widgetId = reader.String(element, "id", path, required: true) ?? string.Empty;
                if (widgetId.Length > 0 && !ids.Add(widgetId))
                {
                    all.Add(Diagnostic.Error(ReportingMessages.WidgetDuplicate, ValueJson.PathOf(path, "id"), null, ("widget", widgetId)));
                }

                var type = reader.Choice(element, "type", path, Types) ?? WidgetType.Table;
                var reportPath = ValueJson.PathOf(path, "report");
                if (!StrictJson.Has(element, "report", out var reportElement))
                {
                    all.Add(Diagnostic.Error(ReportingMessages.Required, reportPath, null, ("name", "report")));
                    continue;
                }

                var reportReader = new StrictJson();
                var read = ReportDefinitionReader.ReadReport(reportElement, dataset, reportPath, reportReader);
                if (ReportDefinitionReader.Finish(read, dataset, reportReader, reportPath, out var report, out var reportDiagnostics))
                {
                    widgets.Add(new DashboardWidget { Id = widgetId, Title = reader.String(element, "title", path), Type = type, Report = report });
                }

                all.AddRange(reportDiagnostics);
            }

            if (StrictJson.Has(root, "filters", out _))
            {
                var wrapper = new StrictJson();
                using var filtersDocument = JsonDocument.Parse("{\"id\":\"dashboard\",\"measures\":[{\"id\":\"n\",\"aggregate\":\"count\"}],\"filters\":" + root.GetProperty("filters").GetRawText() + "}");
                var read = ReportDefinitionReader.ReadReport(filtersDocument.RootElement, dataset, "$", wrapper);
                if (ReportDefinitionReader.Finish(read, dataset, wrapper, "$", out var holder, out var filterDiagnostics))
                {
                    filtersJson.AddRange(holder.Filters);
                }

                all.AddRange(filterDiagnostics);
            }

            all.InsertRange(0, reader.Diagnostics);
            diagnostics = all;
            if (all.Any(d => d.IsError))
            {
                return false;
            }

            dashboard = new DashboardDefinition { Id = id!, Title = reader.String(root, "title", "$"), Filters = filtersJson, Scope = scope, Widgets = widgets };
            return true;
        }
    }
}
