using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Diagnostics;
using Formwork.Forms.Internal;
using Formwork.Stores;

namespace Formwork.Forms;

/// <summary>
/// Imports CSV and XLSX files into a form's records: headers matched by name, label or alias; values converted
/// (Chinese and ISO dates, thousands separators, option labels); every row through the same pipeline as a
/// submission; all-or-nothing (one atomic store batch) or valid-rows-only; upsert by key fields.
/// </summary>
public sealed class FormImporter
{
    private readonly FormEngine _engine;

    /// <summary>Initializes the importer.</summary>
    /// <param name="engine">The form engine whose pipeline and stores the import uses.</param>
    public FormImporter(FormEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
    }

    /// <summary>Imports a CSV file (header row first; delimiter detected; encoding from a byte order mark, <see cref="ImportOptions.Encoding"/>, or detected: UTF-8 or GB18030/GBK).</summary>
    /// <param name="form">The compiled form.</param>
    /// <param name="csv">The file content.</param>
    /// <param name="options">The import options.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The result.</returns>
    public Task<ImportResult> ImportCsvAsync(CompiledForm form, Stream csv, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(options);
        return ImportAsync(form, TableFileReader.ReadCsv(csv, options.Encoding), options, cancellationToken);
    }

    /// <summary>Imports the first (or the named) sheet of an XLSX file; date-formatted cells are read as dates.</summary>
    /// <param name="form">The compiled form.</param>
    /// <param name="xlsx">The file content.</param>
    /// <param name="options">The import options.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The result.</returns>
    public Task<ImportResult> ImportXlsxAsync(CompiledForm form, Stream xlsx, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        ArgumentNullException.ThrowIfNull(options);
        return ImportAsync(form, TableFileReader.ReadXlsx(xlsx, options.SheetName), options, cancellationToken);
    }

    /// <summary>Imports rows of text; the first row holds the headers.</summary>
    /// <param name="form">The compiled form.</param>
    /// <param name="rows">The rows, header first.</param>
    /// <param name="options">The import options.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The result.</returns>
    public async Task<ImportResult> ImportAsync(CompiledForm form, IEnumerable<IReadOnlyList<string?>> rows, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        var diagnostics = new List<Diagnostic>();
        var errors = new List<ImportRowError>();
        var prepared = new List<PreparedRow>();
        int dataRows;
        try
        {
            dataRows = await PrepareAsync(form, rows, options, diagnostics, errors, prepared, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or CsvHelper.CsvHelperException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException)
        {
            diagnostics.Add(Diagnostic.Error(FormMessages.UnreadableFile, "$", null, ("error", ex.Message)));
            return new ImportResult(0, 0, 0, errors, diagnostics);
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return new ImportResult(0, 0, dataRows, errors, diagnostics);
        }

        if (options.Mode == ImportMode.AllOrNothing && errors.Count > 0)
        {
            return new ImportResult(0, 0, dataRows, errors, diagnostics);
        }

        var now = _engine.Now;
        var written = new List<(StoredRecord? Before, StoredRecord After)>();
        if (options.Mode == ImportMode.AllOrNothing)
        {
            var records = await BuildAsync(prepared, options, now, cancellationToken).ConfigureAwait(false);
            try
            {
                var saved = await _engine.Records.WriteBatchAsync(records.Select(r => r.Write).ToArray(), cancellationToken).ConfigureAwait(false);
                written.AddRange(saved.Select((s, i) => (records[i].Before, s)));
            }
            catch (ConcurrencyException ex)
            {
                errors.Add(RowError(0, null, FormEngine.ToError(form, ex, string.Empty, 0)));
                return new ImportResult(0, 0, dataRows, errors, diagnostics);
            }
        }
        else
        {
            foreach (var chunk in prepared.Chunk(options.BatchSize))
            {
                var records = await BuildAsync(chunk, options, now, cancellationToken).ConfigureAwait(false);
                try
                {
                    var saved = await _engine.Records.WriteBatchAsync(records.Select(r => r.Write).ToArray(), cancellationToken).ConfigureAwait(false);
                    written.AddRange(saved.Select((s, i) => (records[i].Before, s)));
                }
                catch (ConcurrencyException)
                {
                    // Someone else wrote in between: fall back to one write per row so only the conflicting rows fail.
                    for (var i = 0; i < records.Count; i++)
                    {
                        try
                        {
                            var saved = await _engine.Records.WriteBatchAsync([records[i].Write], cancellationToken).ConfigureAwait(false);
                            written.Add((records[i].Before, saved[0]));
                        }
                        catch (ConcurrencyException ex)
                        {
                            errors.Add(RowError(chunk[i].Row, null, FormEngine.ToError(form, ex, records[i].Write.Id, records[i].Write.ExpectedVersion)));
                        }
                    }
                }
            }
        }

        await _engine.PublishAsync(form, written, options.Actor, now, cancellationToken).ConfigureAwait(false);
        var updated = written.Count(w => w.Before is not null);
        return new ImportResult(written.Count - updated, updated, dataRows - written.Count, errors, diagnostics);
    }

    private async Task<int> PrepareAsync(CompiledForm form, IEnumerable<IReadOnlyList<string?>> rows, ImportOptions options, List<Diagnostic> diagnostics, List<ImportRowError> errors, List<PreparedRow> prepared, CancellationToken cancellationToken)
    {
        ImportColumn?[]? columns = null;
        IReadOnlyList<string?> headers = [];
        var keyFields = new List<CompiledField>();
        Dictionary<string, StoredRecord>? existing = null;
        var seenKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenUnique = new Dictionary<string, int>(StringComparer.Ordinal);
        var submitOptions = new SubmissionOptions { Actor = options.Actor, Profile = options.Profile };
        var rowNumber = 0;
        var dataRows = 0;
        foreach (var row in rows)
        {
            rowNumber++;
            if (columns is null)
            {
                headers = row;
                columns = HeaderMatcher.Match(form, row, diagnostics);
                foreach (var keyName in options.KeyFields)
                {
                    var field = form.FindField(keyName);
                    if (field is null || !columns.Any(c => c is not null && c.Child is null && c.Field == field))
                    {
                        diagnostics.Add(Diagnostic.Error(FormMessages.MissingKeyColumn, "$", null, ("field", keyName)));
                    }
                    else
                    {
                        keyFields.Add(field);
                    }
                }

                if (diagnostics.Any(d => d.IsError))
                {
                    return 0;
                }

                if (keyFields.Count > 0)
                {
                    existing = await LoadKeysAsync(form, keyFields, cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            if (IsBlank(row))
            {
                continue;
            }

            dataRows++;
            if (dataRows > _engine.Options.MaxImportRows)
            {
                diagnostics.Add(Diagnostic.Error(FormMessages.TooManyImportRows, "$", null, ("max", _engine.Options.MaxImportRows)));
                return dataRows;
            }

            var (data, cells) = ReadRow(row, columns);
            StoredRecord? stored = null;
            if (existing is not null)
            {
                // Normalise once to find the key, then run the whole pipeline against the stored record it matches.
                var probe = _engine.Prepare(form, data, submitOptions, null);
                SubmissionPipeline.Normalize(probe, data);
                var key = probe.Errors.Count == 0 ? Key(keyFields.Select(f => probe.Slots[f.Slot])) : null;
                probe.Release();
                if (key is not null)
                {
                    if (seenKeys.TryGetValue(key, out var other))
                    {
                        errors.Add(new ImportRowError { Row = rowNumber, Code = FormMessages.DuplicateImportKey.Code, Message = Fill(FormMessages.DuplicateImportKey.English, rowNumber, other), MessageChinese = Fill(FormMessages.DuplicateImportKey.Chinese, rowNumber, other) });
                        continue;
                    }

                    seenKeys[key] = rowNumber;
                    existing.TryGetValue(key, out stored);
                }
            }

            var (submission, _, failure) = await _engine.RunAsync(form, data, stored is null ? submitOptions : submitOptions with { RecordId = stored.Id }, stored, cancellationToken).ConfigureAwait(false);
            var rowErrors = failure?.Errors ?? submission!.Errors;
            if (rowErrors.Count == 0)
            {
                foreach (var field in form.Plan.UniqueFields)
                {
                    var value = submission!.Slots[field.Slot];
                    if (!value.IsBlank && !seenUnique.TryAdd(FormEngine.UniqueKey(field, value), rowNumber))
                    {
                        rowErrors = [FieldValidator.Error(FormMessages.NotUnique, field.Name, field, ("value", SubmissionPipeline.Display(value)))];
                    }
                }
            }

            if (rowErrors.Count > 0)
            {
                foreach (var error in rowErrors)
                {
                    errors.Add(RowError(rowNumber, ColumnOf(error.Path, columns, headers, cells), error));
                }

                submission?.Release();
                continue;
            }

            prepared.Add(new PreparedRow(rowNumber, submission!, stored));
        }

        return dataRows;
    }

    private async Task<List<(RecordWrite Write, StoredRecord? Before)>> BuildAsync(IReadOnlyList<PreparedRow> rows, ImportOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var writes = new List<(RecordWrite, StoredRecord?)>(rows.Count);
        var buildOptions = new SubmissionOptions { Actor = options.Actor };
        foreach (var row in rows)
        {
            if (row.Stored is null)
            {
                await _engine.AllocateSerialNumbersAsync(row.Submission, now, cancellationToken).ConfigureAwait(false);
            }

            var record = FormEngine.BuildRecord(row.Submission, buildOptions, row.Stored, now);
            row.Submission.Release();
            writes.Add((row.Stored is null ? RecordWrite.Insert(record) : RecordWrite.Update(record, row.Stored.Version), row.Stored));
        }

        return writes;
    }

    private async Task<Dictionary<string, StoredRecord>> LoadKeysAsync(CompiledForm form, List<CompiledField> keyFields, CancellationToken cancellationToken)
    {
        var index = new Dictionary<string, StoredRecord>(StringComparer.Ordinal);
        const int PageSize = 5000;
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await _engine.Records.QueryAsync(new RecordQuery { FormId = form.Id, Skip = skip, Take = PageSize }, cancellationToken).ConfigureAwait(false);
            foreach (var record in page.Items)
            {
                index.TryAdd(Key(keyFields.Select(f => record.Data[f.Name])), record);
            }

            if (page.Items.Count < PageSize)
            {
                return index;
            }
        }
    }

    private static string Key(IEnumerable<Value> values) => string.Join("\u001F", values.Select(v => v.Kind == ValueKind.Text ? v.AsText().ToUpperInvariant() : v.ToString()));

    private static bool IsBlank(IReadOnlyList<string?> row)
    {
        for (var i = 0; i < row.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(row[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Builds a row's raw data: top-level columns as text, and subform cells (<c>lines[0].quantity</c>) grouped into
    /// rows in index order; a subform row whose cells are all blank is left out. Returns the original row indexes of
    /// each subform's rows, to map error paths back to their columns.
    /// </summary>
    private static (RecordData Data, Dictionary<CompiledField, SortedList<int, RecordData>>? Cells) ReadRow(IReadOnlyList<string?> row, ImportColumn?[] columns)
    {
        var data = new RecordData();
        Dictionary<CompiledField, SortedList<int, RecordData>>? cells = null;
        for (var i = 0; i < columns.Length && i < row.Count; i++)
        {
            if (columns[i] is not { } column || string.IsNullOrWhiteSpace(row[i]))
            {
                continue;
            }

            if (column.Child is null)
            {
                data[column.Field.Name] = Value.FromText(row[i]);
                continue;
            }

            cells ??= [];
            if (!cells.TryGetValue(column.Field, out var rows))
            {
                cells[column.Field] = rows = [];
            }

            if (!rows.TryGetValue(column.Row, out var cellRow))
            {
                rows[column.Row] = cellRow = new RecordData();
            }

            cellRow[column.Child.Name] = Value.FromText(row[i]);
        }

        if (cells is not null)
        {
            foreach (var (subform, rows) in cells)
            {
                data[subform.Name] = Value.FromTable(rows.Values);
            }
        }

        return (data, cells);
    }

    private static string? ColumnOf(string? path, ImportColumn?[] columns, IReadOnlyList<string?> headers, Dictionary<CompiledField, SortedList<int, RecordData>>? cells)
    {
        if (path is null)
        {
            return null;
        }

        // A subform cell's error path counts the rows read (blank rows left out): map it back to the file's row index.
        var open = path.IndexOf('[', StringComparison.Ordinal);
        var close = path.IndexOf("].", StringComparison.Ordinal);
        if (cells is not null && open > 0 && close > open && int.TryParse(path.AsSpan(open + 1, close - open - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            foreach (var (subform, rows) in cells)
            {
                if (string.Equals(subform.Name, path[..open], StringComparison.OrdinalIgnoreCase) && index < rows.Count)
                {
                    path = FieldPath.Cell(subform.Name, rows.Keys[index], path[(close + 2)..]).ToString();
                    break;
                }
            }
        }

        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] is { } column && string.Equals(column.Path, path, StringComparison.OrdinalIgnoreCase))
            {
                return headers[i];
            }
        }

        return null;
    }

    private static ImportRowError RowError(int row, string? column, Diagnostic error) => new()
    {
        Row = row,
        Column = column,
        Field = error.Path is "$" ? null : error.Path,
        Code = error.Code,
        Message = error.Message,
        MessageChinese = error.MessageChinese,
    };

    private static string Fill(string template, int row, int other) =>
        MessageTemplate.Fill(template, new Dictionary<string, object?> { ["row"] = row, ["other"] = other });

    private sealed record PreparedRow(int Row, Submission Submission, StoredRecord? Stored);
}
