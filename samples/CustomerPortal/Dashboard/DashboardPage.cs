using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using Formwork;
using Formwork.Reporting;

namespace CustomerPortal.Dashboard;

/// <summary>
/// A self-contained HTML page of report results: KPI tiles, charts drawn as inline SVG, and tables. Everything it
/// needs is in the file (styles inline, no scripts, no fonts or images from the network), and every text from the data
/// is HTML-encoded, so it opens offline in any browser.
/// </summary>
public sealed class DashboardPage(string title, string subtitle)
{
    private readonly List<string> sections = [];

    /// <summary>Adds a row of KPI tiles.</summary>
    public DashboardPage Tiles(IEnumerable<(string Title, string Value, string Note)> tiles)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        var html = new StringBuilder("<section class=\"tiles\">");
        foreach (var (tileTitle, value, note) in tiles)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"tile\"><div class=\"tile-title\">{Encode(tileTitle)}</div><div class=\"tile-value\">{Encode(value)}</div><div class=\"tile-note\">{Encode(note)}</div></div>");
        }

        sections.Add(html.Append("</section>").ToString());
        return this;
    }

    /// <summary>Adds a chart of a report result, drawn from <see cref="ReportCharts.ToSeries"/>.</summary>
    /// <param name="chartTitle">The chart's heading.</param>
    /// <param name="type">Bar, line, pie or funnel.</param>
    /// <param name="result">The report result.</param>
    /// <param name="measureId">The measure to draw; the first when omitted.</param>
    /// <param name="label">Turns a category key into the text shown (for example a funnel stage's display name).</param>
    public DashboardPage Chart(string chartTitle, ChartType type, ReportResult result, string? measureId = null, Func<string, string>? label = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var data = ReportCharts.ToSeries(result, measureId);
        if (label is not null)
        {
            data = data with { Categories = data.Categories.Select(label).ToList() };
        }

        sections.Add($"<section class=\"card\"><h2>{Encode(chartTitle)}</h2>{SvgCharts.Draw(type, data)}</section>");
        return this;
    }

    /// <summary>Adds a report result as a table: its row labels and every measure column.</summary>
    /// <param name="tableTitle">The table's heading.</param>
    /// <param name="result">The report result.</param>
    /// <param name="note">A line under the heading.</param>
    /// <param name="label">Turns a row label into the text shown.</param>
    public DashboardPage Table(string tableTitle, ReportResult result, string? note = null, Func<string, string>? label = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var percent = result.Definition.Measures.Where(m => m.Display is MeasureDisplay.PercentOfTotal or MeasureDisplay.PercentOfRow or MeasureDisplay.PercentOfColumn or MeasureDisplay.PeriodChangePercent)
            .Select(m => m.Id).Concat(["stepConversion", "overallConversion"]).ToHashSet(StringComparer.Ordinal);
        var show = label ?? (text => text);
        var headers = result.RowDimensions.Concat(result.Columns.Select(c => c.Title)).Select(show).ToList();
        var rows = result.Rows.Select(r => (IReadOnlyList<string>)[
            .. RowLabels(r, result.RowDimensions.Count).Select(show),
            .. r.Cells.Select((cell, i) => FormatCell(cell, percent.Contains(result.Columns[i].MeasureId)))]);
        return Table(tableTitle, headers, rows, note);
    }

    /// <summary>Adds a table of texts.</summary>
    public DashboardPage Table(string tableTitle, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var html = new StringBuilder($"<section class=\"card wide\"><h2>{Encode(tableTitle)}</h2>");
        if (note is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Encode(note)}</p>");
        }

        html.Append("<table><thead><tr>");
        foreach (var header in headers)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{Encode(header)}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td>{Encode(cell)}</td>");
            }

            html.Append("</tr>");
        }

        sections.Add(html.Append("</tbody></table></section>").ToString());
        return this;
    }

    /// <summary>Adds a paragraph of text.</summary>
    public DashboardPage Note(string text)
    {
        sections.Add($"<p class=\"note\">{Encode(text)}</p>");
        return this;
    }

    /// <summary>The page.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        html.Append("<style>body{font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;margin:24px;background:#f5f7fa;color:#222}"
            + "h1{margin:0 0 4px}.subtitle{color:#666;margin:0 0 20px}.tiles{display:flex;gap:16px;flex-wrap:wrap;margin-bottom:16px}"
            + ".tile{background:#fff;border-radius:8px;padding:16px 20px;min-width:200px;box-shadow:0 1px 3px rgba(0,0,0,.1)}"
            + ".tile-title{color:#666;font-size:13px}.tile-value{font-size:28px;font-weight:600;margin:6px 0}.tile-note{color:#888;font-size:12px}"
            + ".grid{display:flex;flex-wrap:wrap;gap:16px}.card{background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 3px rgba(0,0,0,.1);flex:1 1 560px}"
            + ".card.wide{flex-basis:100%}.card h2{font-size:16px;margin:4px 0 8px}svg.chart{width:100%;max-width:560px;height:auto}"
            + "table{border-collapse:collapse;font-size:13px}th,td{border-bottom:1px solid #eee;padding:4px 10px;text-align:left}"
            + "td:not(:first-child){text-align:right}.note{color:#666;font-size:13px}</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{Encode(title)}</h1><p class=\"subtitle\">{Encode(subtitle)}</p><div class=\"grid\">");
        foreach (var section in sections)
        {
            html.Append(section);
        }

        return html.Append("</div></body></html>").ToString();
    }

    /// <summary>Writes the page to a file (creating its folder) and returns the full path.</summary>
    public string Write(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, ToHtml(), new UTF8Encoding(false));
        return full;
    }

    /// <summary>A cell as text: a number grouped (a percentage for shares and conversions), blank as empty.</summary>
    public static string FormatCell(Value value, bool percent) => value.Kind switch
    {
        ValueKind.Blank => string.Empty,
        ValueKind.Number when percent => value.AsNumber().ToString("P1", CultureInfo.InvariantCulture),
        ValueKind.Number => value.AsNumber().ToString("#,0.##", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>A row's labels, one per row dimension: the grand total says so in its first cell, a subtotal after its keys.</summary>
    private static IEnumerable<string> RowLabels(ResultRow row, int dimensions)
    {
        var known = row.IsTotal ? Math.Min(row.Level, row.Labels.Count) : row.Labels.Count;
        return Enumerable.Range(0, dimensions).Select(i =>
            i < known ? row.Labels[i]
            : i == known && row.IsTotal ? (row.Level == 0 ? "合计 Total" : "小计 Subtotal")
            : string.Empty);
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
