using System;
using System.Collections.Generic;
using System.Linq;

namespace Formwork.Reporting.Internal;

/// <summary>One projected column of a <see cref="DatasetRows"/>: a typed array.</summary>
internal abstract class Column
{
    public abstract int Length { get; }

    public abstract Value ValueAt(int row);
}

/// <summary>A number column: exact decimals; <see cref="Blank"/> marks blank rows (null when none is blank).</summary>
internal sealed class NumberColumn : Column
{
    /// <summary>Scaled values stay below 2^50, so 4,096 of them add up in a long without overflow.</summary>
    public const long MaxScaled = 1L << 50;

    private const int MaxScale = 6;

    private readonly Lazy<ScaledNumbers?> _scaled;

    public NumberColumn(decimal[] values, bool[]? blank)
    {
        Values = values;
        Blank = blank;
        _scaled = new Lazy<ScaledNumbers?>(Scale);
    }

    public decimal[] Values { get; }

    public bool[]? Blank { get; }

    public override int Length => Values.Length;

    /// <summary>
    /// Gets the values as integers at one common scale (cents, say), computed once, when every value fits: sums then
    /// add longs instead of decimals, exactly. <see langword="null"/> when some value has more than 6 decimals or is too large.
    /// </summary>
    public ScaledNumbers? Scaled => _scaled.Value;

    public override Value ValueAt(int row) => Blank is { } b && b[row] ? default : Value.FromNumber(Values[row]);

    private ScaledNumbers? Scale()
    {
        var scale = 0;
        foreach (var value in Values)
        {
            scale = Math.Max(scale, ScaleOf(value));
            if (scale > MaxScale)
            {
                return null;
            }
        }

        var factor = 1m;
        for (var i = 0; i < scale; i++)
        {
            factor *= 10;
        }

        var limit = (decimal)MaxScaled;
        var scaled = new long[Values.Length];
        for (var i = 0; i < scaled.Length; i++)
        {
            var value = Values[i] * factor;
            if (Math.Abs(value) >= limit)
            {
                return null;
            }

            scaled[i] = Blank is { } b && b[i] ? 0 : (long)value;
        }

        return new ScaledNumbers(scaled, (byte)scale);
    }

    private static int ScaleOf(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return (bits[3] >> 16) & 0xFF;
    }
}

/// <summary>Number values as integers at a common scale: value = <see cref="Values"/>[i] / 10^<see cref="Scale"/>.</summary>
internal sealed class ScaledNumbers(long[] values, byte scale)
{
    public long[] Values { get; } = values;

    public byte Scale { get; } = scale;

    public decimal ToDecimal(long scaled) => new((int)(ulong)Math.Abs(scaled), (int)((ulong)Math.Abs(scaled) >> 32), 0, scaled < 0, Scale);
}

/// <summary>A date column: day numbers (<see cref="DateOnly.DayNumber"/>); <see cref="BlankDay"/> is blank.</summary>
internal sealed class DayColumn(int[] days) : Column
{
    public const int BlankDay = int.MinValue;

    public int[] Days { get; } = days;

    public override int Length => Days.Length;

    public override Value ValueAt(int row) => Days[row] == BlankDay ? default : Value.FromDate(DateOnly.FromDayNumber(Days[row]));
}

/// <summary>A date-time column: UTC ticks; <see cref="BlankTicks"/> is blank.</summary>
internal sealed class InstantColumn(long[] ticks) : Column
{
    public const long BlankTicks = long.MinValue;

    public long[] Ticks { get; } = ticks;

    public override int Length => Ticks.Length;

    public override Value ValueAt(int row) => Ticks[row] == BlankTicks ? default : Value.FromDateTime(new DateTimeOffset(Ticks[row], TimeSpan.Zero));
}

/// <summary>
/// A dictionary-encoded column: each row holds a code into <see cref="Dictionary"/>; code 0 is always blank.
/// For a cascade level, <see cref="Paths"/> holds each code's full path (codes are distinct per path).
/// </summary>
internal sealed class CodedColumn(int[] codes, Value[] dictionary, string[]? paths = null) : Column
{
    public int[] Codes { get; } = codes;

    public Value[] Dictionary { get; } = dictionary;

    public string[]? Paths { get; } = paths;

    public override int Length => Codes.Length;

    public override Value ValueAt(int row) => Dictionary[Codes[row]];

    public static CodedColumn Encode(int length, Func<int, Value> valueAt)
    {
        var codes = new int[length];
        var map = new Dictionary<Value, int> { [default] = 0 };
        var dictionary = new List<Value> { default };
        for (var i = 0; i < length; i++)
        {
            var value = valueAt(i);
            if (!map.TryGetValue(value, out var code))
            {
                code = dictionary.Count;
                map.Add(value, code);
                dictionary.Add(value);
            }

            codes[i] = code;
        }

        return new CodedColumn(codes, [.. dictionary]);
    }

    public static CodedColumn EncodeNumbers(NumberColumn column)
    {
        var codes = new int[column.Length];
        var map = new Dictionary<decimal, int>();
        var dictionary = new List<Value> { default };
        var values = column.Values;
        var blank = column.Blank;
        for (var i = 0; i < codes.Length; i++)
        {
            if (blank is not null && blank[i])
            {
                continue;
            }

            if (!map.TryGetValue(values[i], out var code))
            {
                code = dictionary.Count;
                map.Add(values[i], code);
                dictionary.Add(Value.FromNumber(values[i]));
            }

            codes[i] = code;
        }

        return new CodedColumn(codes, [.. dictionary]);
    }

    public static CodedColumn EncodeLongs(long[] keys, long blankKey, Func<long, Value> toValue)
    {
        var codes = new int[keys.Length];
        var map = new Dictionary<long, int>();
        var dictionary = new List<Value> { default };
        for (var i = 0; i < codes.Length; i++)
        {
            var key = keys[i];
            if (key == blankKey)
            {
                continue;
            }

            if (!map.TryGetValue(key, out var code))
            {
                code = dictionary.Count;
                map.Add(key, code);
                dictionary.Add(toValue(key));
            }

            codes[i] = code;
        }

        return new CodedColumn(codes, [.. dictionary]);
    }
}

/// <summary>A cascade column: the full value plus one coded column per level.</summary>
internal sealed class CascadeColumn(CodedColumn full, CodedColumn[] levels) : Column
{
    public CodedColumn Full { get; } = full;

    public IReadOnlyList<CodedColumn> Levels { get; } = levels;

    public override int Length => Full.Length;

    public override Value ValueAt(int row) => Full.ValueAt(row);

    public static CascadeColumn Encode(int length, int levelCount, Func<int, Value> valueAt)
    {
        var full = CodedColumn.Encode(length, valueAt);
        var segments = full.Dictionary.Select(Segments).ToArray();
        var levels = new CodedColumn[levelCount];
        for (var level = 0; level < levelCount; level++)
        {
            var map = new Dictionary<string, int>(StringComparer.Ordinal) { [string.Empty] = 0 };
            var dictionary = new List<Value> { default };
            var paths = new List<string> { string.Empty };
            var byFullCode = new int[segments.Length];
            for (var code = 0; code < segments.Length; code++)
            {
                var parts = segments[code];
                if (parts.Length <= level)
                {
                    continue;
                }

                var path = string.Join('/', parts.Take(level + 1));
                if (!map.TryGetValue(path, out var levelCode))
                {
                    levelCode = dictionary.Count;
                    map.Add(path, levelCode);
                    dictionary.Add(Value.FromText(parts[level]));
                    paths.Add(path);
                }

                byFullCode[code] = levelCode;
            }

            var codes = new int[length];
            for (var i = 0; i < length; i++)
            {
                codes[i] = byFullCode[full.Codes[i]];
            }

            levels[level] = new CodedColumn(codes, [.. dictionary], [.. paths]);
        }

        return new CascadeColumn(full, levels);
    }

    public static string[] Segments(Value value) => value.Kind switch
    {
        ValueKind.List => value.AsList().Select(v => v.ToString()).TakeWhile(s => s.Length > 0).ToArray(),
        ValueKind.Text => value.AsText().Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => [],
    };
}
