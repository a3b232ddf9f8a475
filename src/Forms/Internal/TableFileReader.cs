using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Formwork.Forms.Internal.Import;

namespace Formwork.Forms.Internal;

/// <summary>Reads CSV (CsvHelper) and XLSX (Open XML SDK) files as rows of strings; dates in XLSX become ISO text.</summary>
internal static class TableFileReader
{
    private const int DetectionBytes = 64 * 1024;

    /// <summary>
    /// Reads CSV rows. Without an explicit encoding: a byte order mark decides; else UTF-8 when the first 64 KB are valid
    /// UTF-8, else GB18030 (a superset of GBK and GB2312, what Chinese Excel saves as "CSV").
    /// </summary>
    public static IEnumerable<string?[]> ReadCsv(Stream stream, Encoding? encoding)
    {
        // Detection reads the stream, so it runs on the first MoveNext, where the importer reports unreadable files.
        if (encoding is null)
        {
            (stream, encoding) = Detect(stream);
        }

        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null, MissingFieldFound = null, DetectDelimiter = true };
        using var parser = new CsvParser(reader, configuration);
        while (parser.Read())
        {
            yield return parser.Record ?? [];
        }
    }

    /// <summary>Detects UTF-8 or GB18030 from the first bytes; a stream that cannot seek is buffered so it can be read from the start.</summary>
    public static (Stream Stream, Encoding Encoding) Detect(Stream stream)
    {
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        var start = stream.Position;
        var buffer = new byte[(int)Math.Min(DetectionBytes, Math.Max(0, stream.Length - start))];
        var read = 0;
        while (read < buffer.Length && stream.Read(buffer, read, buffer.Length - read) is var n and > 0)
        {
            read += n;
        }

        stream.Position = start;
        var bytes = buffer.AsSpan(0, read);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (stream, Encoding.UTF8);
        }

        return (stream, IsUtf8(bytes, isFinal: start + read >= stream.Length) ? Encoding.UTF8 : Gb18030);
    }

    /// <summary>Gets the GB18030 encoding (code page 54936) from the code pages provider of the shared framework, without registering it process-wide.</summary>
    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool isFinal)
    {
        var chars = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: isFinal);
        return status is OperationStatus.Done or OperationStatus.NeedMoreData;
    }

    /// <summary>
    /// Reads the rows of the first (or the named) sheet. A vertically merged range repeats its value in the cells of its
    /// first column on the rows below (as <see cref="SheetRow"/> cells marked merged); other cells of a range stay blank.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string?>> ReadXlsx(Stream stream, string? sheetName)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("the file has no workbook");
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = (sheetName is null ? sheets.FirstOrDefault() : sheets.FirstOrDefault(s => s.Name?.Value == sheetName))
            ?? throw new InvalidDataException(sheetName is null ? "the workbook has no sheet" : $"the workbook has no sheet named '{sheetName}'");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var dateStyles = DateStyles(workbook);
        var merged = MergedRanges(part.Worksheet);
        var open = new Dictionary<int, (int LastRow, string? Value)>();
        var expected = 1;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var index = (int)(row.RowIndex?.Value ?? (uint)expected);
            for (; expected < index; expected++)
            {
                yield return [];
            }

            var cells = new List<string?>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add(null);
                }

                cells.Add(CellText(cell, shared, dateStyles));
            }

            expected = index + 1;
            if (merged.Count == 0 && open.Count == 0)
            {
                yield return [.. cells];
                continue;
            }

            yield return Merge(index, cells, merged, open);
        }
    }

    /// <summary>Fills the first column of every open merged range on this row and opens the ranges that start here.</summary>
    private static SheetRow Merge(int rowIndex, List<string?> cells, Dictionary<(int Row, int Column), int> merged, Dictionary<int, (int LastRow, string? Value)> open)
    {
        var width = cells.Count;
        foreach (var column in open.Keys)
        {
            width = Math.Max(width, column + 1);
        }

        var values = new string?[width];
        cells.CopyTo(values);
        var marks = new bool[width];
        foreach (var column in open.Keys.ToList())
        {
            var (lastRow, value) = open[column];
            if (rowIndex > lastRow)
            {
                open.Remove(column);
            }
            else if (string.IsNullOrEmpty(values[column]))
            {
                values[column] = value;
                marks[column] = true;
            }
        }

        for (var column = 0; column < cells.Count; column++)
        {
            if (merged.TryGetValue((rowIndex, column), out var lastRow) && lastRow > rowIndex)
            {
                open[column] = (lastRow, cells[column]);
            }
        }

        return new SheetRow(values, marks);
    }

    /// <summary>Reads the sheet's merged ranges that span rows: (first row, first column) → last row (rows 1-based, columns 0-based).</summary>
    private static Dictionary<(int Row, int Column), int> MergedRanges(Worksheet worksheet)
    {
        var result = new Dictionary<(int Row, int Column), int>();
        foreach (var merge in worksheet.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()))
        {
            var reference = merge.Reference?.Value;
            var colon = reference?.IndexOf(':', StringComparison.Ordinal) ?? -1;
            if (reference is null || colon < 0)
            {
                continue;
            }

            var (first, last) = (reference[..colon].Replace("$", string.Empty, StringComparison.Ordinal), reference[(colon + 1)..].Replace("$", string.Empty, StringComparison.Ordinal));
            if (RowNumber(first) is { } top && RowNumber(last) is { } bottom && bottom > top)
            {
                result[(top, ColumnIndex(first))] = bottom;
            }
        }

        return result;
    }

    private static int? RowNumber(string reference)
    {
        var start = 0;
        while (start < reference.Length && char.IsAsciiLetter(reference[start]))
        {
            start++;
        }

        var digits = reference.AsSpan(start);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row > 0 ? row : null;
    }

    private static string? CellText(Cell cell, string[] shared, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : null;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (raw is not null && (type is null || type == CellValues.Number) && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            var date = DateTime.FromOADate(serial);
            return date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var result = new HashSet<uint>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return result;
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && f.FormatCode?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 45 and <= 47 || (custom.TryGetValue(id, out var code) && IsDateCode(code)))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static bool IsDateCode(string code)
    {
        var inQuotes = false;
        foreach (var c in code)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is 'y' or 'Y' or 'd' or 'D' or 'h' or 'H')
            {
                return true;
            }
        }

        return false;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return Math.Max(0, index - 1);
    }
}
