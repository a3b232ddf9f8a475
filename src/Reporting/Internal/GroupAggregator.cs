using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using Formwork.Diagnostics;

namespace Formwork.Reporting.Internal;

/// <summary>The finest groups of one aggregation: each group's composite key and its measure states.</summary>
internal sealed class GroupTable
{
    public GroupTable(Accumulator[] measures)
    {
        Measures = measures;
    }

    /// <summary>Gets the measure states; index 0 always counts rows.</summary>
    public Accumulator[] Measures { get; }

    public List<long> Keys { get; } = [];

    public Dictionary<long, int> Index { get; } = [];

    /// <summary>Gets or sets the most groups the table may hold; one more fails the run with <c>FWR0129</c>.</summary>
    public int Limit { get; set; } = int.MaxValue;

    public static FormworkException TooManyGroups(int limit) =>
        new(Diagnostic.Error(ReportingMessages.TooManyGroups, null, null, ("limit", limit)));

    public int GroupOf(long key)
    {
        if (!Index.TryGetValue(key, out var group))
        {
            if (Keys.Count >= Limit)
            {
                throw TooManyGroups(Limit);
            }

            group = Keys.Count;
            Index.Add(key, group);
            Keys.Add(key);
            foreach (var measure in Measures)
            {
                measure.Resize(Keys.Count);
            }
        }

        return group;
    }

    public GroupTable CreateEmpty() => new(Array.ConvertAll(Measures, m => m.CreateEmpty()));

    public void MergeGroup(long key, GroupTable source, int sourceGroup)
    {
        var target = GroupOf(key);
        for (var m = 0; m < Measures.Length; m++)
        {
            Measures[m].Merge(target, source.Measures[m], sourceGroup);
        }
    }
}

/// <summary>
/// The columnar aggregator: one pass over the rows in blocks; each block maps every dimension to integer keys,
/// combines them into a group id (dense array index when the key space is small, hash-compacted otherwise) and feeds
/// each measure's tight loop. The row range is split across cores; partial states are merged at the end.
/// </summary>
internal static class GroupAggregator
{
    private const int BlockSize = 4096;
    private const int MinRowsPerPartition = 1 << 17;
    private const long DenseLimit = 1 << 16;

    public static GroupTable Run(int rowCount, IReadOnlyList<KeyMapper> dimensions, bool[]? mask, Func<Accumulator[]> createMeasures, int maxDegreeOfParallelism, int maxGroups)
    {
        var strides = new long[dimensions.Count];
        long space = 1;
        for (var d = dimensions.Count - 1; d >= 0; d--)
        {
            strides[d] = space;
            space = checked(space * Math.Max(1, dimensions[d].Cardinality));
        }

        var dense = space <= DenseLimit;
        var partitions = (int)Math.Clamp(rowCount / MinRowsPerPartition, 1, Math.Max(1, maxDegreeOfParallelism));
        var tables = new GroupTable[partitions];
        try
        {
            Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = partitions }, p =>
            {
                var from = (int)((long)rowCount * p / partitions);
                var to = (int)((long)rowCount * (p + 1) / partitions);
                tables[p] = RunPartition(from, to, dimensions, strides, dense ? (int)space : -1, mask, new GroupTable(createMeasures()) { Limit = maxGroups });
            });
        }
        catch (AggregateException e) when (e.InnerException is FormworkException limit)
        {
            ExceptionDispatchInfo.Capture(limit).Throw();
        }

        var result = tables[0];
        for (var p = 1; p < partitions; p++)
        {
            var table = tables[p];
            var rows = (RowCountAccumulator)table.Measures[0];
            for (var g = 0; g < table.Keys.Count; g++)
            {
                if (rows.Count(g) == 0)
                {
                    continue;
                }

                if (dense)
                {
                    for (var m = 0; m < result.Measures.Length; m++)
                    {
                        result.Measures[m].Merge(g, table.Measures[m], g);
                    }
                }
                else
                {
                    result.MergeGroup(table.Keys[g], table, g);
                }
            }
        }

        var compact = Compact(result);
        if (compact.Keys.Count > maxGroups)
        {
            throw GroupTable.TooManyGroups(maxGroups);
        }

        return compact;
    }

    private static GroupTable RunPartition(int from, int to, IReadOnlyList<KeyMapper> dimensions, long[] strides, int denseSpace, bool[]? mask, GroupTable table)
    {
        var measures = table.Measures;
        if (denseSpace > 0)
        {
            for (var g = 0; g < denseSpace; g++)
            {
                table.Keys.Add(g);
            }

            foreach (var measure in measures)
            {
                measure.Resize(denseSpace);
            }
        }

        var groups = new int[BlockSize];
        var codes = new int[BlockSize];
        var keys = new long[BlockSize];
        for (var start = from; start < to; start += BlockSize)
        {
            var count = Math.Min(BlockSize, to - start);
            var block = groups.AsSpan(0, count);
            var keySpan = keys.AsSpan(0, count);
            if (denseSpace > 0)
            {
                block.Clear();
                for (var d = 0; d < dimensions.Count; d++)
                {
                    dimensions[d].Map(start, count, codes);
                    var stride = (int)strides[d];
                    for (var j = 0; j < count; j++)
                    {
                        block[j] += codes[j] * stride;
                    }
                }
            }
            else
            {
                keySpan.Clear();
                for (var d = 0; d < dimensions.Count; d++)
                {
                    dimensions[d].Map(start, count, codes);
                    var stride = strides[d];
                    for (var j = 0; j < count; j++)
                    {
                        keySpan[j] += codes[j] * stride;
                    }
                }

                for (var j = 0; j < count; j++)
                {
                    block[j] = mask is null || mask[start + j] ? table.GroupOf(keySpan[j]) : -1;
                }
            }

            if (mask is not null)
            {
                for (var j = 0; j < count; j++)
                {
                    if (!mask[start + j])
                    {
                        block[j] = -1;
                    }
                }
            }

            foreach (var measure in measures)
            {
                measure.Add(block, start);
            }
        }

        return table;
    }

    private static GroupTable Compact(GroupTable table)
    {
        var rows = (RowCountAccumulator)table.Measures[0];
        var empty = false;
        for (var g = 0; g < table.Keys.Count && !empty; g++)
        {
            empty = rows.Count(g) == 0;
        }

        if (!empty && table.Index.Count == table.Keys.Count)
        {
            return table;
        }

        var compact = table.CreateEmpty();
        for (var g = 0; g < table.Keys.Count; g++)
        {
            if (rows.Count(g) > 0)
            {
                compact.MergeGroup(table.Keys[g], table, g);
            }
        }

        return compact;
    }
}
