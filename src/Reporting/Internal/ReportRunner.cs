using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Diagnostics;
using Formwork.Expressions;
using Formwork.Forms;

namespace Formwork.Reporting.Internal;

/// <summary>Runs a checked report definition over rows: mask, key mappers, aggregation, top N, rollup, result assembly.</summary>
internal sealed class ReportRunner
{
    private readonly ReportDefinition _definition;
    private readonly DatasetRows _rows;
    private readonly RunContext _context;
    private readonly ReportRunOptions _options;
    private const int DefaultScale = 4;
    private readonly int _rowDims;
    private readonly int _colDims;
    private readonly KeyMapper[] _mappers;
    private readonly (Formula Formula, (int Slot, int Measure)[] Inputs)?[] _calculated;
    private readonly Dictionary<FilterDefinition, (Formula Formula, (int Slot, int Measure)[] Inputs)> _havingFormulas = new(ReferenceEqualityComparer.Instance);
    private int[] _radix = [];
    private long[] _rollupStrides = [];
    private GroupTable _rollup = null!;
    private readonly Dictionary<(Node Parent, int Column, int Measure), Dictionary<int, Value>> _running = [];

    private ReportRunner(ReportDefinition definition, DatasetRows rows, RunContext context, ReportRunOptions options)
    {
        _definition = definition;
        _options = options;
        _rows = rows;
        _context = context;
        _rowDims = context.RowMappers.Length;
        _colDims = context.ColumnMappers.Length;
        _mappers = [.. context.RowMappers, .. context.ColumnMappers];
        _calculated = new (Formula, (int, int)[])?[definition.Measures.Count];
        if (definition.Measures.Any(m => m.Formula is not null) || definition.Having.Any(h => h.Formula is not null))
        {
            var scope = ReportFormulas.MeasureScope(definition);
            foreach (var having in definition.Having)
            {
                if (having.Formula is { } text)
                {
                    var formula = ReportFormulas.CompileChecked(text, scope);
                    _havingFormulas[having] = (formula, scope.Entries.Where(e => formula.Dependencies.Contains(e.Name)).Select(e => (e.Slot, IndexOfMeasure(e.Name))).ToArray());
                }
            }

            for (var m = 0; m < definition.Measures.Count; m++)
            {
                if (definition.Measures[m].Formula is { } text)
                {
                    var formula = ReportFormulas.CompileChecked(text, scope);
                    var inputs = scope.Entries.Where(e => formula.Dependencies.Contains(e.Name)).Select(e => (e.Slot, IndexOfMeasure(e.Name))).ToArray();
                    _calculated[m] = (formula, inputs);
                }
            }
        }
    }

    public static ReportResult Run(ReportDefinition definition, DatasetRows rows, TimeZoneInfo zone, DateTimeOffset now, RecordScope scope, ReportRunOptions options)
    {
        var mask = RowFilters.Build(definition, rows, scope, options.Actor, options.Filters, zone, now);
        var recordCount = mask is null ? rows.Count : mask.Count(m => m);
        if (definition.Kind == ReportKind.Funnel)
        {
            return Funnel(definition, rows, mask, recordCount, options.ExactValues);
        }

        var context = new RunContext(definition, rows, mask,
            definition.Rows.Select(d => Mapper(d, rows, zone)).ToArray(),
            definition.Columns.Select(d => Mapper(d, rows, zone)).ToArray(), zone);
        return new ReportRunner(definition, rows, context, options).Run(Math.Max(1, options.MaxDegreeOfParallelism), recordCount);
    }

    public static KeyMapper Mapper(DimensionDefinition dimension, DatasetRows rows, TimeZoneInfo zone)
    {
        if (dimension.Formula is { } formula)
        {
            var compiled = ReportFormulas.CompileChecked(formula, rows.Dataset);
            return dimension switch
            {
                { Grain: { } grain } when compiled.ResultKind == ValueKind.DateTime =>
                    new InstantGrainMapper((InstantColumn)rows.GetDerived(compiled, ValueKind.DateTime, 0), grain, zone),
                { Grain: { } grain } => new DayGrainMapper((DayColumn)rows.GetDerived(compiled, ValueKind.Date, 0), grain),
                { Bands: { } bands } => new BandMapper((NumberColumn)rows.GetDerived(compiled, ValueKind.Number, 0), bands),
                { Level: { } level } => new CodedMapper(((CascadeColumn)rows.GetDerived(compiled, ValueKind.List, level + 1)).Levels[level]),
                _ => new CodedMapper(rows.GetDerived(compiled)),
            };
        }

        var column = rows.GetColumn(dimension.Column!);
        return (column, dimension) switch
        {
            (DayColumn day, { Grain: { } grain }) => new DayGrainMapper(day, grain),
            (InstantColumn instant, { Grain: { } grain }) => new InstantGrainMapper(instant, grain, zone),
            (NumberColumn number, { Bands: { } bands }) => new BandMapper(number, bands),
            (CascadeColumn cascade, { Level: { } level }) => new CodedMapper(cascade.Levels[level]),
            _ => new CodedMapper(rows.GetCodes(dimension.Column!)),
        };
    }

    public static string DimensionLabel(DimensionDefinition dimension, ReportDataset dataset)
    {
        if (dimension.Formula is { } formula)
        {
            return dimension.Label ?? formula;
        }

        var column = dataset.GetColumn(dimension.Column!);
        return dimension.Label ?? (dimension.Level is { } level ? column.Levels[level] : column.Label);
    }

    private ReportResult Run(int parallelism, int recordCount)
    {
        long space = 1;
        long rollupSpace = 1;
        foreach (var mapper in _mappers)
        {
            var cardinality = Math.Max(1, mapper.Cardinality);
            space = space > long.MaxValue / 2 / cardinality ? long.MaxValue / 2 : space * cardinality;
            var radix = (long)cardinality + 2;
            if (rollupSpace > long.MaxValue / radix)
            {
                throw new FormworkException(Diagnostic.Error(ReportingMessages.KeySpaceTooLarge, null, null, ("dimensions", _mappers.Length)));
            }

            rollupSpace *= radix;
        }

        var expectedGroups = Math.Min(space, Math.Max(1, _rows.Count));
        var factories = _definition.Measures.Select(m => Factory(m, _rows, _context.Zone, expectedGroups)).ToArray();
        var table = GroupAggregator.Run(_rows.Count, _mappers, _context.Mask, () => [new RowCountAccumulator(), .. factories.Select(f => f())], parallelism, _options.MaxGroups);

        _radix = _mappers.Select(m => Math.Max(1, m.Cardinality)).ToArray();
        var codes = Decode(table);
        if (_definition.Top is { } top)
        {
            ApplyTop(top, table, codes);
        }

        Rollup(table, codes);
        return Assemble(codes, recordCount);
    }

    private List<int[]?> Decode(GroupTable table)
    {
        var strides = new long[_mappers.Length];
        long stride = 1;
        for (var d = _mappers.Length - 1; d >= 0; d--)
        {
            strides[d] = stride;
            stride *= _radix[d];
        }

        var result = new List<int[]?>(table.Keys.Count);
        foreach (var key in table.Keys)
        {
            var codes = new int[_mappers.Length];
            for (var d = 0; d < codes.Length; d++)
            {
                codes[d] = (int)(key / strides[d] % _radix[d]);
            }

            result.Add(codes);
        }

        return result;
    }

    private void ApplyTop(TopDefinition top, GroupTable table, List<int[]?> codes)
    {
        var t = top.Dimension;
        var measure = IndexOfMeasure(top.Measure);
        var byCode = table.CreateEmpty();
        for (var g = 0; g < codes.Count; g++)
        {
            byCode.MergeGroup(codes[g]![t], table, g);
        }

        var ranked = Enumerable.Range(0, byCode.Keys.Count)
            .Select(g => (Code: (int)byCode.Keys[g], Value: Evaluate(measure, m => byCode.Measures[m + 1].Result(g))))
            .OrderByDescending(x => x.Value)
            .ThenBy(x => x.Code)
            .Take(top.Count)
            .Select(x => x.Code)
            .ToHashSet();
        var others = _radix[t];
        var remap = new int[others];
        for (var code = 0; code < remap.Length; code++)
        {
            remap[code] = ranked.Contains(code) ? code : top.Others ? others : -1;
        }

        for (var g = 0; g < codes.Count; g++)
        {
            var next = remap[codes[g]![t]];
            codes[g] = next < 0 ? null : codes[g];
            if (next >= 0)
            {
                codes[g]![t] = next;
            }
        }

        if (top.Others)
        {
            _radix[t]++;
        }

        _context.TopRemap = remap;
        _context.TopKept = ranked.Order().Select(c => _mappers[t].Key(c)).ToArray();
    }

    private void Rollup(GroupTable table, List<int[]?> codes)
    {
        _rollupStrides = new long[_mappers.Length];
        long stride = 1;
        for (var d = _mappers.Length - 1; d >= 0; d--)
        {
            _rollupStrides[d] = stride;
            stride = checked(stride * (_radix[d] + 1));
        }

        _rollup = table.CreateEmpty();
        var buffer = new int[_mappers.Length];
        for (var g = 0; g < codes.Count; g++)
        {
            if (codes[g] is not { } groupCodes)
            {
                continue;
            }

            for (var r = 0; r <= _rowDims; r++)
            {
                for (var c = 0; c <= _colDims; c++)
                {
                    for (var d = 0; d < buffer.Length; d++)
                    {
                        var specified = d < _rowDims ? d < r : d - _rowDims < c;
                        buffer[d] = specified ? groupCodes[d] : _radix[d];
                    }

                    _rollup.MergeGroup(RollupKey(buffer), table, g);
                }
            }
        }
    }

    private long RollupKey(ReadOnlySpan<int> codes)
    {
        long key = 0;
        for (var d = 0; d < codes.Length; d++)
        {
            key += codes[d] * _rollupStrides[d];
        }

        return key;
    }

    private Value Raw(int[] rowCodes, int[] columnCodes, int measure)
    {
        Span<int> buffer = stackalloc int[_mappers.Length];
        rowCodes.CopyTo(buffer);
        columnCodes.CopyTo(buffer[_rowDims..]);
        var found = _rollup.Index.TryGetValue(RollupKey(buffer), out var g);
        return Evaluate(measure, m => found ? _rollup.Measures[m + 1].Result(g) : default);
    }

    /// <summary>Returns a measure's value: a stored measure's from <paramref name="stored"/>, a calculated measure's by its formula over its inputs' values.</summary>
    private Value Evaluate(int measure, Func<int, Value> stored)
    {
        if (_calculated[measure] is not var (formula, inputs))
        {
            return stored(measure);
        }

        var slots = new Value[formula.Scope.SlotCount];
        foreach (var (slot, input) in inputs)
        {
            slots[slot] = Evaluate(input, stored);
        }

        return formula.Evaluate(slots);
    }

    /// <summary>Rounds a number cell to the measure's scale (declared, or 4 for averages, percentiles, percentages and calculated measures) unless the run keeps exact values.</summary>
    private Value Round(Value value, int m) => _options.ExactValues ? value : RoundTo(value, ScaleOf(_definition.Measures[m]));

    internal static int? ScaleOf(MeasureDefinition measure) =>
        measure.Scale ?? (measure.Formula is not null
            || measure.Aggregate is MeasureAggregate.Average or MeasureAggregate.Median or MeasureAggregate.Percentile
            || measure.Display is MeasureDisplay.PercentOfTotal or MeasureDisplay.PercentOfRow or MeasureDisplay.PercentOfColumn or MeasureDisplay.PeriodChangePercent
                ? DefaultScale
                : null);

    private static Value RoundTo(Value value, int? scale) =>
        scale is { } s && value.Kind == ValueKind.Number ? Value.FromNumber(Math.Round(value.AsNumber(), s, MidpointRounding.AwayFromZero)) : value;

    private ReportResult Assemble(List<int[]?> codes, int recordCount)
    {
        var rowRoot = new Node(null, 0, Enumerable.Range(0, _rowDims).Select(d => _radix[d]).ToArray(), -1);
        var colRoot = new Node(null, 0, Enumerable.Range(_rowDims, _colDims).Select(d => _radix[d]).ToArray(), -1);
        foreach (var groupCodes in codes)
        {
            if (groupCodes is null)
            {
                continue;
            }

            rowRoot.Insert(groupCodes.AsSpan(0, _rowDims));
            colRoot.Insert(groupCodes.AsSpan(_rowDims, _colDims));
        }

        var allColumns = colRoot.Codes;
        var columnNodes = new List<Node>();
        EmitColumns(colRoot, columnNodes);
        if (_definition.GrandTotals || _colDims == 0)
        {
            columnNodes.Add(colRoot);
        }

        var columns = new List<ResultColumn>();
        var columnOf = new List<(Node Node, int Measure)>();
        foreach (var node in columnNodes)
        {
            var (keys, labels, _) = Describe(node, _rowDims);
            for (var m = 0; m < _definition.Measures.Count; m++)
            {
                var measure = _definition.Measures[m];
                var caption = measure.Label ?? measure.Id;
                var title = _colDims == 0 ? caption : (node.Level == 0 ? "Total" : string.Join(" / ", labels.Take(node.Level))) + " / " + caption;
                columns.Add(new ResultColumn(keys, labels, node.Level, measure.Id, title, node.Codes));
                columnOf.Add((node, m));
            }
        }

        var rowNodes = new List<Node>();
        EmitRows(rowRoot, rowNodes, allColumns);
        if (_definition.GrandTotals || _rowDims == 0)
        {
            rowNodes.Add(rowRoot);
        }

        var rows = new List<ResultRow>(rowNodes.Count);
        foreach (var node in rowNodes)
        {
            var (keys, labels, others) = Describe(node, 0);
            var cells = new Value[columns.Count];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = Round(Cell(node, columnOf[c].Node, columnOf[c].Measure, c, rowRoot.Codes, allColumns), columnOf[c].Measure);
            }

            rows.Add(new ResultRow(keys, labels, node.Level, others, cells, node.Codes));
        }

        var rowDimensions = _definition.Rows.Select(d => DimensionLabel(d, _rows.Dataset)).ToArray();
        var columnDimensions = _definition.Columns.Select(d => DimensionLabel(d, _rows.Dataset)).ToArray();
        return new ReportResult(_definition, rowDimensions, columnDimensions, columns, rows, recordCount, _context);
    }

    private (Value[] Keys, string[] Labels, bool Others) Describe(Node node, int offset)
    {
        var count = node.Codes.Length;
        var keys = new Value[count];
        var labels = new string[count];
        var others = false;
        for (var i = 0; i < node.Level; i++)
        {
            var d = offset + i;
            var code = node.Codes[i];
            if (_definition.Top is { } top && top.Others && d == top.Dimension && code == _radix[d] - 1)
            {
                keys[i] = Value.FromText(top.OthersLabel);
                labels[i] = top.OthersLabel;
                others = true;
            }
            else
            {
                keys[i] = _mappers[d].Key(code);
                labels[i] = _mappers[d].Label(code);
            }
        }

        for (var i = node.Level; i < count; i++)
        {
            labels[i] = string.Empty;
        }

        return (keys, labels, others);
    }

    private void EmitColumns(Node node, List<Node> output)
    {
        foreach (var child in node.Children.Values)
        {
            if (child.Level == _colDims)
            {
                output.Add(child);
                continue;
            }

            EmitColumns(child, output);
            if (_definition.Subtotals)
            {
                output.Add(child);
            }
        }
    }

    private void EmitRows(Node node, List<Node> output, int[] allColumns)
    {
        IEnumerable<Node> children = node.Children.Values;
        if (_definition.Sort is { } sort)
        {
            var measure = IndexOfMeasure(sort.Measure);
            var keyed = children.Select(c => (Node: c, Value: Raw(c.Codes, allColumns, measure))).ToArray();
            children = (sort.Descending ? keyed.OrderByDescending(k => k.Value) : keyed.OrderBy(k => k.Value)).ThenBy(k => k.Node.Code).Select(k => k.Node).ToArray();
        }

        if (_definition.Top is { Others: true } top && node.Level == top.Dimension)
        {
            var othersCode = _radix[top.Dimension] - 1;
            children = children.Where(c => c.Code != othersCode).Concat(children.Where(c => c.Code == othersCode)).ToArray();
        }

        foreach (var child in children)
        {
            if (child.Level == _rowDims)
            {
                if (_definition.Having.All(h => Keeps(h, child.Codes, allColumns)))
                {
                    output.Add(child);
                }

                continue;
            }

            EmitRows(child, output, allColumns);
            if (_definition.Subtotals)
            {
                output.Add(child);
            }
        }
    }

    private Value Cell(Node row, Node column, int m, int columnIndex, int[] allRows, int[] allColumns)
    {
        var measure = _definition.Measures[m];
        var value = Raw(row.Codes, column.Codes, m);
        switch (measure.Display)
        {
            case MeasureDisplay.PercentOfTotal:
                return Divide(value, Raw(allRows, allColumns, m));
            case MeasureDisplay.PercentOfRow:
                return Divide(value, Raw(row.Codes, allColumns, m));
            case MeasureDisplay.PercentOfColumn:
                return Divide(value, Raw(allRows, column.Codes, m));
            case MeasureDisplay.RunningTotal:
                return row.Parent is null ? value : Running(row, column, m, columnIndex);
            case MeasureDisplay.PeriodChange:
            case MeasureDisplay.PeriodChangePercent:
                var p = _definition.Rows.Select((d, i) => (d, i)).First(x => x.d.Grain is not null).i;
                if (row.Level <= p || row.Codes[p] <= 1)
                {
                    return default;
                }

                var previousCodes = (int[])row.Codes.Clone();
                previousCodes[p]--;
                var additive = measure.Aggregate is MeasureAggregate.Count or MeasureAggregate.DistinctCount or MeasureAggregate.Sum;
                var current = value.IsBlank && additive ? Value.FromNumber(0) : value;
                var previous = Raw(previousCodes, column.Codes, m);
                previous = previous.IsBlank && additive ? Value.FromNumber(0) : previous;
                if (!current.TryGetNumber(out var now) || !previous.TryGetNumber(out var before))
                {
                    return default;
                }

                return measure.Display == MeasureDisplay.PeriodChange ? Value.FromNumber(now - before) : Divide(Value.FromNumber(now - before), previous);
            default:
                return value;
        }
    }

    private Value Running(Node row, Node column, int m, int columnIndex)
    {
        if (_calculated[m] is not null)
        {
            return Evaluate(m, input => Running(row, column, input, columnIndex));
        }

        var parent = row.Parent!;
        if (!_running.TryGetValue((parent, columnIndex, m), out var values))
        {
            values = [];
            var accumulator = _rollup.Measures[m + 1].CreateEmpty();
            accumulator.Resize(1);
            Span<int> buffer = stackalloc int[_mappers.Length];
            foreach (var sibling in parent.Children.Values)
            {
                sibling.Codes.CopyTo(buffer);
                column.Codes.CopyTo(buffer[_rowDims..]);
                if (_rollup.Index.TryGetValue(RollupKey(buffer), out var g))
                {
                    accumulator.Merge(0, _rollup.Measures[m + 1], g);
                }

                values[sibling.Code] = accumulator.Result(0);
            }

            _running[(parent, columnIndex, m)] = values;
        }

        return values[row.Code];
    }

    private bool Keeps(FilterDefinition having, int[] rowCodes, int[] allColumns)
    {
        if (having.Formula is null)
        {
            return RowFilters.Matches(Raw(rowCodes, allColumns, IndexOfMeasure(having.Measure!)), having);
        }

        var (formula, inputs) = _havingFormulas[having];
        var slots = new Value[formula.Scope.SlotCount];
        foreach (var (slot, input) in inputs)
        {
            slots[slot] = Raw(rowCodes, allColumns, input);
        }

        return RowFilters.IsComparison(having) ? RowFilters.Matches(formula.Evaluate(slots), having) : formula.IsTrue(slots);
    }

    private static Value Divide(Value numerator, Value denominator) =>
        numerator.TryGetNumber(out var n) && denominator.TryGetNumber(out var d) && d != 0 ? Value.FromNumber(n / d) : default;

    private int IndexOfMeasure(string id)
    {
        for (var i = 0; i < _definition.Measures.Count; i++)
        {
            if (_definition.Measures[i].Id == id)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"No measure '{id}'.");
    }

    private static Func<Accumulator> Factory(MeasureDefinition measure, DatasetRows rows, TimeZoneInfo zone, long expectedGroups)
    {
        if (measure.Formula is not null)
        {
            return () => new CalculatedAccumulator();
        }

        var name = measure.Column;
        switch (measure.Aggregate)
        {
            case MeasureAggregate.Count when name is null:
                return () => new RowCountAccumulator();
            case MeasureAggregate.Count:
                var counted = rows.GetCodes(name);
                return () => new ValueCountAccumulator(counted);
            case MeasureAggregate.DistinctCount:
                var distinct = rows.GetCodes(name!);
                return () => new DistinctAccumulator(distinct, expectedGroups);
            case MeasureAggregate.Sum:
            case MeasureAggregate.Average:
                var summed = (NumberColumn)rows.GetColumn(name!);
                var average = measure.Aggregate == MeasureAggregate.Average;
                return () => new SumAccumulator(summed, average);
            case MeasureAggregate.Median:
            case MeasureAggregate.Percentile:
                var ranked = (NumberColumn)rows.GetColumn(name!);
                var percentile = measure.Aggregate == MeasureAggregate.Median ? 0.5m : measure.Percentile!.Value;
                return () => new PercentileAccumulator(ranked, percentile);
            default:
                var max = measure.Aggregate == MeasureAggregate.Max;
                switch (rows.GetColumn(name!))
                {
                    case NumberColumn number:
                        return () => new MinMaxAccumulator(number.Values, number.Blank, max, Value.FromNumber);
                    case DayColumn day:
                        var days = Array.ConvertAll(day.Days, d => (decimal)d);
                        var blankDays = Array.ConvertAll(day.Days, d => d == DayColumn.BlankDay);
                        return () => new MinMaxAccumulator(days, blankDays, max, d => Value.FromDate(DateOnly.FromDayNumber((int)d)));
                    default:
                        var instant = (InstantColumn)rows.GetColumn(name!);
                        var ticks = Array.ConvertAll(instant.Ticks, t => (decimal)t);
                        var blankTicks = Array.ConvertAll(instant.Ticks, t => t == InstantColumn.BlankTicks);
                        return () => new MinMaxAccumulator(ticks, blankTicks, max, t =>
                        {
                            var utc = new DateTime((long)t, DateTimeKind.Utc);
                            return Value.FromDateTime(new DateTimeOffset(utc).ToOffset(zone.GetUtcOffset(utc)));
                        });
                }
        }
    }

    private static ReportResult Funnel(ReportDefinition definition, DatasetRows rows, bool[]? mask, int recordCount, bool exactValues)
    {
        var funnel = definition.Funnel!;
        var coded = rows.GetCodes(funnel.Column);
        var stageOfCode = Array.ConvertAll(coded.Dictionary, v => IndexOf(funnel.Stages, v));
        var exact = new long[funnel.Stages.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var stage = stageOfCode[coded.Codes[i]];
            if (stage >= 0 && (mask is null || mask[i]))
            {
                exact[stage]++;
            }
        }

        var counts = (long[])exact.Clone();
        if (funnel.Cumulative)
        {
            for (var s = counts.Length - 2; s >= 0; s--)
            {
                counts[s] += counts[s + 1];
            }
        }

        string[] measureIds = ["count", "stepConversion", "overallConversion"];
        var columns = measureIds.Select(id => new ResultColumn([], [], 0, id, id, [])).ToArray();
        var resultRows = new List<ResultRow>();
        for (var s = 0; s < counts.Length; s++)
        {
            var step = s == 0 ? Value.FromNumber(1) : Divide(counts[s], counts[s - 1]);
            var overall = Divide(counts[s], counts[0]);
            if (!exactValues)
            {
                step = RoundTo(step, DefaultScale);
                overall = RoundTo(overall, DefaultScale);
            }

            resultRows.Add(new ResultRow([funnel.Stages[s]], [funnel.Stages[s].ToString()], 1, false, [counts[s], step, overall], [s]));
        }

        var label = rows.Dataset.GetColumn(funnel.Column).Label;
        return new ReportResult(definition, [label], [], columns, resultRows, recordCount, null);
    }

    private static int IndexOf(IReadOnlyList<Value> stages, Value value)
    {
        for (var i = 0; i < stages.Count; i++)
        {
            if (stages[i].Equals(value))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A node of the row or column key tree.</summary>
    private sealed class Node(Node? parent, int level, int[] codes, int code)
    {
        public Node? Parent { get; } = parent;

        public int Level { get; } = level;

        public int[] Codes { get; } = codes;

        public int Code { get; } = code;

        public SortedDictionary<int, Node> Children { get; } = [];

        public void Insert(ReadOnlySpan<int> path)
        {
            var node = this;
            for (var d = 0; d < path.Length; d++)
            {
                if (!node.Children.TryGetValue(path[d], out var child))
                {
                    var codes = (int[])node.Codes.Clone();
                    codes[d] = path[d];
                    child = new Node(node, d + 1, codes, path[d]);
                    node.Children.Add(path[d], child);
                }

                node = child;
            }
        }
    }
}
