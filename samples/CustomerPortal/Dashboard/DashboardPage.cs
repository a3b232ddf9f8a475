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
    public DashboardPage Chart(string chartTitle, ChartType type, ReportResult result, string? measureId = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var data = ReportCharts.ToSeries(result, measureId);
        sections.Add($"<section class=\"card\"><h2>{Encode(chartTitle)}</h2>{SvgCharts.Draw(type, data)}</section>");
        return this;
    }

    /// <summary>Adds a report result as a table: its row labels and every measure column.</summary>
    public DashboardPage Table(string tableTitle, ReportResult result, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var percent = result.Definition.Measures.Where(m => m.Display is MeasureDisplay.PercentOfTotal or MeasureDisplay.PercentOfRow or MeasureDisplay.PercentOfColumn or MeasureDisplay.PeriodChangePercent)
            .Select(m => m.Id).Concat(["stepConversion", "overallConversion"]).ToHashSet(StringComparer.Ordinal);
        var headers = result.RowDimensions.Concat(result.Columns.Select(c => c.Title)).ToList();
        var rows = result.Rows.Select(r => (IReadOnlyList<string>)[
            .. r.IsTotal && r.Level == 0 ? ["合计 Total", .. Enumerable.Repeat(string.Empty, Math.Max(0, result.RowDimensions.Count - 1))] : Pad(r.Labels, result.RowDimensions.Count),
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

    private static IEnumerable<string> Pad(IReadOnlyList<string> labels, int count) =>
        Enumerable.Range(0, count).Select(i => i < labels.Count ? labels[i] : string.Empty);

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
