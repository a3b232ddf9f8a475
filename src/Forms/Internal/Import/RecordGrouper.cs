using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Diagnostics;

namespace Formwork.Forms.Internal.Import;

/// <summary>
/// Groups consecutive file rows into records when a file has flat subform columns (<c>明细.产品</c>): a row whose record
/// cells are all blank (or, with key fields, whose key cells are blank or repeat the previous row's key) continues the
/// previous record with one more subform line; any other row starts a record. Cells of a vertically merged XLSX range
/// count as repeated. A continued record's cells must agree with its first row's (or be blank).
/// </summary>
internal sealed class RecordGrouper
{
    private readonly IReadOnlyList<string?> _headers;
    private readonly int[] _recordColumns;
    private readonly int[] _keyColumns;
    private readonly int[] _flatColumns;
    private readonly int _maxLines;
    private string?[]? _cells;
    private int _start;
    private List<(int Row, IReadOnlyList<string?> Cells)>? _lines;
    private int _lineCount;
    private List<ImportRowError>? _errors;

    /// <summary>Initializes the grouper.</summary>
    /// <param name="columns">The matched columns.</param>
    /// <param name="headers">The header row.</param>
    /// <param name="keyFields">The import's key fields (empty: blank record cells continue a record).</param>
    /// <param name="maxLines">
    /// The most file rows with subform cells kept per record: more are dropped, which loses nothing, since by then
    /// some subform has more rows than the limit and the pipeline refuses the record.
    /// </param>
    public RecordGrouper(ImportColumn?[] columns, IReadOnlyList<string?> headers, IReadOnlyList<CompiledField> keyFields, int maxLines)
    {
        _headers = headers;
        _maxLines = maxLines;
        var record = new List<int>();
        var keys = new List<int>();
        var flat = new List<int>();
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] is { Flat: true })
            {
                flat.Add(i);
            }

            if (columns[i] is not { Flat: false } column)
            {
                continue;
            }

            record.Add(i);
            if (column.Child is null && keyFields.Contains(column.Field))
            {
                keys.Add(i);
            }
        }

        _recordColumns = [.. record];
        _keyColumns = [.. keys];
        _flatColumns = [.. flat];
    }

    /// <summary>Adds a non-blank file row; returns the record it completes (when it starts the next one), or <see langword="null"/>.</summary>
    /// <param name="rowNumber">The file row number.</param>
    /// <param name="row">The cells.</param>
    /// <param name="orphan">Set to the error of a row that continues a record when none has started.</param>
    /// <returns>The completed record, or <see langword="null"/>.</returns>
    public ImportRecordRows? Add(int rowNumber, IReadOnlyList<string?> row, out ImportRowError? orphan)
    {
        orphan = null;
        if (Continues(row))
        {
            if (_cells is null)
            {
                orphan = new ImportRowError
                {
                    Row = rowNumber,
                    Code = FormMessages.ContinuationWithoutRecord.Code,
                    Message = MessageTemplate.Fill(FormMessages.ContinuationWithoutRecord.English, new Dictionary<string, object?> { ["row"] = rowNumber }),
                    MessageChinese = MessageTemplate.Fill(FormMessages.ContinuationWithoutRecord.Chinese, new Dictionary<string, object?> { ["row"] = rowNumber }),
                };
                return null;
            }

            Append(rowNumber, row);
            return null;
        }

        var done = Flush();
        _start = rowNumber;
        _cells = new string?[Math.Max(row.Count, _headers.Count)];
        for (var i = 0; i < row.Count; i++)
        {
            _cells[i] = row[i];
        }

        _lines = [(rowNumber, row)];
        _lineCount = HasLine(row) ? 1 : 0;
        return done;
    }

    /// <summary>Returns the record being grouped, if any, and starts over.</summary>
    /// <returns>The last record, or <see langword="null"/>.</returns>
    public ImportRecordRows? Flush()
    {
        if (_cells is null)
        {
            return null;
        }

        var done = new ImportRecordRows(_start, _cells, _lines) { Errors = _errors };
        (_cells, _lines, _errors) = (null, null, null);
        return done;
    }

    private bool Continues(IReadOnlyList<string?> row)
    {
        if (_recordColumns.Length == 0)
        {
            // Only subform columns: the whole file is one record.
            return _cells is not null;
        }

        if (_keyColumns.Length > 0)
        {
            var blank = true;
            var same = _cells is not null;
            foreach (var i in _keyColumns)
            {
                var cell = Cell(row, i);
                blank &= cell.Length == 0;
                same = same && (cell.Length == 0 || string.Equals(cell, _cells![i]?.Trim(), StringComparison.OrdinalIgnoreCase));
            }

            return blank || same;
        }

        foreach (var i in _recordColumns)
        {
            if (Cell(row, i).Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    private void Append(int rowNumber, IReadOnlyList<string?> row)
    {
        foreach (var i in _recordColumns)
        {
            var cell = Cell(row, i);
            if (cell.Length == 0)
            {
                continue;
            }

            var first = _cells![i]?.Trim() ?? string.Empty;
            if (first.Length == 0)
            {
                _cells[i] = cell;
            }
            else if (!string.Equals(cell, first, StringComparison.Ordinal))
            {
                var arguments = new Dictionary<string, object?> { ["row"] = rowNumber, ["start"] = _start, ["column"] = _headers[i], ["value"] = cell, ["first"] = first };
                (_errors ??= []).Add(new ImportRowError
                {
                    Row = rowNumber,
                    Column = _headers[i],
                    Code = FormMessages.ParentCellsDisagree.Code,
                    Message = MessageTemplate.Fill(FormMessages.ParentCellsDisagree.English, arguments),
                    MessageChinese = MessageTemplate.Fill(FormMessages.ParentCellsDisagree.Chinese, arguments),
                });
            }
        }

        if (_lineCount < _maxLines && HasLine(row))
        {
            _lines!.Add((rowNumber, row));
            _lineCount++;
        }
    }

    private bool HasLine(IReadOnlyList<string?> row)
    {
        foreach (var i in _flatColumns)
        {
            if (i < row.Count && !string.IsNullOrWhiteSpace(row[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets a record cell's trimmed text; a cell continuing a merged range counts as blank.</summary>
    private static string Cell(IReadOnlyList<string?> row, int i) =>
        i < row.Count && row[i] is { } text && !(row is SheetRow sheet && sheet.IsMergedFromAbove(i)) ? text.Trim() : string.Empty;
}
