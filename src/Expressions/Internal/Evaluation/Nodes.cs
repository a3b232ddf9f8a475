using System;
using System.Collections.Generic;

namespace Formwork.Expressions.Internal.Evaluation;

internal sealed class ConstantNode(Value value) : Node(value.Kind)
{
    public Value Value { get; } = value;

    public override Value Evaluate(in EvaluationFrame frame) => Value;
}

/// <summary>Reads a field's value from its slot.</summary>
internal sealed class SlotNode(int slot, ValueKind kind) : Node(kind)
{
    public int Slot { get; } = slot;

    public override Value Evaluate(in EvaluationFrame frame) => frame.Slots[Slot];
}

/// <summary>Reads a field of a related record: <c>customer.level</c>.</summary>
internal sealed class RecordFieldNode(int slot, string field, ValueKind kind) : Node(kind)
{
    public override Value Evaluate(in EvaluationFrame frame)
    {
        var holder = frame.Slots[slot];
        switch (holder.Kind)
        {
            case ValueKind.Table:
                var rows = holder.AsTable();
                return rows.Count == 0 ? default : rows[0][field];
            case ValueKind.Reference:
                var record = frame.Context.RecordResolver?.Invoke(holder.AsReference());
                return record is null ? default : record[field];
            case ValueKind.Error:
                return holder;
            case ValueKind.Blank:
                return default;
            default:
                return Excel.WrongType;
        }
    }
}

/// <summary>A subform column (<c>lines.amount</c>); only aggregates read it, through <see cref="Functions.ValueRange"/>.</summary>
internal sealed class ColumnNode(int slot, string table, string field, ValueKind kind) : Node(kind)
{
    public int Slot { get; } = slot;

    public string Table { get; } = table;

    public string Field { get; } = field;

    public override Value Evaluate(in EvaluationFrame frame) => Excel.WrongType;
}

internal sealed class NegateNode(Node operand) : Node(ValueKind.Number)
{
    public override Value Evaluate(in EvaluationFrame frame)
    {
        var value = operand.Evaluate(frame);
        if (value.Kind == ValueKind.Number)
        {
            return Value.FromNumber(-value.AsNumber());
        }

        return Excel.TryNumber(value, out var number, out var error) ? Value.FromNumber(-number) : error;
    }
}

internal sealed class PercentNode(Node operand) : Node(ValueKind.Number)
{
    public override Value Evaluate(in EvaluationFrame frame)
    {
        var value = operand.Evaluate(frame);
        return Excel.TryNumber(value, out var number, out var error) ? Value.FromNumber(number / 100m) : error;
    }
}

internal enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Concat,
    Power,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>Comparison and power: two operands.</summary>
internal sealed class BinaryNode(BinaryOperator op, Node left, Node right, ValueKind? kind) : Node(kind)
{
    public override Value Evaluate(in EvaluationFrame frame)
    {
        var l = left.Evaluate(frame);
        var r = right.Evaluate(frame);
        return Operators.Apply(op, l, r);
    }
}

/// <summary>A flat run of same-precedence operators, evaluated left to right without recursion.</summary>
internal sealed class ChainNode(Node first, BinaryOperator[] operators, Node[] operands, ValueKind? kind) : Node(kind)
{
    public override Value Evaluate(in EvaluationFrame frame)
    {
        var result = first.Evaluate(frame);
        for (var i = 0; i < operators.Length; i++)
        {
            result = Operators.Apply(operators[i], result, operands[i].Evaluate(frame));
        }

        return result;
    }
}

/// <summary>A call of a built-in function; the function evaluates its own arguments (so IF and IFERROR are lazy).</summary>
internal sealed class CallNode(Functions.BuiltinFunction function, Node[] arguments, ValueKind? kind) : Node(kind)
{
    public override Value Evaluate(in EvaluationFrame frame) => function.Invoke(arguments, frame);
}

/// <summary>A call of a host function.</summary>
internal sealed class HostCallNode(FormulaFunction function, Node[] arguments) : Node(function.ResultKind)
{
    public override Value Evaluate(in EvaluationFrame frame)
    {
        var values = arguments.Length == 0 ? [] : new Value[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            values[i] = arguments[i].Evaluate(frame);
            if (function.PropagatesErrors && values[i].IsError)
            {
                return values[i];
            }
        }

        try
        {
            return function.Implementation(values, frame.Context);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException or FormatException or IndexOutOfRangeException or KeyNotFoundException)
        {
            // A host function that fails on an odd argument gives #VALUE! like a built-in would, instead of crashing the form.
            return Excel.WrongType;
        }
    }
}
