using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Formwork;

/// <summary>
/// A shared, immutable field layout (field name to index) for many records of the same shape, such as the records of
/// one compiled form or the rows of one subform. Record data created from a layout keeps its values in an array by
/// index instead of a dictionary per record: building it does no hashing and allocates one array.
/// </summary>
/// <remarks>
/// <para>Layout-backed record data behaves exactly like any other <see cref="RecordData"/>: reads by name go through
/// the layout, enumeration is in first-set order, <see cref="RecordData.Count"/> counts the fields that were set
/// (blank ones included), and freezing, cloning, equality and JSON are the same. Setting a field the layout does not
/// have, or setting fields out of layout order, moves that one record to its own dictionary; the layout is never
/// changed.</para>
/// <para>Names are compared ordinally, as everywhere in record data. A layout is thread-safe.</para>
/// </remarks>
public sealed class RecordLayout
{
    private readonly string[] _fields;
    private readonly FrozenDictionary<string, int> _indexes;

    /// <summary>Creates a layout of the given field names, in order.</summary>
    /// <param name="fields">The field names; each non-empty and distinct (ordinally).</param>
    /// <exception cref="ArgumentException">A name is null or empty, or listed twice.</exception>
    public RecordLayout(IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var names = new List<string>();
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (string.IsNullOrEmpty(field))
            {
                throw new ArgumentException("A field name of a record layout must not be null or empty. / 记录布局的字段名不能为空。", nameof(fields));
            }

            if (!indexes.TryAdd(field, names.Count))
            {
                throw new ArgumentException($"The field '{field}' is listed twice in the record layout. / 字段“{field}”在记录布局中出现了两次。", nameof(fields));
            }

            names.Add(field);
        }

        _fields = [.. names];
        _indexes = indexes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the number of fields of the layout.</summary>
    public int Count => _fields.Length;

    /// <summary>Gets the field names, in layout order (the index of a name is its position here).</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>Returns the index of a field in the layout.</summary>
    /// <param name="field">The field name (ordinal).</param>
    /// <returns>The index, or -1 when the layout has no such field.</returns>
    public int IndexOf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return _indexes.TryGetValue(field, out var index) ? index : -1;
    }

    /// <summary>Creates empty, mutable record data backed by this layout.</summary>
    /// <returns>The record data.</returns>
    public RecordData CreateRecord() => new(this, new Value[_fields.Length]);

    /// <summary>
    /// Creates mutable record data backed by this layout holding the given values by index: each non-blank value is
    /// set, in layout order; blank values are left unset (so they do not count in <see cref="RecordData.Count"/>).
    /// </summary>
    /// <param name="values">The values by index; at most <see cref="Count"/> of them (missing ones are blank). They are copied.</param>
    /// <returns>The record data.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is longer than the layout.</exception>
    public RecordData CreateRecord(ReadOnlySpan<Value> values)
    {
        if (values.Length > _fields.Length)
        {
            throw new ArgumentException($"The layout has {_fields.Length} fields but {values.Length} values were given. / 布局有 {_fields.Length} 个字段，但提供了 {values.Length} 个值。", nameof(values));
        }

        var slots = new Value[_fields.Length];
        values.CopyTo(slots);
        return new RecordData(this, slots);
    }

    /// <summary>
    /// Copies the values of record data backed by this layout into <paramref name="destination"/> by index (fields never
    /// set read as blank). Record data with another layout, or with its own dictionary, is not copied.
    /// </summary>
    /// <param name="record">The record data.</param>
    /// <param name="destination">Where the values go; at least <see cref="Count"/> long.</param>
    /// <returns><see langword="true"/> when the record is backed by this layout and its values were copied;
    /// <see langword="false"/> when the caller has to read the record by name.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than the layout.</exception>
    public bool TryCopyValues(RecordData record, Span<Value> destination)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (destination.Length < _fields.Length)
        {
            throw new ArgumentException($"The destination must hold at least {_fields.Length} values. / 目标至少要能容纳 {_fields.Length} 个值。", nameof(destination));
        }

        return record.TryCopySlots(this, destination);
    }

    /// <summary>
    /// Reads one field of record data backed by this layout by its index, without looking its name up (for loops over many
    /// rows of one layout, such as a subform column). Record data with another layout, or with its own dictionary, is not
    /// read: the caller reads it by name.
    /// </summary>
    /// <param name="record">The record data.</param>
    /// <param name="index">The field's index in this layout (see <see cref="IndexOf"/>).</param>
    /// <param name="value">The field's value; blank when the field is not set.</param>
    /// <returns><see langword="true"/> when the record is backed by this layout and <paramref name="value"/> was read.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not an index of this layout.</exception>
    public bool TryReadValue(RecordData record, int index, out Value value)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _fields.Length);
        return record.TryReadSlot(this, index, out value);
    }

    internal string this[int index] => _fields[index];

    internal int IndexOfUnchecked(string field) => _indexes.TryGetValue(field, out var index) ? index : -1;
}
