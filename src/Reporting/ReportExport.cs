using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Formwork.Reporting;

/// <summary>
/// Exports a report result as CSV or XLSX: a header row (row-dimension captions, then column titles), then one line
/// per result row (subtotal and grand total rows are labelled <c>Total</c>). Rows are streamed, so a large result
/// never needs a second in-memory copy.
/// </summary>
public static class ReportExport
{
    /// <summary>Writes a result as CSV (RFC 4180, comma-separated, invariant numbers).</summary>
    /// <param name="result">The result.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteCsv(ReportResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var line in Lines(result))
        {
            writer.Write(string.Join(',', line.Select(c => Escape(c.Text ?? c.Number!.Value.ToString(CultureInfo.InvariantCulture)))));
            writer.Write("\r\n");
        }
    }

    /// <summary>Writes a result as an XLSX workbook with one sheet; numbers are numeric cells.</summary>
    /// <param name="result">The result.</param>
    /// <param name="stream">Where to write; must be writable and seekable.</param>
    /// <param name="sheetName">The sheet's name.</param>
    public static void WriteXlsx(ReportResult result, Stream stream, string sheetName = "Report")
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(sheetName);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            var rowIndex = 1u;
            foreach (var line in Lines(result))
            {
                writer.WriteStartElement(new Row { RowIndex = rowIndex });
                foreach (var cell in line)
                {
                    if (cell.Number is { } number)
                    {
                        writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) });
                    }
                    else
                    {
                        writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cell.Text ?? string.Empty)) });
                    }
                }

                writer.WriteEndElement();
                rowIndex++;
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
        workbookPart.Workbook.Save();
    }

    private static IEnumerable<(string? Text, decimal? Number)[]> Lines(ReportResult result)
    {
        var rowDims = Math.Max(1, result.RowDimensions.Count);
        var header = new List<(string?, decimal?)>();
        header.AddRange(result.RowDimensions.Count == 0 ? [(string.Empty, null)] : result.RowDimensions.Select(d => ((string?)d, (decimal?)null)));
        header.AddRange(result.Columns.Select(c => ((string?)c.Title, (decimal?)null)));
        yield return [.. header];
        foreach (var row in result.Rows)
        {
            var line = new (string? Text, decimal? Number)[rowDims + result.Columns.Count];
            for (var d = 0; d < rowDims; d++)
            {
                line[d] = (d < row.Level ? row.Labels[d] : d == row.Level ? "Total" : string.Empty, null);
            }

            for (var c = 0; c < row.Cells.Count; c++)
            {
                var value = row.Cells[c];
                line[rowDims + c] = value.TryGetNumber(out var number) ? (null, number) : (value.ToString(), null);
            }

            yield return line;
        }
    }

    private static string Escape(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '@' or '\t' or '\r' || (text.Length > 1 && text[0] == '-' && !char.IsDigit(text[1])))
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
