using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Diagnostics;
using Formwork.Forms.Internal;
using Formwork.Forms.Internal.Import;
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
        var now = _engine.Now;
        int dataRows;
        try
        {
            dataRows = await PrepareAsync(form, rows, options, now, diagnostics, errors, prepared, cancellationToken).ConfigureAwait(false);
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

        var (created, updated) = (0, 0);
        if (options.Mode == ImportMode.AllOrNothing)
        {
            var records = await BuildAsync(prepared, options, now, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<StoredRecord> saved;
            try
            {
                saved = await _engine.Records.WriteBatchAsync(records.ConvertAll(r => r.Write), cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyException ex)
            {
                errors.Add(RowError(0, null, FormEngine.ToError(form, ex, string.Empty, 0)));
                return new ImportResult(0, 0, dataRows, errors, diagnostics);
            }

            // Audit entries and events go out per batch, after the one atomic write (see PublishRecordEventsAsync for replay).
            for (var start = 0; start < saved.Count; start += options.BatchSize)
            {
                var written = new List<(StoredRecord? Before, StoredRecord After)>(Math.Min(options.BatchSize, saved.Count - start));
                for (var i = start; i < saved.Count && i < start + options.BatchSize; i++)
                {
                    written.Add((records[i].Before, saved[i]));
                }

                await PublishAsync(form, written, options, cancellationToken).ConfigureAwait(false);
                Count(written, ref created, ref updated);
            }
        }
        else
        {
            for (var start = 0; start < prepared.Count; start += options.BatchSize)
            {
                var chunk = prepared.GetRange(start, Math.Min(options.BatchSize, prepared.Count - start));
                var records = await BuildAsync(chunk, options, now, cancellationToken).ConfigureAwait(false);
                var written = new List<(StoredRecord? Before, StoredRecord After)>(records.Count);
                try
                {
                    var saved = await _engine.Records.WriteBatchAsync(records.ConvertAll(r => r.Write), cancellationToken).ConfigureAwait(false);
                    for (var i = 0; i < saved.Count; i++)
                    {
                        written.Add((records[i].Before, saved[i]));
                    }
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

                // Each batch's audit entries and events follow its write, so a large import holds one batch of them at a time.
                await PublishAsync(form, written, options, cancellationToken).ConfigureAwait(false);
                Count(written, ref created, ref updated);
            }
        }

        return new ImportResult(created, updated, dataRows - created - updated, errors, diagnostics);
    }

    private Task PublishAsync(CompiledForm form, List<(StoredRecord? Before, StoredRecord After)> written, ImportOptions options, CancellationToken cancellationToken) =>
        written.Count == 0 ? Task.CompletedTask : _engine.PublishAsync(form, written, options.Actor, cancellationToken);

    private static void Count(List<(StoredRecord? Before, StoredRecord After)> written, ref int created, ref int updated)
    {
        foreach (var (before, _) in written)
        {
            if (before is null)
            {
                created++;
            }
            else
            {
                updated++;
            }
        }
    }

    private async Task<int> PrepareAsync(CompiledForm form, IEnumerable<IReadOnlyList<string?>> rows, ImportOptions options, DateTimeOffset now, List<Diagnostic> diagnostics, List<ImportRowError> errors, List<PreparedRow> prepared, CancellationToken cancellationToken)
    {
        ImportColumn?[]? columns = null;
        IReadOnlyList<string?> headers = [];
        var keyFields = new List<CompiledField>();
        Dictionary<string, StoredRecord>? existing = null;
        RecordGrouper? grouper = null;
        var seenKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenUnique = new Dictionary<string, int>(StringComparer.Ordinal);
        var submitOptions = new SubmissionOptions { Actor = options.Actor, Profile = options.Profile };
        var buildOptions = new SubmissionOptions { Actor = options.Actor };
        var ids = new RecordIds();
        var rowNumber = 0;
        var fileRows = 0;
        var records = 0;
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

                var flatSubforms = columns.Where(c => c is { Flat: true }).Select(c => c!.Field).Distinct().Count();
                if (flatSubforms > 0)
                {
                    grouper = new RecordGrouper(columns, headers, keyFields, flatSubforms * (form.Plan.MaxSubformRows + 1));
                }

                continue;
            }

            if (IsBlank(row))
            {
                continue;
            }

            fileRows++;
            if (fileRows > _engine.Options.MaxImportRows)
            {
                diagnostics.Add(Diagnostic.Error(FormMessages.TooManyImportRows, "$", null, ("max", _engine.Options.MaxImportRows)));
                return records;
            }

            ImportRecordRows? record;
            if (grouper is null)
            {
                record = new ImportRecordRows(rowNumber, row, null);
            }
            else
            {
                record = grouper.Add(rowNumber, row, out var orphan);
                if (orphan is not null)
                {
                    records++;
                    errors.Add(orphan);
                    ForgetPrepared(options, errors, prepared);
                }
            }

            if (record is not null)
            {
                records++;
                await PrepareRecordAsync(record).ConfigureAwait(false);
            }
        }

        if (grouper?.Flush() is { } last)
        {
            records++;
            await PrepareRecordAsync(last).ConfigureAwait(false);
        }

        return records;

        async Task PrepareRecordAsync(ImportRecordRows record)
        {
            if (record.Errors is { } grouping)
            {
                errors.AddRange(grouping);
                ForgetPrepared(options, errors, prepared);
                return;
            }

            StoredRecord? stored = null;
            Dictionary<CompiledField, SortedList<int, RecordData>>? cells;
            if (existing is not null)
            {
                // Normalise once to find the key, then run the whole pipeline against the stored record it matches.
                var probe = _engine.Prepare(form, submitOptions, null);
                probe.ComputeOnly = true;
                ReadRow(probe, record, columns!);
                var key = probe.Errors.Count == 0 ? Key(keyFields.Select(f => probe.Slots[f.Slot])) : null;
                probe.Release();
                if (key is not null)
                {
                    if (seenKeys.TryGetValue(key, out var other))
                    {
                        errors.Add(new ImportRowError { Row = record.Row, Code = FormMessages.DuplicateImportKey.Code, Message = Fill(FormMessages.DuplicateImportKey.English, record.Row, other), MessageChinese = Fill(FormMessages.DuplicateImportKey.Chinese, record.Row, other) });
                        ForgetPrepared(options, errors, prepared);
                        return;
                    }

                    seenKeys[key] = record.Row;
                    existing.TryGetValue(key, out stored);
                    if (stored is not null && FormEngine.OutOfScope(form, stored, submitOptions) is { } refused)
                    {
                        // An upsert may not reach a record outside the importer's profile (another rep's lead).
                        errors.Add(RowError(record.Row, null, refused));
                        ForgetPrepared(options, errors, prepared);
                        return;
                    }
                }
            }

            var submission = _engine.Prepare(form, stored is null ? submitOptions : submitOptions with { RecordId = stored.Id }, stored?.Data);
            cells = ReadRow(submission, record, columns!);
            SubmissionPipeline.ApplyDefaults(submission);
            await _engine.CompleteAsync(submission, stored, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<Diagnostic> rowErrors = submission.Errors;
            if (rowErrors.Count == 0)
            {
                foreach (var field in form.Plan.UniqueFields)
                {
                    var value = submission.Slots[field.Slot];
                    if (!value.IsBlank && !seenUnique.TryAdd(FormEngine.UniqueKey(field, value), record.Row))
                    {
                        rowErrors = [FieldValidator.Error(FormMessages.NotUnique, field.Name, field, ("value", SubmissionPipeline.Display(value)))];
                    }
                }
            }

            if (rowErrors.Count > 0)
            {
                foreach (var error in rowErrors)
                {
                    var (at, column) = Locate(error.Path, record, columns!, headers, cells);
                    errors.Add(RowError(at, column, error));
                }

                submission.Release();
                ForgetPrepared(options, errors, prepared);
                return;
            }

            if (options.Mode == ImportMode.AllOrNothing && errors.Count > 0)
            {
                // Nothing will be written: keep validating the rest for the report, without holding the rows.
                submission.Release();
                return;
            }

            if (form.Plan.SerialFields.Length == 0)
            {
                // No serial numbers to allocate at write time: build the stored record now and give the working arrays back.
                var built = FormEngine.BuildRecord(submission, stored is null ? buildOptions with { NewRecordId = ids.Next() } : buildOptions, stored, now);
                submission.Release();
                prepared.Add(new PreparedRow(record.Row, null, stored, stored is null ? RecordWrite.Insert(built) : RecordWrite.Update(built, stored.Version)));
            }
            else
            {
                prepared.Add(new PreparedRow(record.Row, submission, stored, null));
            }
        }
    }

    /// <summary>In all-or-nothing mode, once a row failed nothing will be written: give the prepared rows back.</summary>
    private static void ForgetPrepared(ImportOptions options, List<ImportRowError> errors, List<PreparedRow> prepared)
    {
        if (options.Mode == ImportMode.AllOrNothing && errors.Count > 0 && prepared.Count > 0)
        {
            foreach (var row in prepared)
            {
                row.Submission?.Release();
            }

            prepared.Clear();
        }
    }

    private async Task<List<(RecordWrite Write, StoredRecord? Before)>> BuildAsync(IReadOnlyList<PreparedRow> rows, ImportOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var writes = new List<(RecordWrite, StoredRecord?)>(rows.Count);
        var buildOptions = new SubmissionOptions { Actor = options.Actor };
        var ids = new RecordIds();
        foreach (var row in rows)
        {
            if (row.Write is { } built)
            {
                writes.Add((built, row.Stored));
                continue;
            }

            var submission = row.Submission!;
            if (row.Stored is null)
            {
                await _engine.AllocateSerialNumbersAsync(submission, now, cancellationToken).ConfigureAwait(false);
            }

            var record = FormEngine.BuildRecord(submission, row.Stored is null ? buildOptions with { NewRecordId = ids.Next() } : buildOptions, row.Stored, now);
            submission.Release();
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

    /// <summary>Gets whether a row has no cells of its own (cells repeated from a merged range above do not count).</summary>
    private static bool IsBlank(IReadOnlyList<string?> row)
    {
        var sheet = row as SheetRow;
        for (var i = 0; i < row.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(row[i]) && sheet?.IsMergedFromAbove(i) != true)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Normalises a record's cells straight into the submission's slots: top-level columns as text; subform cells
    /// (<c>lines[0].quantity</c>) grouped into rows in index order; flat subform columns (<c>lines.quantity</c>) one
    /// line per file row of the record. A subform row whose cells are all blank is left out. Returns each subform's
    /// rows keyed by their column index (indexed cells) or file row number (flat columns), to map error paths back.
    /// </summary>
    private static Dictionary<CompiledField, SortedList<int, RecordData>>? ReadRow(Submission submission, ImportRecordRows record, ImportColumn?[] columns)
    {
        Dictionary<CompiledField, SortedList<int, RecordData>>? cells = null;
        var row = record.Cells;
        for (var i = 0; i < columns.Length && i < row.Count; i++)
        {
            if (columns[i] is not { Flat: false } column || string.IsNullOrWhiteSpace(row[i]))
            {
                continue;
            }

            if (column.Child is null)
            {
                SubmissionPipeline.NormalizeField(submission, column.Field, Value.FromText(row[i]));
                continue;
            }

            Cell(ref cells, column.Field, column.Row)[column.Child.Name] = Value.FromText(row[i]);
        }

        if (record.Lines is { } lines)
        {
            foreach (var (number, line) in lines)
            {
                for (var i = 0; i < columns.Length && i < line.Count; i++)
                {
                    if (columns[i] is { Flat: true } column && !string.IsNullOrWhiteSpace(line[i]))
                    {
                        Cell(ref cells, column.Field, number)[column.Child!.Name] = Value.FromText(line[i]);
                    }
                }
            }
        }

        if (cells is not null)
        {
            foreach (var (subform, rows) in cells)
            {
                // The rows were built here for this table alone: hand them over without a copy.
                SubmissionPipeline.NormalizeField(submission, subform, Value.FromTable([.. rows.Values], takeOwnership: true));
            }
        }

        return cells;
    }

    private static RecordData Cell(ref Dictionary<CompiledField, SortedList<int, RecordData>>? cells, CompiledField subform, int index)
    {
        cells ??= [];
        if (!cells.TryGetValue(subform, out var rows))
        {
            cells[subform] = rows = [];
        }

        if (!rows.TryGetValue(index, out var cellRow))
        {
            rows[index] = cellRow = new RecordData();
        }

        return cellRow;
    }

    /// <summary>Maps an error's field path to the file row and the column header of its cell.</summary>
    private static (int Row, string? Column) Locate(string? path, ImportRecordRows record, ImportColumn?[] columns, IReadOnlyList<string?> headers, Dictionary<CompiledField, SortedList<int, RecordData>>? cells)
    {
        if (path is null)
        {
            return (record.Row, null);
        }

        // A subform cell's error path counts the rows read (blank rows left out): map it back to the file's row index
        // (indexed columns) or to the file row of the line (flat columns).
        var open = path.IndexOf('[', StringComparison.Ordinal);
        var close = path.IndexOf("].", StringComparison.Ordinal);
        if (cells is not null && open > 0 && close > open && int.TryParse(path.AsSpan(open + 1, close - open - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            foreach (var (subform, rows) in cells)
            {
                if (!string.Equals(subform.Name, path[..open], StringComparison.OrdinalIgnoreCase) || index >= rows.Count)
                {
                    continue;
                }

                var child = path[(close + 2)..];
                if (record.Lines is not null && Array.Exists(columns, c => c is { Flat: true } && c.Field == subform))
                {
                    var flat = Array.FindIndex(columns, c => c is { Flat: true } && c.Field == subform && string.Equals(c.Child!.Name, child, StringComparison.OrdinalIgnoreCase));
                    return (rows.Keys[index], flat < 0 ? null : headers[flat]);
                }

                path = FieldPath.Cell(subform.Name, rows.Keys[index], child).ToString();
                break;
            }
        }

        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] is { Flat: false } column && string.Equals(column.Path, path, StringComparison.OrdinalIgnoreCase))
            {
                return (record.Row, headers[i]);
            }
        }

        return (record.Row, null);
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

    /// <summary>A valid row waiting for its write: the built write, or the submission when serial numbers are allocated at write time.</summary>
    private sealed record PreparedRow(int Row, Submission? Submission, StoredRecord? Stored, RecordWrite? Write);
}
