using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Formwork.Expressions;
using Formwork.Reporting.Internal;
using Formwork.Stores;

namespace Formwork.Reporting;

/// <summary>
/// The rows a report runs over, held column by column. Built from records, only the columns a report needs are
/// projected into typed arrays (numbers as decimals, dates as day numbers, date-times as UTC ticks, everything else
/// dictionary-encoded), once, on first use; built with <see cref="DatasetRowsBuilder"/> the columns are typed arrays
/// from the start (millions of rows without one object per row). Thread-safe.
/// </summary>
public sealed class DatasetRows
{
    private readonly ConcurrentDictionary<string, Lazy<Column>> _columns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<CodedColumn>> _codes = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<RecordData>? _records;
    private readonly Func<string, Column>? _project;
    private readonly Func<int, RecordData>? _record;

    internal DatasetRows(ReportDataset dataset, int count, IReadOnlyList<RecordData>? records, string?[]? recordIds, string?[]? owners, string?[]? departments, IEnumerable<KeyValuePair<string, Column>>? columns)
    {
        Dataset = dataset;
        Count = count;
        _records = records;
        RecordIds = recordIds;
        OwnerIds = owners;
        DepartmentIds = departments;
        foreach (var (name, column) in columns ?? [])
        {
            _columns[name] = new Lazy<Column>(column);
        }
    }

    private DatasetRows(ReportDataset dataset, DatasetRows source, Func<string, Column> project, Func<int, RecordData> record)
        : this(dataset, source.Count, null, source.RecordIds, source.OwnerIds, source.DepartmentIds, null)
    {
        _project = project;
        _record = record;
    }

    /// <summary>Gets the dataset description.</summary>
    public ReportDataset Dataset { get; }

    /// <summary>Gets the number of rows.</summary>
    public int Count { get; }

    /// <summary>Gets a value indicating whether the rows carry owners and departments (row-level scope applies).</summary>
    public bool HasOwnership => OwnerIds is not null;

    internal string?[]? RecordIds { get; }

    internal string?[]? OwnerIds { get; }

    internal string?[]? DepartmentIds { get; }

    /// <summary>Creates rows from record data (no ownership: row-level scope cannot narrow them).</summary>
    /// <param name="dataset">The dataset description.</param>
    /// <param name="records">The records.</param>
    /// <returns>The rows.</returns>
    public static DatasetRows FromRecords(ReportDataset dataset, IEnumerable<RecordData> records)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToArray();
        return new DatasetRows(dataset, list.Length, list, null, null, null, null);
    }

    /// <summary>Creates rows from stored records, keeping ids, owners and departments for row-level scope.</summary>
    /// <param name="dataset">The dataset description.</param>
    /// <param name="records">The stored records.</param>
    /// <returns>The rows.</returns>
    public static DatasetRows FromStoredRecords(ReportDataset dataset, IEnumerable<StoredRecord> records)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToArray();
        return new DatasetRows(dataset, list.Length, list.Select(r => r.Data).ToArray(),
            list.Select(r => (string?)r.Id).ToArray(), list.Select(r => r.OwnerId).ToArray(), list.Select(r => r.DepartmentId).ToArray(), null);
    }

    /// <summary>Returns the value of a column in a row.</summary>
    /// <param name="row">The row index.</param>
    /// <param name="column">The column name.</param>
    /// <returns>The value (blank when the row has none).</returns>
    public Value GetValue(int row, string column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Count);
        return _records is not null ? (_records[row].TryGetValue(column, out var value) ? value : default) : GetColumn(column).ValueAt(row);
    }

    /// <summary>Returns a row as record data: the original record when the rows were built from records.</summary>
    /// <param name="row">The row index.</param>
    /// <returns>The record data (frozen).</returns>
    public RecordData GetRecord(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Count);
        if (_record is not null)
        {
            return _record(row);
        }

        if (_records is not null)
        {
            var record = _records[row];
            return record.IsFrozen ? record : record.Clone().Freeze();
        }

        var data = new RecordData();
        foreach (var column in Dataset.Columns)
        {
            if (_columns.ContainsKey(column.Name))
            {
                data[column.Name] = GetColumn(column.Name).ValueAt(row);
            }
        }

        return data.Freeze();
    }

    /// <summary>Returns the id of a row's record, when the rows came from stored records.</summary>
    /// <param name="row">The row index.</param>
    /// <returns>The record id, or <see langword="null"/>.</returns>
    public string? GetRecordId(int row) => RecordIds?[row];

    internal Column GetColumn(string name) =>
        _columns.GetOrAdd(name, n => new Lazy<Column>(() => Project(n))).Value;

    internal CodedColumn GetCodes(string name) =>
        _codes.GetOrAdd(name, n => new Lazy<CodedColumn>(() => GetColumn(n) switch
        {
            CodedColumn coded => coded,
            CascadeColumn cascade => cascade.Full,
            NumberColumn number => CodedColumn.EncodeNumbers(number),
            DayColumn day => CodedColumn.EncodeLongs(Array.ConvertAll(day.Days, d => (long)d), DayColumn.BlankDay, k => Value.FromDate(DateOnly.FromDayNumber((int)k))),
            InstantColumn instant => CodedColumn.EncodeLongs(instant.Ticks, InstantColumn.BlankTicks, k => Value.FromDateTime(new DateTimeOffset(k, TimeSpan.Zero))),
            var other => CodedColumn.Encode(other.Length, other.ValueAt),
        })).Value;

    internal CodedColumn GetDerived(Formula formula) =>
        _codes.GetOrAdd("\0formula:" + formula.Text, _ => new Lazy<CodedColumn>(() => CodedColumn.Encode(Count, Evaluator(formula)))).Value;

    /// <summary>
    /// Returns these rows joined to the records of another form through a relation field: the rows of
    /// <see cref="ReportDataset.Join"/>, whose <c>relationField.column</c> columns read the related record the relation
    /// points to (blank when it points to no record of <paramref name="related"/>).
    /// </summary>
    /// <param name="relationField">The column holding the relation (a record reference, a record id text, or a list of them: the first one is joined).</param>
    /// <param name="related">The related form's rows; they must carry record ids (<see cref="FromStoredRecords"/>).</param>
    /// <returns>The joined rows (ownership, ids and row order of these rows).</returns>
    /// <exception cref="ArgumentException">The relation column is unknown or the related rows have no record ids.</exception>
    public DatasetRows Join(string relationField, DatasetRows related)
    {
        ArgumentNullException.ThrowIfNull(related);
        var dataset = Dataset.Join(relationField, related.Dataset);
        if (related.RecordIds is not { } ids)
        {
            throw new ArgumentException("The related rows carry no record ids; build them from stored records.", nameof(related));
        }

        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] is { } id)
            {
                byId.TryAdd(id, i);
            }
        }

        var target = new Lazy<int[]>(() =>
        {
            var relation = GetColumn(relationField);
            var index = new int[Count];
            for (var i = 0; i < index.Length; i++)
            {
                index[i] = RelatedId(relation.ValueAt(i)) is { } id && byId.TryGetValue(id, out var r) ? r : -1;
            }

            return index;
        });
        var prefix = relationField + ".";
        var source = this;
        return new DatasetRows(dataset, this, name =>
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || Dataset.TryGetColumn(name, out _))
            {
                return source.GetColumn(name);
            }

            var inner = related.GetColumn(name[prefix.Length..]);
            var index = target.Value;
            return Project(dataset.GetColumn(name), index.Length, i => index[i] < 0 ? default : inner.ValueAt(index[i]));
        }, row =>
        {
            var data = source.GetRecord(row).Clone();
            var r = target.Value[row];
            if (r >= 0)
            {
                foreach (var (name, value) in related.GetRecord(r))
                {
                    data[prefix + name] = value;
                }
            }

            return data.Freeze();
        });
    }

    /// <summary>Returns what an actor with a permission profile may see of these rows: hidden columns left out, masked columns replaced by their masked text.</summary>
    internal DatasetRows WithAccess(Formwork.Forms.PermissionProfile profile, Func<string, Value, Value>? mask)
    {
        Value Mask(string column, Value value) => mask is null ? Dataset.MaskerOf(column)(value) : mask(column, value);
        var columns = new List<DatasetColumn>();
        foreach (var column in Dataset.Columns)
        {
            switch (profile.GetAccess(column.Name))
            {
                case Formwork.Forms.FieldAccess.Hidden:
                    break;
                case Formwork.Forms.FieldAccess.Masked:
                    columns.Add(new DatasetColumn(column.Name, ValueKind.Text, label: column.Label));
                    break;
                default:
                    columns.Add(column);
                    break;
            }
        }

        var dataset = new ReportDataset(Dataset.Id, columns);
        var source = this;
        return new DatasetRows(dataset, this, name =>
        {
            if (profile.GetAccess(name) != Formwork.Forms.FieldAccess.Masked)
            {
                return source.GetColumn(name);
            }

            var raw = source.GetColumn(name);
            return CodedColumn.Encode(Count, i => Mask(name, raw.ValueAt(i)));
        }, row =>
        {
            var view = new RecordData();
            foreach (var (name, value) in source.GetRecord(row))
            {
                var shown = View(profile, name, value, Mask);
                if (!shown.IsBlank)
                {
                    view[name] = shown;
                }
            }

            return view.Freeze();
        });
    }

    private static Value View(Formwork.Forms.PermissionProfile profile, string name, Value value, Func<string, Value, Value> mask)
    {
        switch (profile.GetAccess(name))
        {
            case Formwork.Forms.FieldAccess.Hidden:
                return default;
            case Formwork.Forms.FieldAccess.Masked:
                return mask(name, value);
        }

        if (value.Kind != ValueKind.Table)
        {
            return value;
        }

        return Value.FromTable(value.AsTable().Select(row =>
        {
            var view = new RecordData();
            foreach (var (column, cell) in row)
            {
                var shown = View(profile, name + "." + column, cell, mask);
                if (!shown.IsBlank)
                {
                    view[column] = shown;
                }
            }

            return view.Freeze();
        }));
    }

    private static string? RelatedId(Value value) => value.Kind switch
    {
        ValueKind.Reference => value.AsReference().RecordId,
        ValueKind.Text => value.AsText(),
        ValueKind.List => value.AsList().Select(RelatedId).FirstOrDefault(id => id is not null),
        _ => null,
    };

    /// <summary>Returns a formula's values as a typed column (dates, instants, numbers or a cascade of <paramref name="levels"/> levels), computed once.</summary>
    internal Column GetDerived(Formula formula, ValueKind kind, int levels) =>
        _columns.GetOrAdd($"\0formula:{kind}:{levels}:{formula.Text}", _ => new Lazy<Column>(() =>
        {
            var evaluate = Evaluator(formula);
            var shape = new DatasetColumn("formula", kind, levels > 0 ? Enumerable.Range(0, levels).Select(l => "level" + l.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null);
            return Project(shape, Count, evaluate);
        })).Value;

    private Func<int, Value> Evaluator(Formula formula)
    {
        var slots = new Value[formula.Scope.SlotCount];
        var inputs = formula.Scope.Entries.Where(e => formula.Dependencies.Contains(e.Name)).Select(e => (e.Slot, Column: GetColumn(e.Name))).ToArray();
        return i =>
        {
            foreach (var (slot, column) in inputs)
            {
                slots[slot] = column.ValueAt(i);
            }

            return formula.Evaluate(slots);
        };
    }

    private Column Project(string name)
    {
        if (_project is not null)
        {
            return _project(name);
        }

        var column = Dataset.GetColumn(name);
        if (_records is null)
        {
            throw new KeyNotFoundException($"The rows hold no column '{name}'.");
        }

        var records = _records;
        return Project(column, Count, i => records[i].TryGetValue(name, out var value) ? value : default);
    }

    private static Column Project(DatasetColumn column, int count, Func<int, Value> at)
    {
        if (column.IsCascade)
        {
            return CascadeColumn.Encode(count, column.Levels.Count, at);
        }

        switch (column.Kind)
        {
            case ValueKind.Number:
                var numbers = new decimal[count];
                bool[]? blank = null;
                for (var i = 0; i < count; i++)
                {
                    if (at(i).TryGetNumber(out var number))
                    {
                        numbers[i] = number;
                    }
                    else
                    {
                        (blank ??= new bool[count])[i] = true;
                    }
                }

                return new NumberColumn(numbers, blank);
            case ValueKind.Date:
                var days = new int[count];
                for (var i = 0; i < count; i++)
                {
                    var value = at(i);
                    days[i] = value.Kind switch
                    {
                        ValueKind.Date => value.AsDate().DayNumber,
                        ValueKind.DateTime => DateOnly.FromDateTime(value.AsDateTime().DateTime).DayNumber,
                        _ => DayColumn.BlankDay,
                    };
                }

                return new DayColumn(days);
            case ValueKind.DateTime:
                var ticks = new long[count];
                for (var i = 0; i < count; i++)
                {
                    var value = at(i);
                    ticks[i] = value.Kind switch
                    {
                        ValueKind.DateTime => value.AsDateTime().UtcTicks,
                        ValueKind.Date => value.AsDate().ToDateTime(TimeOnly.MinValue).Ticks,
                        _ => InstantColumn.BlankTicks,
                    };
                }

                return new InstantColumn(ticks);
            default:
                return CodedColumn.Encode(count, at);
        }
    }
}
