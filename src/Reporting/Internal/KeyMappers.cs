using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Formwork.Reporting.Internal;

/// <summary>
/// Turns the rows of a dimension's column into dense integer keys 0..<see cref="Cardinality"/>-1, numbered in the
/// dimension's natural order (blank first, dates chronological, numbers ascending, text ordinal).
/// </summary>
internal abstract class KeyMapper
{
    public int Cardinality { get; protected set; }

    public abstract void Map(int start, int count, Span<int> codes);

    public abstract Value Key(int code);

    public abstract string Label(int code);
}

/// <summary>Keys of a dictionary-encoded column (any kind, or a cascade level), ranked by value.</summary>
internal sealed class CodedMapper : KeyMapper
{
    private readonly int[] _source;
    private readonly int[] _rank;
    private readonly Value[] _keys;
    private readonly string[] _labels;

    public CodedMapper(CodedColumn column)
    {
        _source = column.Codes;
        var order = Enumerable.Range(0, column.Dictionary.Length).ToArray();
        if (column.Paths is { } paths)
        {
            Array.Sort(order, (a, b) => a == 0 ? (b == 0 ? 0 : -1) : b == 0 ? 1 : string.CompareOrdinal(paths[a], paths[b]));
        }
        else
        {
            Array.Sort(order, (a, b) => column.Dictionary[a].CompareTo(column.Dictionary[b]));
        }

        _rank = new int[order.Length];
        _keys = new Value[order.Length];
        _labels = new string[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            _rank[order[i]] = i;
            _keys[i] = column.Dictionary[order[i]];
            _labels[i] = _keys[i].ToString();
        }

        Cardinality = order.Length;
    }

    public override void Map(int start, int count, Span<int> codes)
    {
        var source = _source.AsSpan(start, count);
        var rank = _rank;
        for (var j = 0; j < source.Length; j++)
        {
            codes[j] = rank[source[j]];
        }
    }

    public override Value Key(int code) => _keys[code];

    public override string Label(int code) => _labels[code];
}

/// <summary>Number bands: 0 blank, 1 below the first boundary, then one key per boundary.</summary>
internal sealed class BandMapper : KeyMapper
{
    private readonly NumberColumn _column;
    private readonly decimal[] _bounds;
    private readonly string[] _labels;

    public BandMapper(NumberColumn column, IReadOnlyList<decimal> bounds)
    {
        _column = column;
        _bounds = [.. bounds];
        Cardinality = _bounds.Length + 2;
        _labels = new string[Cardinality];
        _labels[0] = string.Empty;
        _labels[1] = "< " + Format(_bounds[0]);
        for (var i = 1; i < _bounds.Length; i++)
        {
            _labels[i + 1] = Format(_bounds[i - 1]) + " – " + Format(_bounds[i]);
        }

        _labels[^1] = "≥ " + Format(_bounds[^1]);
    }

    public override void Map(int start, int count, Span<int> codes)
    {
        var values = _column.Values;
        var blank = _column.Blank;
        for (var j = 0; j < count; j++)
        {
            var i = start + j;
            if (blank is not null && blank[i])
            {
                codes[j] = 0;
                continue;
            }

            var index = Array.BinarySearch(_bounds, values[i]);
            codes[j] = (index >= 0 ? index + 1 : ~index) + 1;
        }
    }

    public override Value Key(int code) => code == 0 ? default : Value.FromText(_labels[code]);

    public override string Label(int code) => _labels[code];

    /// <summary>Returns the [low, high) range of a band; null ends are open.</summary>
    public (decimal? Low, decimal? High) Range(int code) =>
        (code <= 1 ? null : _bounds[code - 2], code - 1 < _bounds.Length ? _bounds[code - 1] : null);

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Shared logic of date grains: a period key per local date-time, its start and its label.</summary>
internal static class Periods
{
    public static long KeyOf(DateTime local, DateGrain grain) => grain switch
    {
        DateGrain.Year => local.Year,
        DateGrain.Quarter => (local.Year * 4L) + ((local.Month - 1) / 3),
        DateGrain.Month => (local.Year * 12L) + local.Month - 1,
        DateGrain.Week => DateOnly.FromDateTime(local).DayNumber - (((int)local.DayOfWeek + 6) % 7),
        DateGrain.Day => DateOnly.FromDateTime(local).DayNumber,
        _ => (DateOnly.FromDateTime(local).DayNumber * 24L) + local.Hour,
    };

    public static DateTime StartOf(long key, DateGrain grain) => grain switch
    {
        DateGrain.Year => new DateTime((int)key, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
        DateGrain.Quarter => new DateTime((int)(key / 4), (int)(key % 4 * 3) + 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
        DateGrain.Month => new DateTime((int)(key / 12), (int)(key % 12) + 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
        DateGrain.Week or DateGrain.Day => DateOnly.FromDayNumber((int)key).ToDateTime(TimeOnly.MinValue),
        _ => DateOnly.FromDayNumber((int)(key / 24)).ToDateTime(new TimeOnly((int)(key % 24), 0)),
    };

    public static DateTime NextStart(DateTime start, DateGrain grain) => grain switch
    {
        DateGrain.Year => start.AddYears(1),
        DateGrain.Quarter => start.AddMonths(3),
        DateGrain.Month => start.AddMonths(1),
        DateGrain.Week => start.AddDays(7),
        DateGrain.Day => start.AddDays(1),
        _ => start.AddHours(1),
    };

    public static string Label(DateTime start, DateGrain grain) => grain switch
    {
        DateGrain.Year => start.Year.ToString(CultureInfo.InvariantCulture),
        DateGrain.Quarter => string.Create(CultureInfo.InvariantCulture, $"{start.Year}-Q{((start.Month - 1) / 3) + 1}"),
        DateGrain.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DateGrain.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(start)}-W{ISOWeek.GetWeekOfYear(start):00}"),
        DateGrain.Day => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => start.ToString("yyyy-MM-dd HH:00", CultureInfo.InvariantCulture),
    };
}

/// <summary>Date grains over a date column: a lookup table from day number to period.</summary>
internal sealed class DayGrainMapper : KeyMapper
{
    private readonly int[] _days;
    private readonly int[] _table = [];
    private readonly int _minDay;
    private readonly DateTime[] _starts;
    private readonly DateGrain _grain;

    public DayGrainMapper(DayColumn column, DateGrain grain)
    {
        _days = column.Days;
        _grain = grain;
        var min = int.MaxValue;
        var max = int.MinValue;
        foreach (var day in _days)
        {
            if (day != DayColumn.BlankDay)
            {
                min = Math.Min(min, day);
                max = Math.Max(max, day);
            }
        }

        var starts = new List<DateTime> { default };
        if (min <= max)
        {
            _minDay = min;
            _table = new int[max - min + 1];
            var previous = long.MinValue;
            for (var day = min; day <= max; day++)
            {
                var local = DateOnly.FromDayNumber(day).ToDateTime(TimeOnly.MinValue);
                var key = Periods.KeyOf(local, grain);
                if (key != previous)
                {
                    starts.Add(Periods.StartOf(key, grain));
                    previous = key;
                }

                _table[day - min] = starts.Count - 1;
            }
        }

        _starts = [.. starts];
        Cardinality = _starts.Length;
    }

    public override void Map(int start, int count, Span<int> codes)
    {
        var days = _days.AsSpan(start, count);
        var table = _table;
        var min = _minDay;
        for (var j = 0; j < days.Length; j++)
        {
            var day = days[j];
            codes[j] = day == DayColumn.BlankDay ? 0 : table[day - min];
        }
    }

    public override Value Key(int code) => code == 0 ? default : Value.FromDate(DateOnly.FromDateTime(_starts[code]));

    public override string Label(int code) => code == 0 ? string.Empty : Periods.Label(_starts[code], _grain);

    /// <summary>Returns the dates [start, end) of a period.</summary>
    public (DateOnly Start, DateOnly End) Range(int code) =>
        (DateOnly.FromDateTime(_starts[code]), DateOnly.FromDateTime(Periods.NextStart(_starts[code], _grain)));
}

/// <summary>
/// Date grains over a date-time column in a time zone. The column's span is cut into 15-minute quanta (every
/// modern zone offset is a multiple of 15 minutes); a table maps each quantum to its local period, so a row costs
/// one division and one array read. Quanta that hold a period boundary (odd historical offsets) fall back to an
/// exact per-row conversion.
/// </summary>
internal sealed class InstantGrainMapper : KeyMapper
{
    private const long Quantum = TimeSpan.TicksPerMinute * 15;
    private const long MaxTable = 16_000_000;

    private readonly long[] _ticks;
    private readonly TimeZoneInfo _zone;
    private readonly DateGrain _grain;
    private readonly int[] _table = [];
    private readonly long _baseQuantum;
    private readonly Dictionary<long, int> _codeOfKey = [];
    private readonly DateTime[] _starts;
    private readonly long[] _firstUtc;
    private readonly long[] _endUtc;

    public InstantGrainMapper(InstantColumn column, DateGrain grain, TimeZoneInfo zone)
    {
        _ticks = column.Ticks;
        _zone = zone;
        _grain = grain;
        var min = long.MaxValue;
        var max = long.MinValue;
        foreach (var t in _ticks)
        {
            if (t != InstantColumn.BlankTicks)
            {
                min = Math.Min(min, t);
                max = Math.Max(max, t);
            }
        }

        var keys = new SortedSet<long>();
        if (min <= max)
        {
            _baseQuantum = min / Quantum;
            var quanta = (max / Quantum) - _baseQuantum + 1;
            for (var local = Periods.StartOf(LocalKey(min), grain); ; local = Periods.NextStart(local, grain))
            {
                keys.Add(Periods.KeyOf(local, grain));
                if (local > Local(max))
                {
                    break;
                }
            }

            if (quanta <= MaxTable)
            {
                _table = new int[quanta];
            }
        }

        var starts = new List<DateTime> { default };
        foreach (var key in keys)
        {
            _codeOfKey[key] = starts.Count;
            starts.Add(Periods.StartOf(key, grain));
        }

        _starts = [.. starts];
        _firstUtc = new long[_starts.Length];
        _endUtc = new long[_starts.Length];
        Array.Fill(_firstUtc, long.MaxValue);
        for (long q = 0; q < _table.Length; q++)
        {
            var from = (_baseQuantum + q) * Quantum;
            var first = LocalKey(from);
            var last = LocalKey(from + Quantum - 1);
            var code = first == last && _codeOfKey.TryGetValue(first, out var found) ? found : -1;
            _table[q] = code;
            if (code > 0)
            {
                _firstUtc[code] = Math.Min(_firstUtc[code], from);
                _endUtc[code] = Math.Max(_endUtc[code], from + Quantum);
            }
        }

        Cardinality = _starts.Length;
    }

    public override void Map(int start, int count, Span<int> codes)
    {
        var ticks = _ticks.AsSpan(start, count);
        var table = _table;
        var baseQuantum = _baseQuantum;
        for (var j = 0; j < ticks.Length; j++)
        {
            var t = ticks[j];
            if (t == InstantColumn.BlankTicks)
            {
                codes[j] = 0;
                continue;
            }

            var q = (t / Quantum) - baseQuantum;
            var code = (ulong)q < (ulong)table.Length ? table[q] : -1;
            codes[j] = code >= 0 ? code : _codeOfKey[LocalKey(t)];
        }
    }

    public override Value Key(int code)
    {
        if (code == 0)
        {
            return default;
        }

        var start = _starts[code];
        return _grain == DateGrain.Hour
            ? Value.FromDateTime(new DateTimeOffset(start, _zone.GetUtcOffset(start)))
            : Value.FromDate(DateOnly.FromDateTime(start));
    }

    public override string Label(int code) => code == 0 ? string.Empty : Periods.Label(_starts[code], _grain);

    /// <summary>Returns the UTC instants [start, end) of a period's rows.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Range(int code)
    {
        var start = _starts[code];
        var end = Periods.NextStart(start, _grain);
        var from = _firstUtc[code] != long.MaxValue ? _firstUtc[code] : ToUtc(start);
        var to = _endUtc[code] != 0 ? Math.Max(_endUtc[code], ToUtc(end)) : ToUtc(end);
        return (new DateTimeOffset(Math.Min(from, ToUtc(start)), TimeSpan.Zero), new DateTimeOffset(to, TimeSpan.Zero));
    }

    private long ToUtc(DateTime local) => local.Ticks - _zone.GetUtcOffset(local).Ticks;

    private DateTime Local(long utcTicks) => TimeZoneInfo.ConvertTimeFromUtc(new DateTime(utcTicks, DateTimeKind.Utc), _zone);

    private long LocalKey(long utcTicks) => Periods.KeyOf(Local(utcTicks), _grain);
}
