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
/// A compiled form schema addresses fields by slot and uses the names only at the edges.
/// </remarks>
[JsonConverter(typeof(RecordDataJsonConverter))]
public sealed class RecordData : IReadOnlyDictionary<string, Value>
{
    private readonly Dictionary<string, Value> _values;
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

    /// <summary>Gets the number of fields that have been set (blank ones included).</summary>
    public int Count => _values.Count;

    /// <summary>Gets a value indicating whether the record data is frozen (read-only).</summary>
    public bool IsFrozen => _frozen;

    /// <summary>Gets the names of the fields that have been set.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>Gets the values of the fields that have been set.</summary>
    public IEnumerable<Value> Values => _values.Values;

    /// <summary>Gets or sets a field's value; reading a field that was never set gives blank.</summary>
    /// <param name="field">The field name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidOperationException">Setting a field of frozen record data.</exception>
    public Value this[string field]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(field);
            return _values.TryGetValue(field, out var value) ? value : default;
        }

        set
        {
            ArgumentException.ThrowIfNullOrEmpty(field);
            ThrowIfFrozen();
            _values[field] = value;
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
        return _values.Remove(field);
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
        var copy = new RecordData(_values.Count);
        foreach (var pair in _values)
        {
            copy._values[pair.Key] = pair.Value;
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

        foreach (var pair in _values)
        {
            if (!pair.Value.Equals(other[pair.Key]))
            {
                return false;
            }
        }

        foreach (var pair in other._values)
        {
            if (!_values.ContainsKey(pair.Key) && !pair.Value.IsBlank)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether a field has been set.</summary>
    /// <param name="key">The field name.</param>
    /// <returns><see langword="true"/> when the field has been set.</returns>
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <summary>Gets a field's value when it has been set.</summary>
    /// <param name="key">The field name.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the field has been set.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Value value) => _values.TryGetValue(key, out value);

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
    public IEnumerator<KeyValuePair<string, Value>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void ThrowIfFrozen()
    {
        if (_frozen)
        {
            throw new InvalidOperationException("This record data is frozen (it belongs to an immutable value); clone it to change it.");
        }
    }
}
