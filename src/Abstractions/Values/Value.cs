using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Formwork.Internal;
using Formwork.Json;

namespace Formwork;

/// <summary>
/// One immutable value of a field or a formula: blank, boolean, exact decimal number, text, date, date-time,
/// time, list, table of rows, record reference or error. Shared by every Formwork package.
/// </summary>
/// <remarks>
/// <para>A <see cref="Value"/> is a small struct: numbers, booleans and dates are stored inline, so formulas and
/// aggregations over them do not allocate. <c>default(Value)</c> is <see cref="Blank"/>.</para>
/// <para>Equality is by kind and content: <c>1</c> equals <c>1.00</c>, but the number <c>1</c> never equals the
/// text <c>"1"</c>. Text equality is ordinal; the formula language compares text case-insensitively on its own.</para>
/// <para>The JSON form written by the default converter is self-describing so that every kind round-trips;
/// see <see cref="ValueJson"/> for the plain form used in submissions.</para>
/// </remarks>
[JsonConverter(typeof(ValueJsonConverter))]
public readonly partial struct Value : IEquatable<Value>, IComparable<Value>
{
    private static readonly ReadOnlyCollection<Value> EmptyList = new(Array.Empty<Value>());

    // 32 bytes: a reference, a decimal, a short and the kind. Numbers live in _number; dates, date-times and times keep
    // their day number or ticks there too (a decimal holds any long exactly); booleans, error codes and date-time
    // offsets (minutes) live in _small.
    private readonly object? _obj;
    private readonly decimal _number;
    private readonly short _small;
    private readonly ValueKind _kind;

    private Value(ValueKind kind, decimal number = 0m, object? obj = null, short small = 0)
    {
        _kind = kind;
        _number = number;
        _obj = obj;
        _small = small;
    }

    private long Bits => decimal.ToInt64(_number);

    /// <summary>Gets the blank value (an empty field).</summary>
    public static Value Blank => default;

    /// <summary>Gets the boolean TRUE.</summary>
    public static Value True { get; } = new(ValueKind.Boolean, small: 1);

    /// <summary>Gets the boolean FALSE.</summary>
    public static Value False { get; } = new(ValueKind.Boolean, small: 0);

    /// <summary>Gets the kind of this value.</summary>
    public ValueKind Kind => _kind;

    /// <summary>Gets a value indicating whether this value is blank.</summary>
    public bool IsBlank => _kind == ValueKind.Blank;

    /// <summary>Gets a value indicating whether this value is an error value.</summary>
    public bool IsError => _kind == ValueKind.Error;

    /// <summary>Creates a boolean value.</summary>
    /// <param name="value">The boolean.</param>
    /// <returns>TRUE or FALSE.</returns>
    public static Value FromBoolean(bool value) => value ? True : False;

    /// <summary>Creates a number value.</summary>
    /// <param name="value">The number; its scale is kept (<c>12.50</c> stays <c>12.50</c>).</param>
    /// <returns>The number value.</returns>
    public static Value FromNumber(decimal value) => new(ValueKind.Number, number: value);

    /// <summary>Creates a number value from a <see cref="double"/>.</summary>
    /// <param name="value">The number; NaN and infinities give <c>#NUM!</c>.</param>
    /// <returns>The number value, or the <c>#NUM!</c> error when the number cannot be represented exactly enough.</returns>
    public static Value FromDouble(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) > (double)decimal.MaxValue)
        {
            return FromError(ValueError.Number);
        }

        return FromNumber((decimal)value);
    }

    /// <summary>Creates a text value; <see langword="null"/> gives <see cref="Blank"/>.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The text value, or blank for <see langword="null"/>.</returns>
    public static Value FromText(string? value) => value is null ? default : new(ValueKind.Text, obj: value);

    /// <summary>Creates a date value.</summary>
    /// <param name="value">The date.</param>
    /// <returns>The date value.</returns>
    public static Value FromDate(DateOnly value) => new(ValueKind.Date, number: value.DayNumber);

    /// <summary>Creates a date-time value; the offset is kept.</summary>
    /// <param name="value">The point in time.</param>
    /// <returns>The date-time value.</returns>
    public static Value FromDateTime(DateTimeOffset value) =>
        new(ValueKind.DateTime, number: value.UtcTicks, small: (short)value.Offset.TotalMinutes);

    /// <summary>Creates a time-of-day value.</summary>
    /// <param name="value">The time of day.</param>
    /// <returns>The time value.</returns>
    public static Value FromTime(TimeOnly value) => new(ValueKind.Time, number: value.Ticks);

    /// <summary>Creates a list value; the items are copied.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The list value.</returns>
    public static Value FromList(IEnumerable<Value> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var array = new List<Value>(items).ToArray();
        return new(ValueKind.List, obj: array.Length == 0 ? EmptyList : new ReadOnlyCollection<Value>(array));
    }

    /// <summary>Creates a table value (subform rows); each row is copied and frozen.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The table value.</returns>
    public static Value FromTable(IEnumerable<RecordData> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var copy = new List<RecordData>();
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            copy.Add(row.IsFrozen ? row : row.Clone().Freeze());
        }

        return new(ValueKind.Table, obj: copy.Count == 0 ? TableRows.None : new TableRows([.. copy]));
    }

    /// <summary>
    /// Creates a table value (subform rows) from an array of rows; with <paramref name="takeOwnership"/> the array
    /// becomes the table's storage without a copy.
    /// </summary>
    /// <param name="rows">The rows.</param>
    /// <param name="takeOwnership">
    /// <see langword="true"/> to hand the array over: the table keeps it as is (no copy) and every row that is not
    /// frozen yet is frozen in place (not cloned), so the caller must not change the array or write to the rows
    /// afterwards. <see langword="false"/> to behave like <see cref="FromTable(IEnumerable{RecordData})"/>: the array
    /// is copied and rows that are not frozen are cloned, leaving the caller's rows writable.
    /// </param>
    /// <returns>The table value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or one of its rows is null.</exception>
    public static Value FromTable(RecordData[] rows, bool takeOwnership)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (!takeOwnership)
        {
            return FromTable(rows);
        }

        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
        }

        foreach (var row in rows)
        {
            row.Freeze();
        }

        return new(ValueKind.Table, obj: rows.Length == 0 ? TableRows.None : new TableRows(rows));
    }

    /// <summary>Creates a reference to a record.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The reference value.</returns>
    public static Value FromReference(RecordReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new(ValueKind.Reference, obj: reference);
    }

    /// <summary>Creates an error value.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The error value.</returns>
    public static Value FromError(ValueError error)
    {
        _ = error.ToDisplayString();
        return new(ValueKind.Error, small: (short)error);
    }

    /// <summary>Returns the boolean; throws when the value is not a boolean.</summary>
    /// <returns>The boolean.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public bool AsBoolean() => _kind == ValueKind.Boolean ? _small != 0 : throw WrongKind(ValueKind.Boolean);

    /// <summary>Returns the number; throws when the value is not a number.</summary>
    /// <returns>The number.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public decimal AsNumber() => _kind == ValueKind.Number ? _number : throw WrongKind(ValueKind.Number);

    /// <summary>Returns the text; throws when the value is not text.</summary>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public string AsText() => _kind == ValueKind.Text ? Unsafe.As<string>(_obj!) : throw WrongKind(ValueKind.Text);

    /// <summary>Returns the date; throws when the value is not a date.</summary>
    /// <returns>The date.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public DateOnly AsDate() => _kind == ValueKind.Date ? DateOnly.FromDayNumber((int)Bits) : throw WrongKind(ValueKind.Date);

    /// <summary>Returns the point in time with its original offset; throws when the value is not a date-time.</summary>
    /// <returns>The date-time.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public DateTimeOffset AsDateTime()
    {
        if (_kind != ValueKind.DateTime)
        {
            throw WrongKind(ValueKind.DateTime);
        }

        var offset = TimeSpan.FromMinutes(_small);
        return new DateTimeOffset(Bits + offset.Ticks, offset);
    }

    /// <summary>Returns the time of day; throws when the value is not a time.</summary>
    /// <returns>The time of day.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public TimeOnly AsTime() => _kind == ValueKind.Time ? new TimeOnly(Bits) : throw WrongKind(ValueKind.Time);

    /// <summary>Returns the items of a list; throws when the value is not a list.</summary>
    /// <returns>The items, read-only.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public IReadOnlyList<Value> AsList() => _kind == ValueKind.List ? (IReadOnlyList<Value>)_obj! : throw WrongKind(ValueKind.List);

    /// <summary>Returns the rows of a table; throws when the value is not a table.</summary>
    /// <returns>The rows, each frozen.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public IReadOnlyList<RecordData> AsTable() => _kind == ValueKind.Table ? (IReadOnlyList<RecordData>)_obj! : throw WrongKind(ValueKind.Table);

    /// <summary>
    /// Returns the rows of a table as a span, for loops over many rows (a subform's total, a report over subform lines):
    /// the same rows as <see cref="AsTable"/>, read without an interface call per row. Throws when the value is not a table.
    /// </summary>
    /// <returns>The rows, each frozen.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public ReadOnlySpan<RecordData> AsTableRows() => _kind == ValueKind.Table ? Unsafe.As<TableRows>(_obj!).Span : throw WrongKind(ValueKind.Table);

    /// <summary>Returns the record reference; throws when the value is not a reference.</summary>
    /// <returns>The reference.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public RecordReference AsReference() => _kind == ValueKind.Reference ? (RecordReference)_obj! : throw WrongKind(ValueKind.Reference);

    /// <summary>Returns the error; throws when the value is not an error.</summary>
    /// <returns>The error.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public ValueError AsError() => _kind == ValueKind.Error ? (ValueError)_small : throw WrongKind(ValueKind.Error);

    /// <summary>Gets the number when the value is a number.</summary>
    /// <param name="number">The number.</param>
    /// <returns><see langword="true"/> when the value is a number.</returns>
    public bool TryGetNumber(out decimal number)
    {
        number = _number;
        return _kind == ValueKind.Number;
    }

    /// <summary>Gets the text when the value is text.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the value is text.</returns>
    public bool TryGetText(out string text)
    {
        // A text value always holds a string (FromText is the only way to make one): no type check needed.
        text = _kind == ValueKind.Text ? Unsafe.As<string>(_obj!) : string.Empty;
        return _kind == ValueKind.Text;
    }

    /// <summary>Gets the date when the value is a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the value is a date.</returns>
    public bool TryGetDate(out DateOnly date)
    {
        date = _kind == ValueKind.Date ? DateOnly.FromDayNumber((int)Bits) : default;
        return _kind == ValueKind.Date;
    }

    /// <summary>Converts a boolean.</summary>
    /// <param name="value">The boolean.</param>
    public static implicit operator Value(bool value) => FromBoolean(value);

    /// <summary>Converts a number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator Value(decimal value) => FromNumber(value);

    /// <summary>Converts a whole number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator Value(int value) => FromNumber(value);

    /// <summary>Converts a whole number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator Value(long value) => FromNumber(value);

    /// <summary>Converts text; <see langword="null"/> gives blank.</summary>
    /// <param name="value">The text.</param>
    public static implicit operator Value(string? value) => FromText(value);

    /// <summary>Converts a date.</summary>
    /// <param name="value">The date.</param>
    public static implicit operator Value(DateOnly value) => FromDate(value);

    /// <summary>Converts a point in time.</summary>
    /// <param name="value">The point in time.</param>
    public static implicit operator Value(DateTimeOffset value) => FromDateTime(value);

    /// <summary>Converts a time of day.</summary>
    /// <param name="value">The time of day.</param>
    public static implicit operator Value(TimeOnly value) => FromTime(value);

    /// <summary>
    /// Returns the value as invariant text: numbers keep their scale (<c>12.50</c>), booleans are <c>TRUE</c>/<c>FALSE</c>,
    /// dates <c>yyyy-MM-dd</c>, date-times ISO 8601 with offset, errors their Excel text, blank the empty string.
    /// </summary>
    /// <returns>The text form of the value.</returns>
    public override string ToString() => _kind switch
    {
        ValueKind.Blank => string.Empty,
        ValueKind.Boolean => _small != 0 ? "TRUE" : "FALSE",
        ValueKind.Number => _number.ToString(CultureInfo.InvariantCulture),
        ValueKind.Text => (string)_obj!,
        ValueKind.Date => AsDate().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ValueKind.DateTime => FormatDateTime(AsDateTime()),
        ValueKind.Time => AsTime().ToString(Bits % TimeSpan.TicksPerSecond == 0 ? "HH:mm:ss" : "HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        ValueKind.List => string.Join(", ", AsList()),
        ValueKind.Table => string.Create(CultureInfo.InvariantCulture, $"[{AsTable().Count} rows]"),
        ValueKind.Reference => AsReference().Display ?? AsReference().ToString(),
        ValueKind.Error => AsError().ToDisplayString(),
        _ => string.Empty,
    };

    internal static string FormatDateTime(DateTimeOffset value) =>
        value.ToString(value.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private InvalidOperationException WrongKind(ValueKind expected) =>
        new($"The value is {DescribeKind(_kind)}, not {DescribeKind(expected)}.");

    private static string DescribeKind(ValueKind kind) => kind switch
    {
        ValueKind.Blank => "blank",
        ValueKind.Error => "an error",
        _ => "a " + kind.ToString().ToLowerInvariant(),
    };
}
