using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Reporting.Internal;

namespace Formwork.Reporting;

/// <summary>
/// Builds <see cref="DatasetRows"/> column by column from typed arrays: the way to feed millions of rows (an export
/// of a database table, a benchmark) without one object per row. Every column must have the row count.
/// </summary>
public sealed class DatasetRowsBuilder
{
    private readonly ReportDataset _dataset;
    private readonly int _count;
    private readonly Dictionary<string, Column> _columns = new(StringComparer.Ordinal);
    private string?[]? _ids;
    private string?[]? _owners;
    private string?[]? _departments;

    /// <summary>Creates a builder.</summary>
    /// <param name="dataset">The dataset description.</param>
    /// <param name="count">The number of rows.</param>
    public DatasetRowsBuilder(ReportDataset dataset, int count)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _dataset = dataset;
        _count = count;
    }

    /// <summary>Adds a number column.</summary>
    /// <param name="column">The column name (declared as a number in the dataset).</param>
    /// <param name="values">The values, one per row (the array is used, not copied).</param>
    /// <param name="blank">Marks blank rows; <see langword="null"/> when none is blank.</param>
    /// <returns>This builder.</returns>
    public DatasetRowsBuilder AddNumbers(string column, decimal[] values, bool[]? blank = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        Check(column, values.Length, ValueKind.Number);
        if (blank is not null && blank.Length != _count)
        {
            throw new ArgumentException("The blank flags need one entry per row.", nameof(blank));
        }

        _columns[column] = new NumberColumn(values, blank);
        return this;
    }

    /// <summary>Adds a date column.</summary>
    /// <param name="column">The column name (declared as a date).</param>
    /// <param name="values">The dates, one per row; <see langword="null"/> is blank.</param>
    /// <returns>This builder.</returns>
    public DatasetRowsBuilder AddDates(string column, DateOnly?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Check(column, values.Length, ValueKind.Date);
        _columns[column] = new DayColumn(Array.ConvertAll(values, d => d?.DayNumber ?? DayColumn.BlankDay));
        return this;
    }

    /// <summary>Adds a date-time column as UTC ticks.</summary>
    /// <param name="column">The column name (declared as a date-time).</param>
    /// <param name="utcTicks">The instants as UTC ticks, one per row; <see cref="long.MinValue"/> is blank (the array is used, not copied).</param>
    /// <returns>This builder.</returns>
    public DatasetRowsBuilder AddDateTimes(string column, long[] utcTicks)
    {
        ArgumentNullException.ThrowIfNull(utcTicks);
        Check(column, utcTicks.Length, ValueKind.DateTime);
        _columns[column] = new InstantColumn(utcTicks);
        return this;
    }

    /// <summary>Adds a dictionary-encoded column: a code per row into a list of distinct values.</summary>
    /// <param name="column">The column name.</param>
    /// <param name="codes">For each row, the index of its value in <paramref name="values"/>, or -1 for blank.</param>
    /// <param name="values">The distinct values.</param>
    /// <returns>This builder.</returns>
    public DatasetRowsBuilder AddCoded(string column, int[] codes, IReadOnlyList<Value> values)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(values);
        var kind = _dataset.GetColumn(column).Kind;
        Check(column, codes.Length, kind);
        if (kind is ValueKind.Number or ValueKind.Date or ValueKind.DateTime || _dataset.GetColumn(column).IsCascade)
        {
            throw new ArgumentException($"The column '{column}' is a {kind} column; add it with its typed method.", nameof(column));
        }

        var dictionary = new Value[values.Count + 1];
        for (var i = 0; i < values.Count; i++)
        {
            dictionary[i + 1] = values[i];
        }

        var shifted = new int[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            var code = codes[i];
            if (code < -1 || code >= values.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(codes), $"Row {i} has the code {code}, outside the {values.Count} values.");
            }

            shifted[i] = code + 1;
        }

        _columns[column] = new CodedColumn(shifted, dictionary);
        return this;
    }

    /// <summary>Adds a column of any kind from values (cascade, text, boolean, date, number, ...).</summary>
    /// <param name="column">The column name.</param>
    /// <param name="values">The values, one per row.</param>
    /// <returns>This builder.</returns>
    public DatasetRowsBuilder AddValues(string column, IReadOnlyList<Value> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var declared = _dataset.GetColumn(column);
        Check(column, values.Count, declared.Kind);
        var rows = DatasetRows.FromRecords(_dataset, values.Select(v => new RecordData { [column] = v }));
        _columns[column] = rows.GetColumn(column);
        return this;
    }

    /// <summary>Sets the record id, owner and department of each row (row-level scope and drill-down).</summary>
    /// <param name="recordIds">The record ids, one per row.</param>
    /// <param name="ownerIds">The owners, one per row.</param>
    /// <param name="departmentIds">The owners' departments, one per row.</param>
    /// <returns>This builder.</returns>
    public DatasetRowsBuilder SetOwnership(string?[] recordIds, string?[] ownerIds, string?[] departmentIds)
    {
        ArgumentNullException.ThrowIfNull(recordIds);
        ArgumentNullException.ThrowIfNull(ownerIds);
        ArgumentNullException.ThrowIfNull(departmentIds);
        if (recordIds.Length != _count || ownerIds.Length != _count || departmentIds.Length != _count)
        {
            throw new ArgumentException("Ownership needs one entry per row.", nameof(recordIds));
        }

        (_ids, _owners, _departments) = (recordIds, ownerIds, departmentIds);
        return this;
    }

    /// <summary>Builds the rows; columns not added read as blank.</summary>
    /// <returns>The rows.</returns>
    public DatasetRows Build()
    {
        foreach (var column in _dataset.Columns.Where(c => !_columns.ContainsKey(c.Name)))
        {
            _columns[column.Name] = Empty(column);
        }

        return new DatasetRows(_dataset, _count, null, _ids, _owners, _departments, _columns);
    }

    private Column Empty(DatasetColumn column)
    {
        if (column.IsCascade)
        {
            return CascadeColumn.Encode(_count, column.Levels.Count, _ => default);
        }

        return column.Kind switch
        {
            ValueKind.Number => new NumberColumn(new decimal[_count], Enumerable.Repeat(true, _count).ToArray()),
            ValueKind.Date => new DayColumn(Enumerable.Repeat(DayColumn.BlankDay, _count).ToArray()),
            ValueKind.DateTime => new InstantColumn(Enumerable.Repeat(InstantColumn.BlankTicks, _count).ToArray()),
            _ => new CodedColumn(new int[_count], [default]),
        };
    }

    private void Check(string column, int length, ValueKind kind)
    {
        ArgumentNullException.ThrowIfNull(column);
        var declared = _dataset.GetColumn(column);
        if (declared.Kind != kind)
        {
            throw new ArgumentException($"The column '{column}' is declared as {declared.Kind}, not {kind}.", nameof(column));
        }

        if (length != _count)
        {
            throw new ArgumentException($"The column '{column}' has {length} values for {_count} rows.", nameof(column));
        }
    }
}
