using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using Formwork.Reporting;

namespace CustomerPortal.Dashboard;

/// <summary>
/// Draws the report engine's chart data (<see cref="ReportCharts.ToSeries"/>) as inline SVG: bar, line, pie and funnel
/// charts with encoded labels, so the page needs no script and no network to show them.
/// </summary>
public static class SvgCharts
{
    private const int Width = 560;
    private const int Height = 300;
    private static readonly string[] Palette = ["#1677ff", "#52c41a", "#faad14", "#f5222d", "#722ed1", "#13c2c2", "#eb2f96", "#fa8c16", "#2f54eb", "#a0d911"];

    /// <summary>Draws a chart of the first series of <paramref name="data"/>.</summary>
    public static string Draw(ChartType type, ChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var points = data.Categories
            .Select((category, i) => (Label: category, Value: data.Series.Count > 0 ? data.Series[0].Values[i] ?? 0m : 0m))
            .ToArray();
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Width} {Height}\" role=\"img\" class=\"chart chart-{type.ToString().ToLowerInvariant()}\">");
        switch (type)
        {
            case ChartType.Bar:
                Bar(svg, points);
                break;
            case ChartType.Line:
                Line(svg, points);
                break;
            case ChartType.Pie:
                Pie(svg, points);
                break;
            default:
                Funnel(svg, points);
                break;
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Bar(StringBuilder svg, (string Label, decimal Value)[] points)
    {
        var max = Math.Max(1m, points.Select(p => p.Value).DefaultIfEmpty().Max());
        const int left = 150;
        const int right = 90;
        var rowHeight = Math.Min(32, (Height - 10) / Math.Max(1, points.Length));
        for (var i = 0; i < points.Length; i++)
        {
            var y = 5 + (i * rowHeight);
            var width = (double)(points[i].Value / max) * (Width - left - right);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y + (rowHeight * 0.65):0.#}\" text-anchor=\"end\" font-size=\"12\">{Encode(points[i].Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y + 3}\" width=\"{width:0.#}\" height=\"{rowHeight - 6}\" fill=\"{Palette[0]}\"><title>{Encode(points[i].Label)}: {Format(points[i].Value)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + width + 4:0.#}\" y=\"{y + (rowHeight * 0.65):0.#}\" font-size=\"11\" fill=\"#555\">{Format(points[i].Value)}</text>");
        }
    }

    private static void Line(StringBuilder svg, (string Label, decimal Value)[] points)
    {
        const int left = 70;
        const int bottom = 40;
        var max = Math.Max(1m, points.Select(p => p.Value).DefaultIfEmpty().Max());
        var plotWidth = Width - left - 20;
        var plotHeight = Height - bottom - 20;
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{20 + plotHeight}\" x2=\"{Width - 20}\" y2=\"{20 + plotHeight}\" stroke=\"#999\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"26\" text-anchor=\"end\" font-size=\"11\" fill=\"#555\">{Format(max)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{20 + plotHeight}\" text-anchor=\"end\" font-size=\"11\" fill=\"#555\">0</text>");
        var coordinates = points.Select((p, i) => (
            X: left + (points.Length == 1 ? plotWidth / 2.0 : i * plotWidth / (double)(points.Length - 1)),
            Y: 20 + plotHeight - ((double)(p.Value / max) * plotHeight))).ToArray();
        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{Palette[0]}\" stroke-width=\"2\" points=\"{string.Join(" ", coordinates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.X:0.#},{c.Y:0.#}")))}\"/>");
        for (var i = 0; i < points.Length; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{coordinates[i].X:0.#}\" cy=\"{coordinates[i].Y:0.#}\" r=\"3\" fill=\"{Palette[0]}\"><title>{Encode(points[i].Label)}: {Format(points[i].Value)}</title></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{coordinates[i].X:0.#}\" y=\"{Height - 22}\" text-anchor=\"end\" font-size=\"10\" transform=\"rotate(-35 {coordinates[i].X:0.#} {Height - 22})\">{Encode(points[i].Label)}</text>");
        }
    }

    private static void Pie(StringBuilder svg, (string Label, decimal Value)[] points)
    {
        var total = points.Sum(p => p.Value);
        const double cx = 150;
        const double cy = 150;
        const double r = 120;
        var angle = -Math.PI / 2;
        for (var i = 0; i < points.Length; i++)
        {
            var fraction = total == 0 ? 0 : (double)(points[i].Value / total);
            var color = Palette[i % Palette.Length];
            var title = $"<title>{Encode(points[i].Label)}: {Format(points[i].Value)} ({fraction:P1})</title>";
            if (fraction >= 0.9999)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{cx}\" cy=\"{cy}\" r=\"{r}\" fill=\"{color}\">{title}</circle>");
            }
            else if (fraction > 0)
            {
                var end = angle + (fraction * 2 * Math.PI);
                var large = fraction > 0.5 ? 1 : 0;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<path d=\"M{cx},{cy} L{cx + (r * Math.Cos(angle)):0.##},{cy + (r * Math.Sin(angle)):0.##} A{r},{r} 0 {large} 1 {cx + (r * Math.Cos(end)):0.##},{cy + (r * Math.Sin(end)):0.##} Z\" fill=\"{color}\" stroke=\"#fff\">{title}</path>");
                angle = end;
            }

            var y = 40 + (i * 24);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"300\" y=\"{y - 11}\" width=\"14\" height=\"14\" fill=\"{color}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"320\" y=\"{y}\" font-size=\"12\">{Encode(points[i].Label)} {fraction.ToString("P1", CultureInfo.InvariantCulture)}</text>");
        }
    }

    private static void Funnel(StringBuilder svg, (string Label, decimal Value)[] points)
    {
        var max = Math.Max(1m, points.Select(p => p.Value).DefaultIfEmpty().Max());
        var rowHeight = (Height - 10) / Math.Max(1, points.Length);
        const double center = 190;
        const double full = 360;
        for (var i = 0; i < points.Length; i++)
        {
            var top = (double)(points[i].Value / max) * full;
            var bottom = i + 1 < points.Length ? (double)(points[i + 1].Value / max) * full : top * 0.8;
            var y = 5 + (i * rowHeight);
            var y2 = y + rowHeight - 4;
            svg.Append(CultureInfo.InvariantCulture,
                $"<polygon points=\"{center - (top / 2):0.#},{y} {center + (top / 2):0.#},{y} {center + (bottom / 2):0.#},{y2} {center - (bottom / 2):0.#},{y2}\" fill=\"{Palette[i % Palette.Length]}\"><title>{Encode(points[i].Label)}: {Format(points[i].Value)}</title></polygon>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{center + (full / 2) + 10}\" y=\"{y + (rowHeight / 2) + 4}\" font-size=\"12\">{Encode(points[i].Label)} {Format(points[i].Value)}</text>");
        }
    }

    private static string Format(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
