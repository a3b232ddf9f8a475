using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace Formwork.Reporting;

/// <summary>Turns report results into chart-ready series and ECharts option objects (bar, line, pie, funnel).</summary>
public static class ReportCharts
{
    /// <summary>Returns the chart data of a measure: detail rows as categories, detail columns as series (totals left out).</summary>
    /// <param name="result">The result.</param>
    /// <param name="measureId">The measure; the first one when <see langword="null"/>.</param>
    /// <returns>The chart data.</returns>
    public static ChartData ToSeries(ReportResult result, string? measureId = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var measure = measureId ?? result.Columns[0].MeasureId;
        var rowDims = result.RowDimensions.Count;
        var colDims = result.ColumnDimensions.Count;
        var rows = result.Rows.Where(r => r.Level == rowDims).ToArray();
        var columns = result.Columns.Select((c, i) => (Column: c, Index: i)).Where(c => c.Column.MeasureId == measure && c.Column.Level == colDims).ToArray();
        if (columns.Length == 0)
        {
            throw new ArgumentException($"The result has no measure '{measure}'.", nameof(measureId));
        }

        var categories = rows.Select(r => rowDims == 0 ? "Total" : string.Join(" / ", r.Labels)).ToArray();
        var series = columns.Select(c => new ChartSeries(
            colDims == 0 ? c.Column.Title : string.Join(" / ", c.Column.Labels),
            rows.Select(r => r.Cells[c.Index].TryGetNumber(out var n) ? n : (decimal?)null).ToArray())).ToArray();
        return new ChartData(measure, categories, series);
    }

    /// <summary>Returns an ECharts option object for a measure of a result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="type">The chart type.</param>
    /// <param name="measureId">The measure; the first one when <see langword="null"/>.</param>
    /// <returns>The option, ready to serialise and hand to <c>echarts.setOption</c>.</returns>
    public static JsonObject ToEChartsOption(ReportResult result, ChartType type, string? measureId = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var data = ToSeries(result, measureId);
        var option = new JsonObject();
        if (result.Definition.Title is { } title)
        {
            option["title"] = new JsonObject { ["text"] = title };
        }

        if (type is ChartType.Bar or ChartType.Line)
        {
            option["tooltip"] = new JsonObject { ["trigger"] = "axis" };
            option["legend"] = new JsonObject { ["data"] = Array(data.Series.Select(s => (JsonNode?)s.Name)) };
            option["xAxis"] = new JsonObject { ["type"] = "category", ["data"] = Array(data.Categories.Select(c => (JsonNode?)c)) };
            option["yAxis"] = new JsonObject { ["type"] = "value" };
            option["series"] = Array(data.Series.Select(s => (JsonNode?)new JsonObject
            {
                ["name"] = s.Name,
                ["type"] = type == ChartType.Bar ? "bar" : "line",
                ["data"] = Array(s.Values.Select(v => v is null ? null : (JsonNode)JsonValue.Create(v.Value))),
            }));
            return option;
        }

        var first = data.Series[0];
        option["tooltip"] = new JsonObject { ["trigger"] = "item" };
        option["legend"] = new JsonObject { ["data"] = Array(data.Categories.Select(c => (JsonNode?)c)) };
        var series = new JsonObject
        {
            ["name"] = first.Name,
            ["type"] = type == ChartType.Pie ? "pie" : "funnel",
            ["data"] = Array(data.Categories.Select((c, i) => (JsonNode?)new JsonObject
            {
                ["name"] = c,
                ["value"] = first.Values[i] is { } v ? JsonValue.Create(v) : null,
            })),
        };
        if (type == ChartType.Pie)
        {
            series["radius"] = "50%";
        }
        else
        {
            series["sort"] = "none";
        }

        option["series"] = new JsonArray(series);
        return option;
    }

    private static JsonArray Array(System.Collections.Generic.IEnumerable<JsonNode?> items) => new([.. items]);
}
