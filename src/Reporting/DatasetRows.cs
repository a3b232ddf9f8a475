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
        _codes.GetOrAdd("\0formula:" + formula.Text, _ => new Lazy<CodedColumn>(() =>
        {
            var slots = new Value[formula.Scope.SlotCount];
            var inputs = formula.Scope.Entries.Where(e => formula.Dependencies.Contains(e.Name)).Select(e => (e.Slot, Column: GetColumn(e.Name))).ToArray();
            return CodedColumn.Encode(Count, i =>
            {
                foreach (var (slot, column) in inputs)
                {
                    slots[slot] = column.ValueAt(i);
                }

                return formula.Evaluate(slots);
            });
        })).Value;

    private Column Project(string name)
    {
        var column = Dataset.GetColumn(name);
        if (_records is null)
        {
            throw new KeyNotFoundException($"The rows hold no column '{name}'.");
        }

        var records = _records;
        Value At(int i) => records[i].TryGetValue(name, out var value) ? value : default;
        if (column.IsCascade)
        {
            return CascadeColumn.Encode(Count, column.Levels.Count, At);
        }

        switch (column.Kind)
        {
            case ValueKind.Number:
                var numbers = new decimal[Count];
                bool[]? blank = null;
                for (var i = 0; i < Count; i++)
                {
                    if (At(i).TryGetNumber(out var number))
                    {
                        numbers[i] = number;
                    }
                    else
                    {
                        (blank ??= new bool[Count])[i] = true;
                    }
                }

                return new NumberColumn(numbers, blank);
            case ValueKind.Date:
                var days = new int[Count];
                for (var i = 0; i < Count; i++)
                {
                    var value = At(i);
                    days[i] = value.Kind switch
                    {
                        ValueKind.Date => value.AsDate().DayNumber,
                        ValueKind.DateTime => DateOnly.FromDateTime(value.AsDateTime().DateTime).DayNumber,
                        _ => DayColumn.BlankDay,
                    };
                }

                return new DayColumn(days);
            case ValueKind.DateTime:
                var ticks = new long[Count];
                for (var i = 0; i < Count; i++)
                {
                    var value = At(i);
                    ticks[i] = value.Kind switch
                    {
                        ValueKind.DateTime => value.AsDateTime().UtcTicks,
                        ValueKind.Date => value.AsDate().ToDateTime(TimeOnly.MinValue).Ticks,
                        _ => InstantColumn.BlankTicks,
                    };
                }

                return new InstantColumn(ticks);
            default:
                return CodedColumn.Encode(Count, At);
        }
    }
}
