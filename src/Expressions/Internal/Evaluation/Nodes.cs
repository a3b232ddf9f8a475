using System;
using System.Collections.Generic;

namespace Formwork.Expressions.Internal.Evaluation;

internal sealed class ConstantNode(Value value) : Node(value.Kind)
{
    private readonly bool _isNumber = value.TryGetNumber(out _);
    private readonly decimal _number = value.TryGetNumber(out var n) ? n : 0m;

    public Value Value { get; } = value;

    public override Value Evaluate(in EvaluationFrame frame) => Value;

    public override bool TryEvaluateNumber(in EvaluationFrame frame, out decimal number, out Value value)
    {
        number = _number;
        value = _isNumber ? default : Value;
        return _isNumber;
    }
}

/// <summary>Reads a field's value from its slot.</summary>
internal sealed class SlotNode(int slot, ValueKind kind) : Node(kind)
{
    public int Slot { get; } = slot;

    public override Value Evaluate(in EvaluationFrame frame) => frame.Slots[Slot];

    public override bool TryEvaluateNumber(in EvaluationFrame frame, out decimal number, out Value value)
    {
        ref readonly var slot = ref frame.Slots[Slot];
        if (slot.TryGetNumber(out number))
        {
            value = default;
            return true;
        }

        value = slot;
        return false;
    }
}

/// <summary>Reads a field of a related record (<c>customer.level</c>), or of a record related to it (<c>customer.company.level</c>).</summary>
internal sealed class RecordFieldNode(int slot, string[] path, ValueKind kind) : Node(kind)
{
    public int Slot => slot;

    /// <summary>Gets the field names from the related record down to the field read.</summary>
    public IReadOnlyList<string> Path => path;

    public override Value Evaluate(in EvaluationFrame frame) => Read(frame.Slots[slot], path, frame.Context);

    /// <summary>Follows the path from a relation value: a one-row table or a reference the context resolves; a missing record reads as blank.</summary>
    public static Value Read(Value holder, string[] path, FormulaContext context)
    {
        foreach (var field in path)
        {
            switch (holder.Kind)
            {
                case ValueKind.Table:
                    var rows = holder.AsTable();
                    if (rows.Count == 0)
                    {
                        return default;
                    }

                    holder = rows[0][field];
                    continue;
                case ValueKind.Reference:
                    var record = context.RecordResolver?.Invoke(holder.AsReference());
                    if (record is null)
                    {
                        return default;
                    }

                    holder = record[field];
                    continue;
                case ValueKind.Error:
                    return holder;
                case ValueKind.Blank:
                    return default;
                default:
                    return Excel.WrongType;
            }
        }

        return holder;
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
    public Node Operand => operand;

    public override Value Evaluate(in EvaluationFrame frame) =>
        TryEvaluateNumber(frame, out var number, out var value) ? Value.FromNumber(number) : value;

    public override bool TryEvaluateNumber(in EvaluationFrame frame, out decimal number, out Value value)
    {
        if (operand.TryEvaluateNumber(frame, out number, out value) || Excel.TryNumber(value, out number, out value))
        {
            number = -number;
            value = default;
            return true;
        }

        return false;
    }
}

internal sealed class PercentNode(Node operand) : Node(ValueKind.Number)
{
    public Node Operand => operand;

    public override Value Evaluate(in EvaluationFrame frame) =>
        TryEvaluateNumber(frame, out var number, out var value) ? Value.FromNumber(number) : value;

    public override bool TryEvaluateNumber(in EvaluationFrame frame, out decimal number, out Value value)
    {
        if (operand.TryEvaluateNumber(frame, out number, out value) || Excel.TryNumber(value, out number, out value))
        {
            number /= 100m;
            value = default;
            return true;
        }

        return false;
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
    public BinaryOperator Operator => op;

    public Node Left => left;

    public Node Right => right;

    public override Value Evaluate(in EvaluationFrame frame)
    {
        if (op == BinaryOperator.Power)
        {
            return Operators.Apply(op, left.Evaluate(frame), right.Evaluate(frame));
        }

        return TryEvaluateBoolean(frame, out var result, out var value) ? Value.FromBoolean(result) : value;
    }

    public override bool TryEvaluateBoolean(in EvaluationFrame frame, out bool result, out Value value)
    {
        if (op == BinaryOperator.Power)
        {
            return base.TryEvaluateBoolean(frame, out result, out value);
        }

        int c;
        if (left.TryEvaluateNumber(frame, out var a, out var l))
        {
            if (right.TryEvaluateNumber(frame, out var b, out var r))
            {
                // Both numbers: compare the decimals directly.
                c = a.CompareTo(b);
            }
            else
            {
                value = Excel.Compare(Value.FromNumber(a), r, out c);
                if (!value.IsBlank)
                {
                    result = false;
                    return false;
                }
            }
        }
        else
        {
            var r = right.Evaluate(frame);
            if (l.Kind == ValueKind.Text && r.Kind == ValueKind.Text)
            {
                // Both text: case-insensitive by character code, without the general comparison.
                c = string.Compare(l.AsText(), r.AsText(), StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                value = Excel.Compare(l, r, out c);
                if (!value.IsBlank)
                {
                    result = false;
                    return false;
                }
            }
        }

        value = default;
        result = op switch
        {
            BinaryOperator.Equal => c == 0,
            BinaryOperator.NotEqual => c != 0,
            BinaryOperator.Less => c < 0,
            BinaryOperator.LessOrEqual => c <= 0,
            BinaryOperator.Greater => c > 0,
            _ => c >= 0,
        };
        return true;
    }
}

/// <summary>IF(condition, then, [else]) as a node of its own: the condition is read as a boolean without building a value.</summary>
internal sealed class IfNode(Node condition, Node then, Node? otherwise, ValueKind? kind) : Node(kind)
{
    public Node Condition => condition;

    public Node Then => then;

    public Node? Otherwise => otherwise;

    public override Value Evaluate(in EvaluationFrame frame)
    {
        if (!condition.TryEvaluateBoolean(frame, out var test, out var value) && !Excel.TryBoolean(value, out test, out value))
        {
            return value;
        }

        return test ? then.Evaluate(frame) : otherwise is null ? Value.False : otherwise.Evaluate(frame);
    }
}

/// <summary>AND (mode 0), OR (1) over single values (no subform columns), as a node of its own; see <c>BuiltinFunctions.Logic</c> for the general case.</summary>
internal sealed class LogicNode(Node[] arguments, bool isOr) : Node(ValueKind.Boolean)
{
    public IReadOnlyList<Node> Arguments => arguments;

    public bool IsOr => isOr;

    public override Value Evaluate(in EvaluationFrame frame) =>
        TryEvaluateBoolean(frame, out var result, out var value) ? Value.FromBoolean(result) : value;

    public override bool TryEvaluateBoolean(in EvaluationFrame frame, out bool result, out Value value)
    {
        var all = true;
        var any = false;
        var seen = false;
        foreach (var argument in arguments)
        {
            if (!argument.TryEvaluateBoolean(frame, out var b, out value))
            {
                if (value.Kind == ValueKind.List)
                {
                    // A list field: its booleans count, its blanks and text are skipped, as in an Excel range.
                    foreach (var item in value.AsList())
                    {
                        if (item.IsError)
                        {
                            result = false;
                            value = item;
                            return false;
                        }

                        if (item.Kind is ValueKind.Blank or ValueKind.Text || !Excel.TryBoolean(item, out var itemValue, out _))
                        {
                            continue;
                        }

                        seen = true;
                        all &= itemValue;
                        any |= itemValue;
                    }

                    continue;
                }

                if (!Excel.TryBoolean(value, out b, out value))
                {
                    result = false;
                    return false;
                }
            }

            seen = true;
            all &= b;
            any |= b;
        }

        if (!seen)
        {
            result = false;
            value = Excel.WrongType;
            return false;
        }

        value = default;
        result = isOr ? any : all;
        return true;
    }
}

/// <summary>A flat run of same-precedence operators, evaluated left to right without recursion.</summary>
internal sealed class ChainNode : Node
{
    private readonly Node _first;
    private readonly BinaryOperator[] _operators;
    private readonly Node[] _operands;
    private readonly int[] _slots;
    private readonly bool _arithmetic;

    public ChainNode(Node first, BinaryOperator[] operators, Node[] operands, ValueKind? kind)
        : base(kind)
    {
        _first = first;
        _operators = operators;
        _operands = operands;
        _arithmetic = operators[0] != BinaryOperator.Concat;

        // Fields are read straight from their slot in the fast path, without a virtual call per operand.
        _slots = new int[operands.Length];
        for (var i = 0; i < operands.Length; i++)
        {
            _slots[i] = operands[i] is SlotNode slot ? slot.Slot : -1;
        }
    }

    public Node First => _first;

    public IReadOnlyList<BinaryOperator> ChainOperators => _operators;

    public IReadOnlyList<Node> Operands => _operands;

    public override Value Evaluate(in EvaluationFrame frame) =>
        TryEvaluateNumber(frame, out var number, out var value) ? Value.FromNumber(number) : value;

    public override bool TryEvaluateNumber(in EvaluationFrame frame, out decimal number, out Value value)
    {
        if (!_arithmetic)
        {
            return Slow(frame, 0, _first.Evaluate(frame), out number, out value);
        }

        if (!_first.TryEvaluateNumber(frame, out number, out value))
        {
            return Slow(frame, 0, value, out number, out value);
        }

        // Fast path: every operand so far is a number, so the running result stays a decimal.
        for (var i = 0; i < _operators.Length; i++)
        {
            decimal operand;
            var slot = _slots[i];
            if (slot >= 0)
            {
                ref readonly var field = ref frame.Slots[slot];
                if (!field.TryGetNumber(out operand))
                {
                    return Slow(frame, i + 1, Operators.Apply(_operators[i], Value.FromNumber(number), field), out number, out value);
                }
            }
            else if (!_operands[i].TryEvaluateNumber(frame, out operand, out var other))
            {
                return Slow(frame, i + 1, Operators.Apply(_operators[i], Value.FromNumber(number), other), out number, out value);
            }

            if (!Operators.TryNumbers(_operators[i], number, operand, out number, out value))
            {
                return false;
            }
        }

        value = default;
        return true;
    }

    private bool Slow(in EvaluationFrame frame, int from, Value result, out decimal number, out Value value)
    {
        for (var i = from; i < _operators.Length; i++)
        {
            result = Operators.Apply(_operators[i], result, _operands[i].Evaluate(frame));
        }

        value = result;
        return result.TryGetNumber(out number);
    }
}

/// <summary>A call of a built-in function; the function evaluates its own arguments (so IF and IFERROR are lazy).</summary>
internal sealed class CallNode(Functions.BuiltinFunction function, Node[] arguments, ValueKind? kind) : Node(kind)
{
    public Functions.BuiltinFunction Function => function;

    public IReadOnlyList<Node> Arguments => arguments;

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
