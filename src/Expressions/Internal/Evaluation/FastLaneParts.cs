using System;
using System.Runtime.InteropServices;
using Linq = System.Linq.Expressions;

namespace Formwork.Expressions.Internal.Evaluation;

/// <summary>A number-valued part of a fast lane; may throw <see cref="ArithmeticException"/>.</summary>
internal abstract class NumberExpr
{
    /// <summary>Gets whether evaluating may throw (then AND/OR must not skip it, since the general tree would give the error).</summary>
    public virtual bool CanThrow => false;

    public abstract decimal Evaluate(ReadOnlySpan<Value> slots);

    public abstract Linq.Expression Emit(LaneContext lane);
}

/// <summary>A boolean-valued part of a fast lane.</summary>
internal abstract class BoolExpr
{
    public abstract bool CanThrow { get; }

    public abstract bool Evaluate(ReadOnlySpan<Value> slots);

    public abstract Linq.Expression Emit(LaneContext lane);
}

/// <summary>A text-valued part of a fast lane (a text field or constant, a join with <c>&amp;</c>).</summary>
internal abstract class TextExpr
{
    public virtual bool CanThrow => false;

    public abstract string Evaluate(ReadOnlySpan<Value> slots);

    public abstract Linq.Expression Emit(LaneContext lane);
}

/// <summary>A date-valued part of a fast lane, as a day number (<see cref="DateOnly.DayNumber"/>).</summary>
internal abstract class DateExpr
{
    public virtual bool CanThrow => false;

    public abstract int Evaluate(ReadOnlySpan<Value> slots);

    public abstract Linq.Expression Emit(LaneContext lane);
}

/// <summary>A value-valued part of a fast lane (the root, IF branches).</summary>
internal abstract class ValueExpr
{
    /// <summary>Gets whether evaluating may throw <see cref="ArithmeticException"/> (the compiled lane then needs a handler).</summary>
    public virtual bool CanThrow => false;

    public abstract Value Evaluate(ReadOnlySpan<Value> slots);

    /// <summary>Emits an <see cref="int"/> expression: the index of a constant result, or <see cref="FastLane.Computed"/> after writing the result.</summary>
    public abstract Linq.Expression Emit(LaneContext lane);
}

internal sealed class NumberSlotExpr(int slot) : NumberExpr
{
    public int Slot => slot;

    // The guard checked the slot holds a number (or blank, which reads as 0), so its decimal is read without another check.
    public override decimal Evaluate(ReadOnlySpan<Value> slots)
    {
        slots[slot].TryGetNumber(out var number);
        return number;
    }

    public override Linq.Expression Emit(LaneContext lane) => LaneEmit.Number(lane.First, slot);
}

internal sealed class NumberConstantExpr(decimal number) : NumberExpr
{
    public decimal Number => number;

    public override decimal Evaluate(ReadOnlySpan<Value> slots) => number;

    public override Linq.Expression Emit(LaneContext lane) => Linq.Expression.Constant(number);
}

internal sealed class NegateExpr(NumberExpr operand) : NumberExpr
{
    public override bool CanThrow => operand.CanThrow;

    public override decimal Evaluate(ReadOnlySpan<Value> slots) => -operand.Evaluate(slots);

    public override Linq.Expression Emit(LaneContext lane) => Linq.Expression.Negate(operand.Emit(lane));
}

internal sealed class PercentExpr(NumberExpr operand) : NumberExpr
{
    public override bool CanThrow => operand.CanThrow;

    public override decimal Evaluate(ReadOnlySpan<Value> slots) => operand.Evaluate(slots) / 100m;

    public override Linq.Expression Emit(LaneContext lane) => Linq.Expression.Divide(operand.Emit(lane), Linq.Expression.Constant(100m));
}

/// <summary>
/// + - * / of two numbers; the general tree gives #NUM! / #DIV/0!: overflow throws, and the compiled lane's division by
/// zero raises the lane's failure flag (data with many zero divisors must not cost an exception each).
/// </summary>
internal sealed class ArithmeticExpr(BinaryOperator op, NumberExpr left, NumberExpr right) : NumberExpr
{
    public override bool CanThrow => true;

    public override decimal Evaluate(ReadOnlySpan<Value> slots)
    {
        var a = left.Evaluate(slots);
        var b = right.Evaluate(slots);
        return op switch
        {
            BinaryOperator.Add => a + b,
            BinaryOperator.Subtract => a - b,
            BinaryOperator.Multiply => a * b,
            _ => a / b,
        };
    }

    public override Linq.Expression Emit(LaneContext lane)
    {
        var a = left.Emit(lane);
        var b = right.Emit(lane);
        return op switch
        {
            BinaryOperator.Add => Linq.Expression.Add(a, b),
            BinaryOperator.Subtract => Linq.Expression.Subtract(a, b),
            BinaryOperator.Multiply => Linq.Expression.Multiply(a, b),
            _ => LaneEmit.Call(typeof(LaneMath), nameof(LaneMath.Divide), a, b, lane.Failed),
        };
    }
}

/// <summary>A number function of one argument: a static method (ABS, INT, SIGN…), called directly by the compiled lane.</summary>
internal sealed class NumberCall1Expr(Func<decimal, decimal> function, NumberExpr argument, bool canThrow) : NumberExpr
{
    public override bool CanThrow => canThrow || argument.CanThrow;

    public override decimal Evaluate(ReadOnlySpan<Value> slots) => function(argument.Evaluate(slots));

    public override Linq.Expression Emit(LaneContext lane) => Linq.Expression.Call(function.Method, argument.Emit(lane));
}

/// <summary>
/// A number function of two arguments (ROUND, MOD, ^…), both evaluated, then called; the compiled lane calls its
/// <paramref name="flagged"/> form when it has one (MOD: a zero divisor raises the lane's failure flag, no exception).
/// </summary>
internal sealed class NumberCall2Expr(Func<decimal, decimal, decimal> function, NumberExpr left, NumberExpr right, bool canThrow, LaneMath.Flagged? flagged = null) : NumberExpr
{
    public override bool CanThrow => canThrow || left.CanThrow || right.CanThrow;

    public override decimal Evaluate(ReadOnlySpan<Value> slots)
    {
        var a = left.Evaluate(slots);
        return function(a, right.Evaluate(slots));
    }

    public override Linq.Expression Emit(LaneContext lane) => flagged is null
        ? Linq.Expression.Call(function.Method, left.Emit(lane), right.Emit(lane))
        : Linq.Expression.Call(flagged.Method, left.Emit(lane), right.Emit(lane), lane.Failed);
}

/// <summary>The aggregates <see cref="LaneMath.FoldColumn"/> folds over one subform column.</summary>
internal enum ColumnFold
{
    Sum,
    Count,
    CountA,
    Min,
    Max,
    Average,
}

/// <summary>
/// SUM, COUNT, COUNTA, MIN, MAX or AVERAGE of one subform column (<c>MAX(lines.amount)</c>, see
/// <see cref="LaneMath.FoldColumn"/>). SUM continues from the sum of the arguments before it (<paramref name="before"/>):
/// the cells are added one by one to that running sum, in the aggregate's order, so that rounding at the edge of
/// decimal's range agrees with it.
/// </summary>
internal sealed class ColumnFoldExpr(int slot, string field, ColumnFold fold, NumberExpr? before = null) : NumberExpr
{
    public override bool CanThrow => fold is ColumnFold.Sum or ColumnFold.Average;

    public override decimal Evaluate(ReadOnlySpan<Value> slots)
    {
        var failed = false;
        var result = LaneMath.FoldColumn(ref MemoryMarshal.GetReference(slots), slot, field, fold, before?.Evaluate(slots) ?? 0m, ref failed);
        if (failed)
        {
            LaneMath.Fail();
        }

        return result;
    }

    public override Linq.Expression Emit(LaneContext lane) => LaneEmit.Call(
        typeof(LaneMath),
        nameof(LaneMath.FoldColumn),
        lane.First,
        Linq.Expression.Constant(slot),
        Linq.Expression.Constant(field),
        Linq.Expression.Constant(fold),
        before?.Emit(lane) ?? Linq.Expression.Constant(0m),
        lane.Failed);
}

/// <summary>MIN / MAX of scalar numbers: every argument is evaluated (an error in any gives the error), then folded.</summary>
internal sealed class MinMaxExpr(NumberExpr[] arguments, bool max) : NumberExpr
{
    public override bool CanThrow => Array.Exists(arguments, a => a.CanThrow);

    public override decimal Evaluate(ReadOnlySpan<Value> slots)
    {
        var result = arguments[0].Evaluate(slots);
        for (var i = 1; i < arguments.Length; i++)
        {
            var number = arguments[i].Evaluate(slots);
            result = max ? LaneMath.Max(result, number) : LaneMath.Min(result, number);
        }

        return result;
    }

    public override Linq.Expression Emit(LaneContext lane)
    {
        var fold = LaneEmit.Method(typeof(LaneMath), max ? nameof(LaneMath.Max) : nameof(LaneMath.Min));
        var result = arguments[0].Emit(lane);
        for (var i = 1; i < arguments.Length; i++)
        {
            result = Linq.Expression.Call(fold, result, arguments[i].Emit(lane));
        }

        return result;
    }
}

/// <summary>IF inside arithmetic: both branches are numbers; only the chosen one is evaluated.</summary>
internal sealed class NumberIfExpr(BoolExpr condition, NumberExpr then, NumberExpr otherwise) : NumberExpr
{
    public override bool CanThrow => condition.CanThrow || then.CanThrow || otherwise.CanThrow;

    public override decimal Evaluate(ReadOnlySpan<Value> slots) => condition.Evaluate(slots) ? then.Evaluate(slots) : otherwise.Evaluate(slots);

    public override Linq.Expression Emit(LaneContext lane) => Linq.Expression.Condition(condition.Emit(lane), then.Emit(lane), otherwise.Emit(lane));
}

/// <summary>LEN of a text.</summary>
internal sealed class LengthExpr(TextExpr text) : NumberExpr
{
    public override bool CanThrow => text.CanThrow;

    public override decimal Evaluate(ReadOnlySpan<Value> slots) => text.Evaluate(slots).Length;

    public override Linq.Expression Emit(LaneContext lane) =>
        Linq.Expression.Convert(Linq.Expression.Property(text.Emit(lane), nameof(string.Length)), typeof(decimal));
}

/// <summary><c>date - date</c>: the days between them.</summary>
internal sealed class DaysBetweenExpr(DateExpr left, DateExpr right) : NumberExpr
{
    public override bool CanThrow => left.CanThrow || right.CanThrow;

    public override decimal Evaluate(ReadOnlySpan<Value> slots) => left.Evaluate(slots) - right.Evaluate(slots);

    public override Linq.Expression Emit(LaneContext lane) =>
        Linq.Expression.Convert(Linq.Expression.Subtract(left.Emit(lane), right.Emit(lane)), typeof(decimal));
}

internal sealed class DateSlotExpr(int slot) : DateExpr
{
    public override int Evaluate(ReadOnlySpan<Value> slots)
    {
        slots[slot].TryGetDate(out var date);
        return date.DayNumber;
    }

    public override Linq.Expression Emit(LaneContext lane) => LaneEmit.Day(lane.First, slot);
}

/// <summary><c>date + n</c> and <c>date - n</c> (whole days; out of range throws and the general tree gives #NUM!).</summary>
internal sealed class AddDaysExpr(DateExpr date, NumberExpr days, bool subtract) : DateExpr
{
    public override bool CanThrow => true;

    public override int Evaluate(ReadOnlySpan<Value> slots) => LaneMath.AddDays(date.Evaluate(slots), subtract ? -days.Evaluate(slots) : days.Evaluate(slots));

    public override Linq.Expression Emit(LaneContext lane)
    {
        var n = days.Emit(lane);
        return LaneEmit.Call(typeof(LaneMath), nameof(LaneMath.AddDays), date.Emit(lane), subtract ? Linq.Expression.Negate(n) : n);
    }
}

internal sealed class TextSlotExpr(int slot) : TextExpr
{
    public int Slot => slot;

    public override string Evaluate(ReadOnlySpan<Value> slots)
    {
        slots[slot].TryGetText(out var text);
        return text;
    }

    public override Linq.Expression Emit(LaneContext lane) => LaneEmit.Text(lane.First, slot);
}

internal sealed class TextConstantExpr(string text) : TextExpr
{
    public string Text => text;

    public override string Evaluate(ReadOnlySpan<Value> slots) => text;

    public override Linq.Expression Emit(LaneContext lane) => Linq.Expression.Constant(text);
}

/// <summary>A number in a text join: shown as <c>&amp;</c> shows it (no trailing zeros).</summary>
internal sealed class NumberTextExpr(NumberExpr number) : TextExpr
{
    public override bool CanThrow => number.CanThrow;

    public override string Evaluate(ReadOnlySpan<Value> slots) => LaneText.Format(number.Evaluate(slots));

    public override Linq.Expression Emit(LaneContext lane) => LaneEmit.Call(typeof(LaneText), nameof(LaneText.Format), number.Emit(lane));
}

/// <summary><c>a &amp; b</c>.</summary>
internal sealed class ConcatExpr(TextExpr left, TextExpr right) : TextExpr
{
    private static readonly System.Reflection.MethodInfo Concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!;

    public override bool CanThrow => left.CanThrow || right.CanThrow;

    public override string Evaluate(ReadOnlySpan<Value> slots) => string.Concat(left.Evaluate(slots), right.Evaluate(slots));

    public override Linq.Expression Emit(LaneContext lane) => Linq.Expression.Call(Concat, left.Emit(lane), right.Emit(lane));
}

internal sealed class BoolConstantExpr(bool value) : BoolExpr
{
    public override bool CanThrow => false;

    public override bool Evaluate(ReadOnlySpan<Value> slots) => value;

    public override Linq.Expression Emit(LaneContext lane) => Linq.Expression.Constant(value);
}

internal sealed class NumberCompareExpr(BinaryOperator op, NumberExpr left, NumberExpr right) : BoolExpr
{
    public override bool CanThrow => left.CanThrow || right.CanThrow;

    public override bool Evaluate(ReadOnlySpan<Value> slots) => FastLaneBuilder.Test(op, left.Evaluate(slots).CompareTo(right.Evaluate(slots)));

    public override Linq.Expression Emit(LaneContext lane)
    {
        // A comparison with a whole constant (amount > 100000) takes the lane's cheaper comparison of whole numbers.
        if (DecimalParts.LayoutKnown && right is NumberConstantExpr { Number: >= 0m and <= ulong.MaxValue } constant && constant.Number == decimal.Truncate(constant.Number))
        {
            var sign = LaneEmit.Call(typeof(LaneMath), nameof(LaneMath.CompareWithWhole), left.Emit(lane), Linq.Expression.Constant((ulong)constant.Number), Linq.Expression.Constant(constant.Number));
            return LaneEmit.Compare(op, sign, Linq.Expression.Constant(0));
        }

        return LaneEmit.Compare(op, left.Emit(lane), right.Emit(lane));
    }
}

/// <summary>Two dates compared (by day number, as their serial numbers compare).</summary>
internal sealed class DateCompareExpr(BinaryOperator op, DateExpr left, DateExpr right) : BoolExpr
{
    public override bool CanThrow => left.CanThrow || right.CanThrow;

    public override bool Evaluate(ReadOnlySpan<Value> slots) => FastLaneBuilder.Test(op, left.Evaluate(slots).CompareTo(right.Evaluate(slots)));

    public override Linq.Expression Emit(LaneContext lane) => LaneEmit.Compare(op, left.Emit(lane), right.Emit(lane));
}

/// <summary>Two texts compared case-insensitively by character code, as the general comparison does.</summary>
internal sealed class TextCompareExpr(BinaryOperator op, TextExpr left, TextExpr right) : BoolExpr
{
    public override bool CanThrow => left.CanThrow || right.CanThrow;

    public override bool Evaluate(ReadOnlySpan<Value> slots)
    {
        var a = left.Evaluate(slots);
        var b = right.Evaluate(slots);
        return op switch
        {
            BinaryOperator.Equal => LaneText.EqualsIgnoreCase(a, b),
            BinaryOperator.NotEqual => !LaneText.EqualsIgnoreCase(a, b),
            _ => FastLaneBuilder.Test(op, LaneText.Compare(a, b)),
        };
    }

    public override Linq.Expression Emit(LaneContext lane) => LaneEmit.CompareText(op, left.Emit(lane), right.Emit(lane));
}

/// <summary>ISBLANK of a field: the guard let the slot be blank or of its kind.</summary>
internal sealed class IsBlankExpr(int slot) : BoolExpr
{
    public override bool CanThrow => false;

    public override bool Evaluate(ReadOnlySpan<Value> slots) => slots[slot].IsBlank;

    public override Linq.Expression Emit(LaneContext lane) =>
        Linq.Expression.Equal(LaneEmit.Kind(lane.First, slot), Linq.Expression.Constant(ValueKind.Blank));
}

/// <summary>
/// AND / OR. Excel evaluates every argument (an error in any gives the error), so an argument is skipped only when
/// neither it nor any later argument can fail.
/// </summary>
internal sealed class LogicExpr : BoolExpr
{
    private readonly BoolExpr[] _arguments;
    private readonly bool _isOr;
    private readonly int _lastThrowing;

    public LogicExpr(BoolExpr[] arguments, bool isOr)
    {
        _arguments = arguments;
        _isOr = isOr;
        _lastThrowing = -1;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i].CanThrow)
            {
                _lastThrowing = i;
            }
        }
    }

    public override bool CanThrow => _lastThrowing >= 0;

    public override bool Evaluate(ReadOnlySpan<Value> slots)
    {
        var arguments = _arguments;
        var decided = false;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (decided && i > _lastThrowing)
            {
                break;
            }

            if (arguments[i].Evaluate(slots) == _isOr)
            {
                decided = true;
            }
        }

        return _isOr ? decided : !decided;
    }

    public override Linq.Expression Emit(LaneContext lane)
    {
        // Arguments up to the last one that can fail are all evaluated (& |); after it, && || may skip.
        var result = _arguments[0].Emit(lane);
        for (var i = 1; i < _arguments.Length; i++)
        {
            var argument = _arguments[i].Emit(lane);
            result = i <= _lastThrowing
                ? (_isOr ? Linq.Expression.Or(result, argument) : Linq.Expression.And(result, argument))
                : (_isOr ? Linq.Expression.OrElse(result, argument) : Linq.Expression.AndAlso(result, argument));
        }

        return result;
    }
}

internal sealed class NotExpr(BoolExpr operand) : BoolExpr
{
    public override bool CanThrow => operand.CanThrow;

    public override bool Evaluate(ReadOnlySpan<Value> slots) => !operand.Evaluate(slots);

    public override Linq.Expression Emit(LaneContext lane) => Linq.Expression.Not(operand.Emit(lane));
}

internal sealed class IfExpr(BoolExpr condition, ValueExpr then, ValueExpr otherwise) : ValueExpr
{
    public override bool CanThrow => condition.CanThrow || then.CanThrow || otherwise.CanThrow;

    public override Value Evaluate(ReadOnlySpan<Value> slots) => condition.Evaluate(slots) ? then.Evaluate(slots) : otherwise.Evaluate(slots);

    public override Linq.Expression Emit(LaneContext lane) => Linq.Expression.Condition(condition.Emit(lane), then.Emit(lane), otherwise.Emit(lane));
}

internal sealed class NumberValueExpr(NumberExpr number) : ValueExpr
{
    public override bool CanThrow => number.CanThrow;

    public override Value Evaluate(ReadOnlySpan<Value> slots) => Value.FromNumber(number.Evaluate(slots));

    public override Linq.Expression Emit(LaneContext lane) => lane.Computed(LaneEmit.NumberValue(number.Emit(lane)));
}

internal sealed class TextValueExpr(TextExpr text) : ValueExpr
{
    public override bool CanThrow => text.CanThrow;

    public override Value Evaluate(ReadOnlySpan<Value> slots) => Value.FromText(text.Evaluate(slots));

    public override Linq.Expression Emit(LaneContext lane) => lane.Computed(LaneEmit.TextValue(text.Emit(lane)));
}

internal sealed class DateValueExpr(DateExpr date) : ValueExpr
{
    public override bool CanThrow => date.CanThrow;

    public override Value Evaluate(ReadOnlySpan<Value> slots) => Value.FromDate(DateOnly.FromDayNumber(date.Evaluate(slots)));

    public override Linq.Expression Emit(LaneContext lane) => lane.Computed(LaneEmit.DateValue(date.Emit(lane)));
}

/// <summary>A condition as the result: TRUE and FALSE are constant results, so nothing is built.</summary>
internal sealed class BoolValueExpr(BoolExpr condition) : ValueExpr
{
    public override bool CanThrow => condition.CanThrow;

    public override Value Evaluate(ReadOnlySpan<Value> slots) => condition.Evaluate(slots) ? Value.True : Value.False;

    public override Linq.Expression Emit(LaneContext lane) =>
        Linq.Expression.Condition(condition.Emit(lane), lane.ResultIndex(Value.True), lane.ResultIndex(Value.False));
}

/// <summary>A literal result (an IF branch): the compiled lane returns its index, nothing is built or copied.</summary>
internal sealed class ConstantValueExpr(Value value) : ValueExpr
{
    public override Value Evaluate(ReadOnlySpan<Value> slots) => value;

    public override Linq.Expression Emit(LaneContext lane) => lane.ResultIndex(value);
}

/// <summary>A field as the result (of an IF branch): the guard checked it holds its kind (never blank here).</summary>
internal sealed class SlotValueExpr(int slot) : ValueExpr
{
    public override Value Evaluate(ReadOnlySpan<Value> slots) => slots[slot];

    public override Linq.Expression Emit(LaneContext lane) => lane.Computed(LaneEmit.Value(lane.First, slot));
}

/// <summary>
/// A field read through related records passed as one-row tables (<c>customer.level</c>, <c>customer.company.level</c>):
/// the compiled lane's guard reads it once into a typed local and checks its kind like a slot's.
/// </summary>
internal sealed class PathRead(int slot, string[] path, ValueKind kind)
{
    public int Slot => slot;

    public string[] Path => path;

    public ValueKind Kind => kind;

    public bool BlankAllowed { get; set; } = true;

    public Value Read(ReadOnlySpan<Value> slots) => LaneRead.Path(slots[slot], path);
}

internal sealed class NumberPathExpr(PathRead read) : NumberExpr
{
    public override decimal Evaluate(ReadOnlySpan<Value> slots)
    {
        read.Read(slots).TryGetNumber(out var number);
        return number;
    }

    public override Linq.Expression Emit(LaneContext lane) => LaneEmit.NumberOf(lane.Local(read));
}

internal sealed class TextPathExpr(PathRead read) : TextExpr
{
    public override string Evaluate(ReadOnlySpan<Value> slots)
    {
        read.Read(slots).TryGetText(out var text);
        return text;
    }

    public override Linq.Expression Emit(LaneContext lane) => LaneEmit.TextOf(lane.Local(read));
}

/// <summary>A related record's field as the result: the guard checked it holds its kind.</summary>
internal sealed class PathValueExpr(PathRead read) : ValueExpr
{
    public override Value Evaluate(ReadOnlySpan<Value> slots) => read.Read(slots);

    public override Linq.Expression Emit(LaneContext lane) => lane.Computed(lane.Local(read));
}
