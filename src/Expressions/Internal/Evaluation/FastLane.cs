using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Linq = System.Linq.Expressions;

namespace Formwork.Expressions.Internal.Evaluation;

/// <summary>
/// A typed copy of a formula for the common case, built by <see cref="FastLaneBuilder"/> when every part of the formula
/// is simple (fields, constants, + - * /, comparisons, AND/OR, IF) and every field it reads is a number or text field.
/// It runs only when each field it reads holds a value of its declared kind (no blanks, no errors, no text numbers);
/// then numbers stay decimals, conditions stay booleans, and nothing is checked per node. Any other data, and any
/// arithmetic overflow or division by zero, falls back to the general tree, which gives Excel's full semantics.
/// </summary>
internal sealed class FastLane
{
    private readonly ValueExpr _root;
    private readonly int[] _slots;
    private readonly ValueKind[] _kinds;
    /// <summary>How many evaluations walk the typed tree before the lane is compiled: compiling costs far more than one evaluation.</summary>
    private const int CompileAfter = 64;

    private CompiledLane? _compiled;
    private int _evaluations;
    private bool _compileTried;

    public FastLane(ValueExpr root, int[] slots, ValueKind[] kinds)
    {
        _root = root;
        _slots = slots;
        _kinds = kinds;
    }

    /// <summary>The fast lane compiled to IL with its guard, reading the slots from a reference to the first one.</summary>
    public delegate bool CompiledLane(ref Value first, out Value result);

    /// <summary>Gets whether the lane runs as compiled code (else it walks its typed tree).</summary>
    public bool IsCompiled => _compiled is not null;

    /// <summary>Gets the compiled lane once it exists; callers on the hot path invoke it directly.</summary>
    public CompiledLane? Compiled => _compiled;

    /// <summary>
    /// Compiles the lane now if it was not yet. Thread-safe: two threads may both compile, and either delegate is correct;
    /// when compilation is not possible the lane keeps walking its typed tree.
    /// </summary>
    public void EnsureCompiled()
    {
        if (!_compileTried)
        {
            _compiled = Compile(_root);
            _compileTried = true;
        }
    }

    /// <summary>Evaluates when the data allows; <see langword="false"/> means the general tree must evaluate.</summary>
    /// <param name="slots">The slot values; the caller checked there are enough.</param>
    /// <param name="result">The result when it returns <see langword="true"/>.</param>
    /// <param name="interpreted">Walk the typed tree even when a compiled delegate exists (tests compare both).</param>
    public bool TryEvaluate(ReadOnlySpan<Value> slots, out Value result, bool interpreted = false)
    {
        var compiled = _compiled;
        if (compiled is not null && !interpreted)
        {
            return compiled(ref MemoryMarshal.GetReference(slots), out result);
        }

        var indexes = _slots;
        var kinds = _kinds;
        for (var i = 0; i < indexes.Length; i++)
        {
            if (slots[indexes[i]].Kind != kinds[i])
            {
                result = default;
                return false;
            }
        }

        if (!_compileTried && ++_evaluations > CompileAfter)
        {
            // The evaluation count is a hint, not a guarantee: a lost increment between threads only delays compiling.
            EnsureCompiled();
        }

        try
        {
            result = _root.Evaluate(slots);
            return true;
        }
        catch (ArithmeticException)
        {
            // Overflow or division by zero: the general tree turns them into #NUM! or #DIV/0!.
            result = default;
            return false;
        }
    }

    /// <summary>Reads a number slot the guard checked (the slot index is within the span the caller checked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal ReadNumber(ref Value first, int slot)
    {
        Unsafe.Add(ref first, slot).TryGetNumber(out var number);
        return number;
    }

    /// <summary>Reads a text slot the guard checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static string ReadText(ref Value first, int slot)
    {
        Unsafe.Add(ref first, slot).TryGetText(out var text);
        return text;
    }

    /// <summary>Reads a slot as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Value ReadValue(ref Value first, int slot) => Unsafe.Add(ref first, slot);

    /// <summary>Reads the kind of a slot, for the guard.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ValueKind ReadKind(ref Value first, int slot) => Unsafe.Add(ref first, slot).Kind;

    private CompiledLane? Compile(ValueExpr root)
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled)
        {
            // No JIT (AOT, interpreter-only platforms): walking the typed tree is faster than interpreting an expression tree.
            return null;
        }

        try
        {
            var first = Linq.Expression.Parameter(typeof(Value).MakeByRefType(), "first");
            var result = Linq.Expression.Parameter(typeof(Value).MakeByRefType(), "result");
            var readKind = typeof(FastLane).GetMethod(nameof(ReadKind), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!;
            Linq.Expression guard = Linq.Expression.Constant(true);
            for (var i = _slots.Length - 1; i >= 0; i--)
            {
                var check = Linq.Expression.Equal(Linq.Expression.Call(readKind, first, Linq.Expression.Constant(_slots[i])), Linq.Expression.Constant(_kinds[i]));
                guard = i == _slots.Length - 1 ? check : Linq.Expression.AndAlso(check, guard);
            }

            var fail = Linq.Expression.Block(Linq.Expression.Assign(result, Linq.Expression.Default(typeof(Value))), Linq.Expression.Constant(false));
            var body = Linq.Expression.Condition(
                guard,
                Linq.Expression.TryCatch(
                    Linq.Expression.Block(Linq.Expression.Assign(result, root.Emit(first)), Linq.Expression.Constant(true)),
                    Linq.Expression.Catch(typeof(ArithmeticException), fail)),
                fail);
            return Linq.Expression.Lambda<CompiledLane>(body, first, result).Compile();
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}

/// <summary>A number-valued part of a fast lane; may throw <see cref="ArithmeticException"/>.</summary>
internal abstract class NumberExpr
{
    /// <summary>Gets whether evaluating may throw (then AND/OR must not skip it, since the general tree would give the error).</summary>
    public virtual bool CanThrow => false;

    public abstract decimal Evaluate(ReadOnlySpan<Value> slots);

    public abstract Linq.Expression Emit(Linq.ParameterExpression first);
}

/// <summary>A boolean-valued part of a fast lane.</summary>
internal abstract class BoolExpr
{
    public abstract bool CanThrow { get; }

    public abstract bool Evaluate(ReadOnlySpan<Value> slots);

    public abstract Linq.Expression Emit(Linq.ParameterExpression first);
}

/// <summary>A value-valued part of a fast lane (the root, IF branches).</summary>
internal abstract class ValueExpr
{
    public abstract Value Evaluate(ReadOnlySpan<Value> slots);

    public abstract Linq.Expression Emit(Linq.ParameterExpression first);
}

internal sealed class NumberSlotExpr(int slot) : NumberExpr
{
    public int Slot => slot;

    // The guard checked the slot holds a number, so its decimal is read without another check.
    public override decimal Evaluate(ReadOnlySpan<Value> slots)
    {
        slots[slot].TryGetNumber(out var number);
        return number;
    }

    public override Linq.Expression Emit(Linq.ParameterExpression first) => LaneEmit.Number(first, slot);
}

internal sealed class NumberConstantExpr(decimal number) : NumberExpr
{
    public decimal Number => number;

    public override decimal Evaluate(ReadOnlySpan<Value> slots) => number;

    public override Linq.Expression Emit(Linq.ParameterExpression first) => Linq.Expression.Constant(number);
}

internal sealed class NegateExpr(NumberExpr operand) : NumberExpr
{
    public override bool CanThrow => operand.CanThrow;

    public override decimal Evaluate(ReadOnlySpan<Value> slots) => -operand.Evaluate(slots);

    public override Linq.Expression Emit(Linq.ParameterExpression first) => Linq.Expression.Negate(operand.Emit(first));
}

internal sealed class PercentExpr(NumberExpr operand) : NumberExpr
{
    public override bool CanThrow => operand.CanThrow;

    public override decimal Evaluate(ReadOnlySpan<Value> slots) => operand.Evaluate(slots) / 100m;

    public override Linq.Expression Emit(Linq.ParameterExpression first) => Linq.Expression.Divide(operand.Emit(first), Linq.Expression.Constant(100m));
}

internal sealed class AddExpr(NumberExpr left, NumberExpr right) : NumberExpr
{
    public override bool CanThrow => true;

    public override decimal Evaluate(ReadOnlySpan<Value> slots) => left.Evaluate(slots) + right.Evaluate(slots);

    public override Linq.Expression Emit(Linq.ParameterExpression first) => Linq.Expression.Add(left.Emit(first), right.Emit(first));
}

internal sealed class SubtractExpr(NumberExpr left, NumberExpr right) : NumberExpr
{
    public override bool CanThrow => true;

    public override decimal Evaluate(ReadOnlySpan<Value> slots) => left.Evaluate(slots) - right.Evaluate(slots);

    public override Linq.Expression Emit(Linq.ParameterExpression first) => Linq.Expression.Subtract(left.Emit(first), right.Emit(first));
}

internal sealed class MultiplyExpr(NumberExpr left, NumberExpr right) : NumberExpr
{
    public override bool CanThrow => true;

    public override decimal Evaluate(ReadOnlySpan<Value> slots) => left.Evaluate(slots) * right.Evaluate(slots);

    public override Linq.Expression Emit(Linq.ParameterExpression first) => Linq.Expression.Multiply(left.Emit(first), right.Emit(first));
}

/// <summary>Two fields multiplied: the most common computed field, read without a call per operand.</summary>
internal sealed class MultiplySlotsExpr(int left, int right) : NumberExpr
{
    public override bool CanThrow => true;

    public override decimal Evaluate(ReadOnlySpan<Value> slots)
    {
        slots[left].TryGetNumber(out var a);
        slots[right].TryGetNumber(out var b);
        return a * b;
    }

    public override Linq.Expression Emit(Linq.ParameterExpression first) => Linq.Expression.Multiply(LaneEmit.Number(first, left), LaneEmit.Number(first, right));
}

/// <summary>A constant minus a field (<c>1 - discount</c>).</summary>
internal sealed class ConstantMinusSlotExpr(decimal constant, int slot) : NumberExpr
{
    public override bool CanThrow => true;

    public override decimal Evaluate(ReadOnlySpan<Value> slots)
    {
        slots[slot].TryGetNumber(out var b);
        return constant - b;
    }

    public override Linq.Expression Emit(Linq.ParameterExpression first) => Linq.Expression.Subtract(Linq.Expression.Constant(constant), LaneEmit.Number(first, slot));
}

internal sealed class DivideExpr(NumberExpr left, NumberExpr right) : NumberExpr
{
    public override bool CanThrow => true;

    // decimal division by zero throws DivideByZeroException, an ArithmeticException: the general tree gives #DIV/0!.
    public override decimal Evaluate(ReadOnlySpan<Value> slots) => left.Evaluate(slots) / right.Evaluate(slots);

    public override Linq.Expression Emit(Linq.ParameterExpression first) => Linq.Expression.Divide(left.Emit(first), right.Emit(first));
}

internal sealed class BoolConstantExpr(bool value) : BoolExpr
{
    public override bool CanThrow => false;

    public override bool Evaluate(ReadOnlySpan<Value> slots) => value;

    public override Linq.Expression Emit(Linq.ParameterExpression first) => Linq.Expression.Constant(value);
}

internal sealed class NumberCompareExpr(BinaryOperator op, NumberExpr left, NumberExpr right) : BoolExpr
{
    public override bool CanThrow => left.CanThrow || right.CanThrow;

    public override bool Evaluate(ReadOnlySpan<Value> slots) => FastLaneBuilder.Test(op, left.Evaluate(slots).CompareTo(right.Evaluate(slots)));

    public override Linq.Expression Emit(Linq.ParameterExpression first) => LaneEmit.Compare(op, left.Emit(first), right.Emit(first));
}

/// <summary>A number field compared with a constant (<c>amount &gt; 100000</c>).</summary>
internal sealed class SlotCompareConstantExpr(BinaryOperator op, int slot, decimal constant) : BoolExpr
{
    public override bool CanThrow => false;

    public override bool Evaluate(ReadOnlySpan<Value> slots)
    {
        slots[slot].TryGetNumber(out var number);
        return op switch
        {
            BinaryOperator.Equal => number == constant,
            BinaryOperator.NotEqual => number != constant,
            BinaryOperator.Less => number < constant,
            BinaryOperator.LessOrEqual => number <= constant,
            BinaryOperator.Greater => number > constant,
            _ => number >= constant,
        };
    }

    public override Linq.Expression Emit(Linq.ParameterExpression first) => LaneEmit.Compare(op, LaneEmit.Number(first, slot), Linq.Expression.Constant(constant));
}

/// <summary>A text operand: a text field (its slot) or a text constant.</summary>
internal readonly record struct TextOperand(int Slot, string? Constant)
{
    public string Read(ReadOnlySpan<Value> slots)
    {
        if (Constant is not null)
        {
            return Constant;
        }

        slots[Slot].TryGetText(out var text);
        return text;
    }

    public Linq.Expression Emit(Linq.ParameterExpression first) => Constant is null ? LaneEmit.Text(first, Slot) : Linq.Expression.Constant(Constant);
}

/// <summary>Two texts compared case-insensitively by character code, as the general comparison does.</summary>
internal sealed class TextCompareExpr(BinaryOperator op, TextOperand left, TextOperand right) : BoolExpr
{
    public override bool CanThrow => false;

    public override bool Evaluate(ReadOnlySpan<Value> slots)
    {
        var a = left.Read(slots);
        var b = right.Read(slots);
        return op switch
        {
            BinaryOperator.Equal => string.Equals(a, b, StringComparison.OrdinalIgnoreCase),
            BinaryOperator.NotEqual => !string.Equals(a, b, StringComparison.OrdinalIgnoreCase),
            _ => FastLaneBuilder.Test(op, string.Compare(a, b, StringComparison.OrdinalIgnoreCase)),
        };
    }

    public override Linq.Expression Emit(Linq.ParameterExpression first) => LaneEmit.CompareText(op, left.Emit(first), right.Emit(first));
}

/// <summary>A text field equal (or not equal) to a text constant (<c>level = "VIP"</c>).</summary>
internal sealed class SlotEqualsTextExpr(int slot, string constant, bool negate) : BoolExpr
{
    public override bool CanThrow => false;

    public override bool Evaluate(ReadOnlySpan<Value> slots)
    {
        slots[slot].TryGetText(out var text);
        return string.Equals(text, constant, StringComparison.OrdinalIgnoreCase) != negate;
    }

    public override Linq.Expression Emit(Linq.ParameterExpression first) => LaneEmit.CompareText(negate ? BinaryOperator.NotEqual : BinaryOperator.Equal, LaneEmit.Text(first, slot), Linq.Expression.Constant(constant));
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
    public override Linq.Expression Emit(Linq.ParameterExpression first)
    {
        // Arguments up to the last one that can fail are all evaluated (& |); after it, && || may skip.
        var result = _arguments[0].Emit(first);
        for (var i = 1; i < _arguments.Length; i++)
        {
            var argument = _arguments[i].Emit(first);
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

    public override Linq.Expression Emit(Linq.ParameterExpression first) => Linq.Expression.Not(operand.Emit(first));
}

internal sealed class IfExpr(BoolExpr condition, ValueExpr then, ValueExpr otherwise) : ValueExpr
{
    public override Value Evaluate(ReadOnlySpan<Value> slots) => condition.Evaluate(slots) ? then.Evaluate(slots) : otherwise.Evaluate(slots);

    public override Linq.Expression Emit(Linq.ParameterExpression first) => Linq.Expression.Condition(condition.Emit(first), then.Emit(first), otherwise.Emit(first), typeof(Value));
}

internal sealed class NumberValueExpr(NumberExpr number) : ValueExpr
{
    public override Value Evaluate(ReadOnlySpan<Value> slots) => Value.FromNumber(number.Evaluate(slots));

    public override Linq.Expression Emit(Linq.ParameterExpression first) => Linq.Expression.Call(typeof(Value).GetMethod(nameof(Value.FromNumber), [typeof(decimal)])!, number.Emit(first));
}

internal sealed class BoolValueExpr(BoolExpr condition) : ValueExpr
{
    public override Value Evaluate(ReadOnlySpan<Value> slots) => condition.Evaluate(slots) ? Value.True : Value.False;

    public override Linq.Expression Emit(Linq.ParameterExpression first) => Linq.Expression.Call(typeof(Value).GetMethod(nameof(Value.FromBoolean), [typeof(bool)])!, condition.Emit(first));
}

internal sealed class ConstantValueExpr(Value value) : ValueExpr
{
    public override Value Evaluate(ReadOnlySpan<Value> slots) => value;

    public override Linq.Expression Emit(Linq.ParameterExpression first) => Linq.Expression.Constant(value, typeof(Value));
}

/// <summary>A text field as the result (of an IF branch): the guard checked it holds text.</summary>
internal sealed class SlotValueExpr(int slot) : ValueExpr
{
    public override Value Evaluate(ReadOnlySpan<Value> slots) => slots[slot];

    public override Linq.Expression Emit(Linq.ParameterExpression first) => LaneEmit.Value(first, slot);
}

/// <summary>Expression-tree pieces the parts of a fast lane compile to.</summary>
internal static class LaneEmit
{
    private static readonly System.Reflection.MethodInfo ReadNumber = typeof(FastLane).GetMethod(nameof(FastLane.ReadNumber), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!;
    private static readonly System.Reflection.MethodInfo ReadText = typeof(FastLane).GetMethod(nameof(FastLane.ReadText), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!;
    private static readonly System.Reflection.MethodInfo ReadValue = typeof(FastLane).GetMethod(nameof(FastLane.ReadValue), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!;
    private static readonly System.Reflection.MethodInfo StringEquals = typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string), typeof(StringComparison)])!;
    private static readonly System.Reflection.MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string), typeof(StringComparison)])!;

    public static Linq.Expression Number(Linq.ParameterExpression first, int slot) => Linq.Expression.Call(ReadNumber, first, Linq.Expression.Constant(slot));

    public static Linq.Expression Text(Linq.ParameterExpression first, int slot) => Linq.Expression.Call(ReadText, first, Linq.Expression.Constant(slot));

    public static Linq.Expression Value(Linq.ParameterExpression first, int slot) => Linq.Expression.Call(ReadValue, first, Linq.Expression.Constant(slot));

    public static Linq.Expression Compare(BinaryOperator op, Linq.Expression left, Linq.Expression right) => op switch
    {
        BinaryOperator.Equal => Linq.Expression.Equal(left, right),
        BinaryOperator.NotEqual => Linq.Expression.NotEqual(left, right),
        BinaryOperator.Less => Linq.Expression.LessThan(left, right),
        BinaryOperator.LessOrEqual => Linq.Expression.LessThanOrEqual(left, right),
        BinaryOperator.Greater => Linq.Expression.GreaterThan(left, right),
        _ => Linq.Expression.GreaterThanOrEqual(left, right),
    };

    /// <summary>Case-insensitive by character code, as the general comparison.</summary>
    public static Linq.Expression CompareText(BinaryOperator op, Linq.Expression left, Linq.Expression right)
    {
        var comparison = Linq.Expression.Constant(StringComparison.OrdinalIgnoreCase);
        return op switch
        {
            BinaryOperator.Equal => Linq.Expression.Call(StringEquals, left, right, comparison),
            BinaryOperator.NotEqual => Linq.Expression.Not(Linq.Expression.Call(StringEquals, left, right, comparison)),
            _ => Compare(op, Linq.Expression.Call(StringCompare, left, right, comparison), Linq.Expression.Constant(0)),
        };
    }
}

/// <summary>Builds the <see cref="FastLane"/> of a bound tree, or nothing when some part of it is not simple.</summary>
internal sealed class FastLaneBuilder
{
    private readonly SortedDictionary<int, ValueKind> _slots = [];

    public static FastLane? TryBuild(Node root)
    {
        var builder = new FastLaneBuilder();
        var expr = builder.ValueOf(root);
        if (expr is null || builder._slots.Count == 0)
        {
            return null;
        }

        var slots = new int[builder._slots.Count];
        var kinds = new ValueKind[slots.Length];
        var i = 0;
        foreach (var (slot, kind) in builder._slots)
        {
            slots[i] = slot;
            kinds[i] = kind;
            i++;
        }

        return new FastLane(expr, slots, kinds);
    }

    public static bool Test(BinaryOperator op, int c) => op switch
    {
        BinaryOperator.Equal => c == 0,
        BinaryOperator.NotEqual => c != 0,
        BinaryOperator.Less => c < 0,
        BinaryOperator.LessOrEqual => c <= 0,
        BinaryOperator.Greater => c > 0,
        _ => c >= 0,
    };

    private ValueExpr? ValueOf(Node node)
    {
        switch (node)
        {
            case ConstantNode constant when constant.Value.Kind is ValueKind.Number or ValueKind.Text or ValueKind.Boolean:
                return new ConstantValueExpr(constant.Value);
            case SlotNode slot when slot.Kind == ValueKind.Text:
                Use(slot);
                return new SlotValueExpr(slot.Slot);
            case IfNode ifNode:
                var condition = Bool(ifNode.Condition);
                var then = condition is null ? null : ValueOf(ifNode.Then);
                var otherwise = then is null ? null : ifNode.Otherwise is null ? new ConstantValueExpr(Formwork.Value.False) : ValueOf(ifNode.Otherwise);
                return otherwise is null ? null : new IfExpr(condition!, then!, otherwise);
        }

        if (node.Kind == ValueKind.Boolean)
        {
            var condition = Bool(node);
            return condition is null ? null : new BoolValueExpr(condition);
        }

        var number = Number(node);
        return number is null ? null : new NumberValueExpr(number);
    }

    private NumberExpr? Number(Node node)
    {
        switch (node)
        {
            case ConstantNode constant when constant.Value.Kind == ValueKind.Number:
                return new NumberConstantExpr(constant.Value.AsNumber());
            case SlotNode slot when slot.Kind == ValueKind.Number:
                Use(slot);
                return new NumberSlotExpr(slot.Slot);
            case NegateNode negate:
                var negated = Number(negate.Operand);
                return negated is null ? null : new NegateExpr(negated);
            case PercentNode percent:
                var operand = Number(percent.Operand);
                return operand is null ? null : new PercentExpr(operand);
            case ChainNode chain when chain.ChainOperators[0] != BinaryOperator.Concat:
                var result = Number(chain.First);
                for (var i = 0; result is not null && i < chain.Operands.Count; i++)
                {
                    var right = Number(chain.Operands[i]);
                    result = right is null ? null : Arithmetic(chain.ChainOperators[i], result, right);
                }

                return result;
            default:
                return null;
        }
    }

    private static NumberExpr Arithmetic(BinaryOperator op, NumberExpr left, NumberExpr right) => op switch
    {
        BinaryOperator.Add => new AddExpr(left, right),
        BinaryOperator.Subtract when left is NumberConstantExpr constant && right is NumberSlotExpr slot => new ConstantMinusSlotExpr(constant.Number, slot.Slot),
        BinaryOperator.Subtract => new SubtractExpr(left, right),
        BinaryOperator.Multiply when left is NumberSlotExpr a && right is NumberSlotExpr b => new MultiplySlotsExpr(a.Slot, b.Slot),
        BinaryOperator.Multiply => new MultiplyExpr(left, right),
        _ => new DivideExpr(left, right),
    };

    private BoolExpr? Bool(Node node)
    {
        switch (node)
        {
            case ConstantNode constant when constant.Value.Kind == ValueKind.Boolean:
                return new BoolConstantExpr(constant.Value.AsBoolean());
            case LogicNode logic:
                var arguments = new BoolExpr[logic.Arguments.Count];
                for (var i = 0; i < arguments.Length; i++)
                {
                    var argument = Bool(logic.Arguments[i]);
                    if (argument is null)
                    {
                        return null;
                    }

                    arguments[i] = argument;
                }

                return new LogicExpr(arguments, logic.IsOr);
            case BinaryNode binary when binary.Operator != BinaryOperator.Power:
                return Compare(binary);
            case CallNode { Function.Name: "NOT" } not:
                var operand = Bool(not.Arguments[0]);
                return operand is null ? null : new NotExpr(operand);
            default:
                return null;
        }
    }

    private BoolExpr? Compare(BinaryNode binary)
    {
        var op = binary.Operator;
        if (IsText(binary.Left) && IsText(binary.Right))
        {
            var left = Text(binary.Left);
            var right = Text(binary.Right);
            if (op is BinaryOperator.Equal or BinaryOperator.NotEqual)
            {
                if (left.Constant is null && right.Constant is not null)
                {
                    return new SlotEqualsTextExpr(left.Slot, right.Constant, op == BinaryOperator.NotEqual);
                }

                if (right.Constant is null && left.Constant is not null)
                {
                    return new SlotEqualsTextExpr(right.Slot, left.Constant, op == BinaryOperator.NotEqual);
                }
            }

            return new TextCompareExpr(op, left, right);
        }

        var a = Number(binary.Left);
        var b = a is null ? null : Number(binary.Right);
        if (b is null)
        {
            return null;
        }

        return a is NumberSlotExpr slot && b is NumberConstantExpr constant
            ? new SlotCompareConstantExpr(op, slot.Slot, constant.Number)
            : new NumberCompareExpr(op, a!, b);
    }

    private static bool IsText(Node node) =>
        node is SlotNode { Kind: ValueKind.Text } || (node is ConstantNode constant && constant.Value.Kind == ValueKind.Text);

    private TextOperand Text(Node node)
    {
        if (node is SlotNode slot)
        {
            Use(slot);
            return new TextOperand(slot.Slot, null);
        }

        return new TextOperand(-1, ((ConstantNode)node).Value.AsText());
    }

    private void Use(SlotNode slot) => _slots[slot.Slot] = slot.Kind!.Value;
}
