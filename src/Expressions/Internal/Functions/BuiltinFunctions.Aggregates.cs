using System;
using System.Collections.Generic;
using Formwork.Expressions.Internal.Evaluation;

namespace Formwork.Expressions.Internal.Functions;

internal static partial class BuiltinFunctions
{
    private interface INumberAccumulator
    {
        void Add(decimal number);
    }

    private static void AddAggregates(Dictionary<string, BuiltinFunction> f)
    {
        Add(f, new LazyFunction("SUM", 1, 255, ValueKind.Number, ArgumentShape.Ranges, static (a, in frame) =>
        {
            var acc = default(SumAccumulator);
            var error = Fold(a, 0, frame, ref acc);
            return !error.IsBlank ? error : acc.Overflow ? Excel.NumError : Value.FromNumber(acc.Sum);
        }));
        Add(f, new LazyFunction("PRODUCT", 1, 255, ValueKind.Number, ArgumentShape.Ranges, static (a, in frame) =>
        {
            var acc = new ProductAccumulator { Product = 1m };
            var error = Fold(a, 0, frame, ref acc);
            return !error.IsBlank ? error : acc.Overflow ? Excel.NumError : Value.FromNumber(acc.Count == 0 ? 0m : acc.Product);
        }));
        Add(f, new LazyFunction("AVERAGE", 1, 255, ValueKind.Number, ArgumentShape.Ranges, static (a, in frame) =>
        {
            var acc = default(SumAccumulator);
            var error = Fold(a, 0, frame, ref acc);
            return !error.IsBlank ? error : acc.Overflow ? Excel.NumError : acc.Count == 0 ? Excel.DivideByZero : Value.FromNumber(acc.Sum / acc.Count);
        }));
        Add(f, new LazyFunction("MIN", 1, 255, ValueKind.Number, ArgumentShape.Ranges, static (a, in frame) =>
        {
            var acc = default(MinMaxAccumulator);
            var error = Fold(a, 0, frame, ref acc);
            return !error.IsBlank ? error : Value.FromNumber(acc.Count == 0 ? 0m : acc.Min);
        }));
        Add(f, new LazyFunction("MAX", 1, 255, ValueKind.Number, ArgumentShape.Ranges, static (a, in frame) =>
        {
            var acc = default(MinMaxAccumulator);
            var error = Fold(a, 0, frame, ref acc);
            return !error.IsBlank ? error : Value.FromNumber(acc.Count == 0 ? 0m : acc.Max);
        }));
        Add(f, new LazyFunction("MEDIAN", 1, 255, ValueKind.Number, ArgumentShape.Ranges, static (a, in frame) =>
        {
            var acc = new ListAccumulator { Numbers = [] };
            var error = Fold(a, 0, frame, ref acc);
            if (!error.IsBlank)
            {
                return error;
            }

            var n = acc.Numbers;
            if (n.Count == 0)
            {
                return Excel.NumError;
            }

            n.Sort();
            return Value.FromNumber(n.Count % 2 == 1 ? n[n.Count / 2] : (n[(n.Count / 2) - 1] + n[n.Count / 2]) / 2m);
        }));
        Add(f, new LazyFunction("LARGE", 2, 2, ValueKind.Number, ArgumentShape.Scalar, static (a, in frame) => Nth(a, frame, largest: true), static i => i == 0, required: false));
        Add(f, new LazyFunction("SMALL", 2, 2, ValueKind.Number, ArgumentShape.Scalar, static (a, in frame) => Nth(a, frame, largest: false), static i => i == 0, required: false));
        Add(f, new LazyFunction("COUNT", 1, 255, ValueKind.Number, ArgumentShape.Ranges, static (a, in frame) => Count(a, frame, 0)));
        Add(f, new LazyFunction("COUNTA", 1, 255, ValueKind.Number, ArgumentShape.Ranges, static (a, in frame) => Count(a, frame, 1)));
        Add(f, new LazyFunction("COUNTBLANK", 1, 255, ValueKind.Number, ArgumentShape.Ranges, static (a, in frame) => Count(a, frame, 2)));
        Add(f, new LazyFunction("COUNTIF", 2, 2, ValueKind.Number, ArgumentShape.Criteria, static (a, in frame) => Conditional(a, frame, -1, 0, 1, 0), static i => i == 0));
        Add(f, new LazyFunction("COUNTIFS", 2, 254, ValueKind.Number, ArgumentShape.Criteria, static (a, in frame) => Conditional(a, frame, -1, 0, a.Length, 0), static i => i % 2 == 0));
        Add(f, new LazyFunction("SUMIF", 2, 3, ValueKind.Number, ArgumentShape.Criteria, static (a, in frame) => Conditional(a, frame, a.Length > 2 ? 2 : 0, 0, 1, 1), static i => i != 1));
        Add(f, new LazyFunction("SUMIFS", 3, 255, ValueKind.Number, ArgumentShape.Criteria, static (a, in frame) => Conditional(a, frame, 0, 1, a.Length, 1), static i => i % 2 == 1 || i == 0));
        Add(f, new LazyFunction("AVERAGEIF", 2, 3, ValueKind.Number, ArgumentShape.Criteria, static (a, in frame) => Conditional(a, frame, a.Length > 2 ? 2 : 0, 0, 1, 2), static i => i != 1));
    }

    /// <summary>Feeds every number of the arguments to an accumulator; returns the first error met, or blank.</summary>
    private static Value Fold<TAccumulator>(Node[] arguments, int from, in EvaluationFrame frame, ref TAccumulator accumulator)
        where TAccumulator : struct, INumberAccumulator
    {
        for (var a = from; a < arguments.Length; a++)
        {
            var range = ValueRange.Of(arguments[a], frame);
            for (var i = 0; i < range.Count; i++)
            {
                var value = range[i];
                switch (value.Kind)
                {
                    case ValueKind.Number:
                        accumulator.Add(value.AsNumber());
                        continue;
                    case ValueKind.Error:
                        return value;
                    case ValueKind.Date or ValueKind.DateTime or ValueKind.Time:
                        Excel.TryNumber(value, out var serial, out _);
                        accumulator.Add(serial);
                        continue;
                }

                if (!range.IsDirect)
                {
                    // Text, booleans and blanks in fields and columns are skipped, as in Excel ranges.
                    continue;
                }

                if (!Excel.TryNumber(value, out var number, out var error))
                {
                    return error;
                }

                accumulator.Add(number);
            }
        }

        return default;
    }

    private static Value Nth(Node[] a, in EvaluationFrame frame, bool largest)
    {
        var k = a[1].Evaluate(frame);
        if (!Excel.TryInteger(k, out var index, out var error))
        {
            return error;
        }

        var acc = new ListAccumulator { Numbers = [] };
        error = Fold(a.AsSpan(0, 1).ToArray(), 0, frame, ref acc);
        if (!error.IsBlank)
        {
            return error;
        }

        var n = acc.Numbers;
        if (index < 1 || index > n.Count)
        {
            return Excel.NumError;
        }

        n.Sort();
        return Value.FromNumber(largest ? n[n.Count - index] : n[index - 1]);
    }

    /// <summary>COUNT (mode 0: numbers), COUNTA (1: non-blank), COUNTBLANK (2: blank or empty text).</summary>
    private static Value Count(Node[] arguments, in EvaluationFrame frame, int mode)
    {
        var count = 0;
        foreach (var argument in arguments)
        {
            var range = ValueRange.Of(argument, frame);
            for (var i = 0; i < range.Count; i++)
            {
                var value = range[i];
                count += mode switch
                {
                    0 => value.Kind is ValueKind.Number or ValueKind.Date or ValueKind.DateTime or ValueKind.Time
                        || (range.IsDirect && value.Kind is ValueKind.Text or ValueKind.Boolean && Excel.TryNumber(value, out _, out _)) ? 1 : 0,
                    1 => value.IsBlank ? 0 : 1,
                    _ => value.IsBlank || (value.Kind == ValueKind.Text && value.AsText().Length == 0) ? 1 : 0,
                };
            }
        }

        return Value.FromNumber(count);
    }

    /// <summary>
    /// COUNTIF(S), SUMIF(S), AVERAGEIF: criteria pairs (range, criterion) start at <paramref name="firstPair"/> and end
    /// before <paramref name="pairsEnd"/> (COUNTIF/SUMIF/AVERAGEIF have one pair); <paramref name="valuesAt"/> is the
    /// argument summed (-1 to count). Mode 0 counts, 1 sums, 2 averages.
    /// </summary>
    private static Value Conditional(Node[] a, in EvaluationFrame frame, int valuesAt, int firstPair, int pairsEnd, int mode)
    {
        var single = pairsEnd == 1;
        var pairCount = single ? 1 : (pairsEnd - firstPair) / 2;
        if (!single && (pairsEnd - firstPair) % 2 != 0)
        {
            return Excel.WrongType;
        }

        // Up to eight criteria live on the stack, so COUNTIF and SUMIF do not allocate.
        var rangeBuffer = default(RangeBuffer);
        var criterionBuffer = default(CriterionBuffer);
        Span<ValueRange> ranges = pairCount <= 8 ? rangeBuffer : new ValueRange[pairCount];
        Span<Criterion> parsed = pairCount <= 8 ? criterionBuffer : new Criterion[pairCount];
        ranges = ranges[..pairCount];
        parsed = parsed[..pairCount];
        var rows = -1;
        for (var p = 0; p < pairCount; p++)
        {
            var rangeAt = single ? 0 : firstPair + (2 * p);
            ranges[p] = ValueRange.Of(a[rangeAt], frame);
            var criterion = a[rangeAt + 1].Evaluate(frame);
            if (criterion.IsError)
            {
                return criterion;
            }

            parsed[p] = Criterion.Parse(criterion);
            if (rows >= 0 && ranges[p].Count != rows)
            {
                return Excel.WrongType;
            }

            rows = ranges[p].Count;
        }

        var values = valuesAt >= 0 ? ValueRange.Of(a[valuesAt], frame) : default;
        if (valuesAt >= 0 && values.Count != rows)
        {
            return Excel.WrongType;
        }

        var count = 0;
        var sum = 0m;

        // One handler around the loop (not one per row): the first error cell or overflow ends the fold either way.
        try
        {
            for (var row = 0; row < rows; row++)
            {
                var match = true;
                for (var p = 0; p < pairCount && match; p++)
                {
                    match = parsed[p].Matches(ranges[p][row]);
                }

                if (!match)
                {
                    continue;
                }

                if (mode == 0)
                {
                    count++;
                    continue;
                }

                var value = values[row];
                if (value.IsError)
                {
                    return value;
                }

                if (value.Kind == ValueKind.Number)
                {
                    sum += value.AsNumber();
                    count++;
                }
            }
        }
        catch (OverflowException)
        {
            return Excel.NumError;
        }

        return mode switch
        {
            0 => Value.FromNumber(count),
            1 => Value.FromNumber(sum),
            _ => count == 0 ? Excel.DivideByZero : Value.FromNumber(sum / count),
        };
    }

    [System.Runtime.CompilerServices.InlineArray(8)]
    private struct RangeBuffer
    {
        private ValueRange _element;
    }

    [System.Runtime.CompilerServices.InlineArray(8)]
    private struct CriterionBuffer
    {
        private Criterion _element;
    }

    private struct SumAccumulator : INumberAccumulator
    {
        public decimal Sum;
        public int Count;
        public bool Overflow;

        public void Add(decimal number)
        {
            Count++;
            if (Overflow)
            {
                return;
            }

            try
            {
                Sum += number;
            }
            catch (OverflowException)
            {
                Overflow = true;
            }
        }
    }

    private struct ProductAccumulator : INumberAccumulator
    {
        public decimal Product;
        public int Count;
        public bool Overflow;

        public void Add(decimal number)
        {
            Count++;
            if (Overflow)
            {
                return;
            }

            try
            {
                Product *= number;
            }
            catch (OverflowException)
            {
                Overflow = true;
            }
        }
    }

    private struct MinMaxAccumulator : INumberAccumulator
    {
        public decimal Min;
        public decimal Max;
        public int Count;

        public void Add(decimal number)
        {
            if (Count == 0 || number < Min)
            {
                Min = number;
            }

            if (Count == 0 || number > Max)
            {
                Max = number;
            }

            Count++;
        }
    }

    private struct ListAccumulator : INumberAccumulator
    {
        public List<decimal> Numbers;

        public readonly void Add(decimal number) => Numbers.Add(number);
    }
}
