using System;
using System.Collections.Generic;
using System.Numerics;

namespace Formwork.Reporting.Internal;

/// <summary>
/// The mergeable state of one measure for many groups. Partial states (per thread, per finest group) merge into
/// totals exactly: counts and sums add, distinct sets unite, value lists concatenate, so every total level is
/// computed from the underlying rows, never from finished cells.
/// </summary>
internal abstract class Accumulator
{
    public int Groups { get; private set; }

    public void Resize(int groups)
    {
        if (groups > Groups)
        {
            var capacity = Math.Max(groups, Math.Min(Groups * 2, groups + 1_000_000));
            Grow(capacity);
            Groups = capacity;
        }
    }

    public abstract void Add(ReadOnlySpan<int> groups, int start);

    public abstract void Merge(int target, Accumulator source, int sourceGroup);

    public abstract Value Result(int group);

    public abstract Accumulator CreateEmpty();

    protected abstract void Grow(int capacity);
}

/// <summary>Counts rows.</summary>
internal sealed class RowCountAccumulator : Accumulator
{
    private long[] _counts = [];

    public long Count(int group) => _counts[group];

    public override void Add(ReadOnlySpan<int> groups, int start)
    {
        var counts = _counts;
        foreach (var g in groups)
        {
            if (g >= 0)
            {
                counts[g]++;
            }
        }
    }

    public override void Merge(int target, Accumulator source, int sourceGroup) =>
        _counts[target] += ((RowCountAccumulator)source)._counts[sourceGroup];

    public override Value Result(int group) => _counts[group];

    public override Accumulator CreateEmpty() => new RowCountAccumulator();

    protected override void Grow(int capacity) => Array.Resize(ref _counts, capacity);
}

/// <summary>Counts non-blank values of a coded column.</summary>
internal sealed class ValueCountAccumulator(CodedColumn column) : Accumulator
{
    private long[] _counts = [];

    public override void Add(ReadOnlySpan<int> groups, int start)
    {
        var counts = _counts;
        var codes = column.Codes.AsSpan(start, groups.Length);
        for (var j = 0; j < groups.Length; j++)
        {
            var g = groups[j];
            if (g >= 0 && codes[j] != 0)
            {
                counts[g]++;
            }
        }
    }

    public override void Merge(int target, Accumulator source, int sourceGroup) =>
        _counts[target] += ((ValueCountAccumulator)source)._counts[sourceGroup];

    public override Value Result(int group) => _counts[group];

    public override Accumulator CreateEmpty() => new ValueCountAccumulator(column);

    protected override void Grow(int capacity) => Array.Resize(ref _counts, capacity);
}

/// <summary>
/// Sums (and averages) a number column exactly. When the column has a scaled-integer view, rows add into a long per
/// group that is folded into the decimal total every 4,096 values (no overflow: each scaled value is below 2^50).
/// </summary>
internal sealed class SumAccumulator(NumberColumn column, bool average) : Accumulator
{
    private const int FlushEvery = 4096;
    private readonly ScaledNumbers? _scaled = column.Scaled;
    private decimal[] _sums = [];
    private long[] _counts = [];
    private long[] _pendingSums = [];
    private int[] _pendingCounts = [];

    public override void Add(ReadOnlySpan<int> groups, int start)
    {
        if (_scaled is not null)
        {
            AddScaled(groups, start);
            return;
        }

        var sums = _sums;
        var counts = _counts;
        var values = column.Values.AsSpan(start, groups.Length);
        var blank = column.Blank;
        for (var j = 0; j < groups.Length; j++)
        {
            var g = groups[j];
            if (g >= 0 && (blank is null || !blank[start + j]))
            {
                sums[g] += values[j];
                counts[g]++;
            }
        }
    }

    public override void Merge(int target, Accumulator source, int sourceGroup)
    {
        var other = (SumAccumulator)source;
        _sums[target] += other.Total(sourceGroup);
        _counts[target] += other._counts[sourceGroup];
    }

    public override Value Result(int group) => average
        ? (_counts[group] == 0 ? default : Value.FromNumber(Total(group) / _counts[group]))
        : Value.FromNumber(Total(group));

    public override Accumulator CreateEmpty() => new SumAccumulator(column, average);

    protected override void Grow(int capacity)
    {
        Array.Resize(ref _sums, capacity);
        Array.Resize(ref _counts, capacity);
        if (_scaled is not null)
        {
            Array.Resize(ref _pendingSums, capacity);
            Array.Resize(ref _pendingCounts, capacity);
        }
    }

    private void AddScaled(ReadOnlySpan<int> groups, int start)
    {
        var pendingSums = _pendingSums;
        var pendingCounts = _pendingCounts;
        var counts = _counts;
        var values = _scaled!.Values.AsSpan(start, groups.Length);
        var blank = column.Blank;
        for (var j = 0; j < groups.Length; j++)
        {
            var g = groups[j];
            if (g < 0 || (blank is not null && blank[start + j]))
            {
                continue;
            }

            pendingSums[g] += values[j];
            counts[g]++;
            if (++pendingCounts[g] == FlushEvery)
            {
                _sums[g] += _scaled.ToDecimal(pendingSums[g]);
                pendingSums[g] = 0;
                pendingCounts[g] = 0;
            }
        }
    }

    private decimal Total(int group) =>
        _scaled is null || _pendingCounts[group] == 0 ? _sums[group] : _sums[group] + _scaled.ToDecimal(_pendingSums[group]);
}

/// <summary>Smallest or largest value of a number view of a column.</summary>
internal sealed class MinMaxAccumulator(decimal[] values, bool[]? blank, bool max, Func<decimal, Value> toValue) : Accumulator
{
    private decimal[] _best = [];
    private bool[] _has = [];

    public override void Add(ReadOnlySpan<int> groups, int start)
    {
        for (var j = 0; j < groups.Length; j++)
        {
            var g = groups[j];
            var i = start + j;
            if (g >= 0 && (blank is null || !blank[i]))
            {
                Offer(g, values[i]);
            }
        }
    }

    public override void Merge(int target, Accumulator source, int sourceGroup)
    {
        var other = (MinMaxAccumulator)source;
        if (other._has[sourceGroup])
        {
            Offer(target, other._best[sourceGroup]);
        }
    }

    public override Value Result(int group) => _has[group] ? toValue(_best[group]) : default;

    public override Accumulator CreateEmpty() => new MinMaxAccumulator(values, blank, max, toValue);

    protected override void Grow(int capacity)
    {
        Array.Resize(ref _best, capacity);
        Array.Resize(ref _has, capacity);
    }

    private void Offer(int g, decimal value)
    {
        if (!_has[g] || (max ? value > _best[g] : value < _best[g]))
        {
            _best[g] = value;
            _has[g] = true;
        }
    }
}

/// <summary>
/// Distinct non-blank codes of a coded column per group: a bitset per group when the dictionary is small enough,
/// a hash set otherwise. Merging unites the sets, so distinct counts are right at every total level. With few groups,
/// codes are first buffered per group and set group by group, so the bits being written stay in cache.
/// </summary>
internal sealed class DistinctAccumulator : Accumulator
{
    private const long MaxBitsetWords = 1 << 22;
    private const int BufferSize = 2048;
    private const int MaxBufferedGroups = 4096;

    private readonly CodedColumn _column;
    private readonly int _words;
    private readonly long _expectedGroups;
    private readonly bool _buffered;
    private ulong[] _bits = [];
    private HashSet<int>?[] _sets = [];
    private int[]?[] _buffers = [];
    private int[] _fill = [];

    public DistinctAccumulator(CodedColumn column, long expectedGroups)
    {
        _column = column;
        _expectedGroups = expectedGroups;
        var words = (column.Dictionary.Length + 63) / 64;
        _words = words * Math.Max(1, expectedGroups) <= MaxBitsetWords ? words : 0;
        _buffered = _words > 1 && expectedGroups <= MaxBufferedGroups;
    }

    public override void Add(ReadOnlySpan<int> groups, int start)
    {
        var codes = _column.Codes.AsSpan(start, groups.Length);
        if (_buffered)
        {
            var buffers = _buffers;
            var fill = _fill;
            for (var j = 0; j < groups.Length; j++)
            {
                var g = groups[j];
                var code = codes[j];
                if (g >= 0 && code != 0)
                {
                    var buffer = buffers[g] ??= new int[BufferSize];
                    buffer[fill[g]++] = code;
                    if (fill[g] == BufferSize)
                    {
                        Flush(g);
                    }
                }
            }

            return;
        }

        if (_words > 0)
        {
            var bits = _bits;
            var words = _words;
            for (var j = 0; j < groups.Length; j++)
            {
                var g = groups[j];
                var code = codes[j];
                if (g >= 0 && code != 0)
                {
                    bits[(g * words) + (code >> 6)] |= 1UL << code;
                }
            }

            return;
        }

        for (var j = 0; j < groups.Length; j++)
        {
            var g = groups[j];
            if (g >= 0 && codes[j] != 0)
            {
                (_sets[g] ??= []).Add(codes[j]);
            }
        }
    }

    public override void Merge(int target, Accumulator source, int sourceGroup)
    {
        var other = (DistinctAccumulator)source;
        if (_words > 0)
        {
            other.Flush(sourceGroup);
            var to = _bits.AsSpan(target * _words, _words);
            var from = other._bits.AsSpan(sourceGroup * _words, _words);
            for (var w = 0; w < to.Length; w++)
            {
                to[w] |= from[w];
            }

            return;
        }

        if (other._sets[sourceGroup] is { } set)
        {
            (_sets[target] ??= []).UnionWith(set);
        }
    }

    public override Value Result(int group)
    {
        if (_words == 0)
        {
            return _sets[group]?.Count ?? 0;
        }

        Flush(group);
        long count = 0;
        foreach (var word in _bits.AsSpan(group * _words, _words))
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }

    public override Accumulator CreateEmpty() => new DistinctAccumulator(_column, _expectedGroups);

    protected override void Grow(int capacity)
    {
        if (_words > 0)
        {
            Array.Resize(ref _bits, checked(capacity * _words));
            if (_buffered)
            {
                Array.Resize(ref _buffers, capacity);
                Array.Resize(ref _fill, capacity);
            }
        }
        else
        {
            Array.Resize(ref _sets, capacity);
        }
    }

    private void Flush(int group)
    {
        if (!_buffered || _fill[group] == 0)
        {
            return;
        }

        var bits = _bits.AsSpan(group * _words, _words);
        foreach (var code in _buffers[group].AsSpan(0, _fill[group]))
        {
            bits[code >> 6] |= 1UL << code;
        }

        _fill[group] = 0;
    }
}

/// <summary>Keeps the values per group for the median and percentiles (Excel PERCENTILE.INC interpolation).</summary>
internal sealed class PercentileAccumulator(NumberColumn column, decimal percentile) : Accumulator
{
    private List<decimal>?[] _values = [];

    public override void Add(ReadOnlySpan<int> groups, int start)
    {
        for (var j = 0; j < groups.Length; j++)
        {
            var g = groups[j];
            var i = start + j;
            if (g >= 0 && (column.Blank is null || !column.Blank[i]))
            {
                (_values[g] ??= []).Add(column.Values[i]);
            }
        }
    }

    public override void Merge(int target, Accumulator source, int sourceGroup)
    {
        if (((PercentileAccumulator)source)._values[sourceGroup] is { } values)
        {
            (_values[target] ??= []).AddRange(values);
        }
    }

    public override Value Result(int group)
    {
        if (_values[group] is not { Count: > 0 } list)
        {
            return default;
        }

        var sorted = list.ToArray();
        Array.Sort(sorted);
        var rank = percentile * (sorted.Length - 1);
        var low = (int)decimal.Floor(rank);
        var fraction = rank - low;
        return low + 1 < sorted.Length ? sorted[low] + (fraction * (sorted[low + 1] - sorted[low])) : sorted[low];
    }

    public override Accumulator CreateEmpty() => new PercentileAccumulator(column, percentile);

    protected override void Grow(int capacity) => Array.Resize(ref _values, capacity);
}

/// <summary>The placeholder of a calculated measure: it keeps no state; its cells are evaluated from the other measures.</summary>
internal sealed class CalculatedAccumulator : Accumulator
{
    public override void Add(ReadOnlySpan<int> groups, int start)
    {
    }

    public override void Merge(int target, Accumulator source, int sourceGroup)
    {
    }

    public override Value Result(int group) => default;

    public override Accumulator CreateEmpty() => new CalculatedAccumulator();

    protected override void Grow(int capacity)
    {
    }
}
