using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Formwork.Json;

namespace Formwork;

/// <summary>
/// The field values of one record (a submission, a subform row, a fact): field name to <see cref="Value"/>, in the
/// order the fields were first set. A missing field reads as blank.
/// </summary>
/// <remarks>
/// Record data is mutable until <see cref="Freeze"/> is called; subform rows inside a table <see cref="Value"/> are
/// always frozen, so values stay immutable. Names are compared ordinally (field names are identifiers).
/// A compiled form schema addresses fields by slot and uses the names only at the edges: record data it builds is
/// backed by a shared <see cref="RecordLayout"/> (one value array per record, no dictionary).
/// </remarks>
[JsonConverter(typeof(RecordDataJsonConverter))]
public sealed class RecordData : IReadOnlyDictionary<string, Value>
{
    // Two representations with the same behaviour: a dictionary of its own, or (for record data built from a
    // RecordLayout) a value array by layout index plus bits saying which fields were set. A layout-backed record keeps
    // its fields set in layout order, so enumeration in index order is first-set order; a write that would break that
    // (a name the layout lacks, or a new field before the last one set) moves the record to a dictionary first.
    private Dictionary<string, Value>? _values;
    private RecordLayout? _layout;
    private Value[]? _slots;
    private ulong _set;
    private ulong[]? _setHigh;
    private int _count;
    private int _last = -1;
    private bool _frozen;

    /// <summary>Creates empty record data.</summary>
    public RecordData()
    {
        _values = new Dictionary<string, Value>(StringComparer.Ordinal);
    }

    /// <summary>Creates empty record data with room for <paramref name="capacity"/> fields before it has to grow.</summary>
    /// <param name="capacity">The number of fields expected (for a form record, its field count; for a subform row,
    /// its column count). Only a sizing hint: more fields can still be set.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public RecordData(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _values = new Dictionary<string, Value>(capacity, StringComparer.Ordinal);
    }

    /// <summary>Creates record data holding the given field values.</summary>
    /// <param name="values">The field values.</param>
    public RecordData(IEnumerable<KeyValuePair<string, Value>> values)
        : this()
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var pair in values)
        {
            this[pair.Key] = pair.Value;
        }
    }

    /// <summary>Creates layout-backed record data that owns <paramref name="slots"/>; every non-blank value counts as set.</summary>
    internal RecordData(RecordLayout layout, Value[] slots)
    {
        _layout = layout;
        _slots = slots;
        if (layout.Count > 64)
        {
            _setHigh = new ulong[(layout.Count - 1) / 64];
        }

        for (var i = 0; i < slots.Length; i++)
        {
            if (!slots[i].IsBlank)
            {
                MarkSet(i);
                _count++;
                _last = i;
            }
        }
    }

    private RecordData(RecordData source)
    {
        _layout = source._layout;
        _slots = (Value[])source._slots!.Clone();
        _set = source._set;
        _setHigh = source._setHigh is null ? null : (ulong[])source._setHigh.Clone();
        _count = source._count;
        _last = source._last;
    }

    /// <summary>Gets the number of fields that have been set (blank ones included).</summary>
    public int Count => _values?.Count ?? _count;

    /// <summary>Gets a value indicating whether the record data is frozen (read-only).</summary>
    public bool IsFrozen => _frozen;

    /// <summary>
    /// Gets the layout this record data is backed by (see <see cref="RecordLayout"/>), or <see langword="null"/> when it
    /// keeps its fields in a dictionary of its own. Behaviour is the same either way.
    /// </summary>
    public RecordLayout? Layout => _layout;

    /// <summary>Gets the names of the fields that have been set.</summary>
    public IEnumerable<string> Keys => _values is { } values ? values.Keys : LayoutKeys();

    /// <summary>Gets the values of the fields that have been set.</summary>
    public IEnumerable<Value> Values => _values is { } values ? values.Values : LayoutValues();

    /// <summary>Gets or sets a field's value; reading a field that was never set gives blank.</summary>
    /// <param name="field">The field name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidOperationException">Setting a field of frozen record data.</exception>
    public Value this[string field]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(field);
            if (_values is { } values)
            {
                return values.TryGetValue(field, out var value) ? value : default;
            }

            var index = _layout!.IndexOfUnchecked(field);
            return index >= 0 ? _slots![index] : default;
        }

        set
        {
            ArgumentException.ThrowIfNullOrEmpty(field);
            ThrowIfFrozen();
            if (_values is null)
            {
                var index = _layout!.IndexOfUnchecked(field);
                if (index >= 0 && (index > _last || IsSet(index)))
                {
                    if (!IsSet(index))
                    {
                        MarkSet(index);
                        _count++;
                        _last = index;
                    }

                    _slots![index] = value;
                    return;
                }

                ToDictionary();
            }

            _values![field] = value;
        }
    }

    /// <summary>Sets a field's value and returns this record data, for chaining.</summary>
    /// <param name="field">The field name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This record data.</returns>
    public RecordData Set(string field, Value value)
    {
        this[field] = value;
        return this;
    }

    /// <summary>Removes a field.</summary>
    /// <param name="field">The field name.</param>
    /// <returns><see langword="true"/> when the field was set.</returns>
    public bool Remove(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        ThrowIfFrozen();
        if (_values is { } values)
        {
            return values.Remove(field);
        }

        var index = _layout!.IndexOfUnchecked(field);
        if (index < 0 || !IsSet(index))
        {
            return false;
        }

        // The remaining fields stay in layout order; only the last-set mark may move back.
        ClearSet(index);
        _slots![index] = default;
        _count--;
        while (_last >= 0 && !IsSet(_last))
        {
            _last--;
        }

        return true;
    }

    /// <summary>Makes the record data read-only; further writes throw.</summary>
    /// <returns>This record data.</returns>
    public RecordData Freeze()
    {
        _frozen = true;
        return this;
    }

    /// <summary>Returns a mutable copy.</summary>
    /// <returns>A new, unfrozen record data with the same values.</returns>
    public RecordData Clone()
    {
        if (_values is null)
        {
            return new RecordData(this);
        }

        var copy = new RecordData(_values.Count);
        foreach (var pair in _values)
        {
            copy._values![pair.Key] = pair.Value;
        }

        return copy;
    }

    /// <summary>Compares the field values of two records; a blank field equals a field that was never set.</summary>
    /// <param name="other">The other record data.</param>
    /// <returns><see langword="true"/> when every field has an equal value in both.</returns>
    public bool ContentEquals(RecordData? other)
    {
        if (other is null)
        {
            return false;
        }

        if (_values is null && other._values is null && ReferenceEquals(_layout, other._layout))
        {
            // Unset slots are blank, and a blank field equals a field never set: compare the arrays.
            var mine = _slots!;
            var theirs = other._slots!;
            for (var i = 0; i < mine.Length; i++)
            {
                if (!mine[i].Equals(theirs[i]))
                {
                    return false;
                }
            }

            return true;
        }

        foreach (var pair in this)
        {
            if (!pair.Value.Equals(other[pair.Key]))
            {
                return false;
            }
        }

        foreach (var pair in other)
        {
            if (!pair.Value.IsBlank && !ContainsKey(pair.Key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether a field has been set.</summary>
    /// <param name="key">The field name.</param>
    /// <returns><see langword="true"/> when the field has been set.</returns>
    public bool ContainsKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_values is { } values)
        {
            return values.ContainsKey(key);
        }

        var index = _layout!.IndexOfUnchecked(key);
        return index >= 0 && IsSet(index);
    }

    /// <summary>Gets a field's value when it has been set.</summary>
    /// <param name="key">The field name.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the field has been set.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Value value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_values is { } values)
        {
            return values.TryGetValue(key, out value);
        }

        var index = _layout!.IndexOfUnchecked(key);
        if (index >= 0 && IsSet(index))
        {
            value = _slots![index];
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Serialises to the self-describing JSON form (see <see cref="ValueJson"/>).</summary>
    /// <returns>A JSON object.</returns>
    public string ToJson() => FormworkJson.WriteToString(this, static (writer, record) => ValueJson.WriteTypedRecord(writer, record));

    /// <summary>Reads record data from the self-describing JSON form written by <see cref="ToJson"/>.</summary>
    /// <param name="json">A JSON object.</param>
    /// <returns>The record data.</returns>
    /// <exception cref="JsonException">The JSON is malformed; the message names the path.</exception>
    public static RecordData FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, bytes);
            var reader = new Utf8JsonReader(bytes.AsSpan(0, length));
            if (!reader.Read() || reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonException("Record data must be a JSON object, not null. / 记录数据必须是 JSON 对象，不能为 null。");
            }

            var record = ValueJson.ReadTypedRecord(ref reader);

            // Reading on makes the reader refuse anything but white space after the object.
            _ = reader.Read();
            return record;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, Value>> GetEnumerator() => _values is { } values ? values.GetEnumerator() : LayoutPairs().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Copies the values by layout index when this record is backed by <paramref name="layout"/>.</summary>
    internal bool TryCopySlots(RecordLayout layout, Span<Value> destination)
    {
        if (_values is not null || !ReferenceEquals(_layout, layout))
        {
            return false;
        }

        _slots.AsSpan().CopyTo(destination);
        return true;
    }

    /// <summary>Reads the value at a layout index when this record is backed by <paramref name="layout"/> (blank when not set).</summary>
    internal bool TryReadSlot(RecordLayout layout, int index, out Value value)
    {
        if (_values is not null || !ReferenceEquals(_layout, layout))
        {
            value = default;
            return false;
        }

        value = IsSet(index) ? _slots![index] : default;
        return true;
    }

    private bool IsSet(int index) => index < 64 ? (_set & (1UL << index)) != 0 : (_setHigh![(index / 64) - 1] & (1UL << (index % 64))) != 0;

    private void MarkSet(int index)
    {
        if (index < 64)
        {
            _set |= 1UL << index;
        }
        else
        {
            _setHigh![(index / 64) - 1] |= 1UL << (index % 64);
        }
    }

    private void ClearSet(int index)
    {
        if (index < 64)
        {
            _set &= ~(1UL << index);
        }
        else
        {
            _setHigh![(index / 64) - 1] &= ~(1UL << (index % 64));
        }
    }

    /// <summary>Moves a layout-backed record to a dictionary of its own, keeping first-set order.</summary>
    private void ToDictionary()
    {
        var values = new Dictionary<string, Value>(_count + 4, StringComparer.Ordinal);
        var layout = _layout!;
        for (var i = 0; i <= _last; i++)
        {
            if (IsSet(i))
            {
                values[layout[i]] = _slots![i];
            }
        }

        _values = values;
        _layout = null;
        _slots = null;
        _setHigh = null;
        _set = 0;
        _count = 0;
        _last = -1;
    }

    private IEnumerable<KeyValuePair<string, Value>> LayoutPairs()
    {
        var layout = _layout!;
        var slots = _slots!;
        for (var i = 0; i <= _last; i++)
        {
            if (_values is not null)
            {
                throw new InvalidOperationException("The record data was modified while it was being enumerated. / 枚举记录数据时它被修改了。");
            }

            if (IsSet(i))
            {
                yield return new KeyValuePair<string, Value>(layout[i], slots[i]);
            }
        }
    }

    private IEnumerable<string> LayoutKeys()
    {
        foreach (var pair in LayoutPairs())
        {
            yield return pair.Key;
        }
    }

    private IEnumerable<Value> LayoutValues()
    {
        foreach (var pair in LayoutPairs())
        {
            yield return pair.Value;
        }
    }

    private void ThrowIfFrozen()
    {
        if (_frozen)
        {
            throw new InvalidOperationException("This record data is frozen (it belongs to an immutable value); clone it to change it.");
        }
    }
}
