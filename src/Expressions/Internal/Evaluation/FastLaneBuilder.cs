using System;
using System.Collections.Generic;

namespace Formwork.Expressions.Internal.Evaluation;

/// <summary>
/// Builds the <see cref="FastLane"/> of a bound tree, or nothing when some part of it is not simple. Each field it reads
/// gets a guard: its declared kind, or also blank when every read of it treats blank as Excel does there (0 in
/// arithmetic and number comparisons, "" in text comparisons and joins, ISBLANK). A field whose value is passed through
/// as it is (a result, an argument of MIN/MAX, a number joined as text) must hold its kind.
/// </summary>
internal sealed class FastLaneBuilder
{
    private readonly SortedDictionary<int, (ValueKind Kind, bool BlankAllowed)> _slots = [];
    private readonly Dictionary<string, PathRead> _paths = new(StringComparer.Ordinal);

    /// <summary>When above zero, the fields read now must hold their kind (blank would not read as 0 or "" there).</summary>
    private int _exact;

    public static FastLane? TryBuild(Node root)
    {
        var builder = new FastLaneBuilder();
        var expr = builder.ValueOf(root);
        if (expr is null || (builder._slots.Count == 0 && builder._paths.Count == 0))
        {
            return null;
        }

        var slots = new int[builder._slots.Count];
        var kinds = new ValueKind[slots.Length];
        var blankAllowed = new bool[slots.Length];
        var i = 0;
        foreach (var (slot, use) in builder._slots)
        {
            slots[i] = slot;
            kinds[i] = use.Kind;
            blankAllowed[i] = use.BlankAllowed;
            i++;
        }

        var paths = new PathRead[builder._paths.Count];
        builder._paths.Values.CopyTo(paths, 0);
        return new FastLane(expr, slots, kinds, blankAllowed, paths);
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
            case SlotNode slot when slot.Kind is ValueKind.Number or ValueKind.Text or ValueKind.Date:
                // The field itself is the result: a blank must stay blank, so the guard wants its kind.
                Use(slot, blankAllowed: false);
                return new SlotValueExpr(slot.Slot);
            case RecordFieldNode field when field.Kind is ValueKind.Number or ValueKind.Text:
                return new PathValueExpr(UsePath(field, blankAllowed: false));
            case IfNode ifNode:
                var condition = Bool(ifNode.Condition);
                var then = condition is null ? null : ValueOf(ifNode.Then);
                var otherwise = then is null ? null : ifNode.Otherwise is null ? new ConstantValueExpr(Formwork.Value.False) : ValueOf(ifNode.Otherwise);
                return otherwise is null ? null : new IfExpr(condition!, then!, otherwise);
            case ChainNode chain when chain.ChainOperators[0] != BinaryOperator.Concat:
                // The binder leaves a chain with dates untyped: the typed fold tells a date from a number of days.
                return Chain(chain) switch
                {
                    NumberExpr days => new NumberValueExpr(days),
                    DateExpr date => new DateValueExpr(date),
                    _ => null,
                };
        }

        switch (node.Kind)
        {
            case ValueKind.Boolean:
                var test = Bool(node);
                return test is null ? null : new BoolValueExpr(test);
            case ValueKind.Text:
                var text = Text(node);
                return text is null ? null : new TextValueExpr(text);
            case ValueKind.Date:
                var date = Date(node);
                return date is null ? null : new DateValueExpr(date);
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
                Use(slot, blankAllowed: true);
                return new NumberSlotExpr(slot.Slot);
            case RecordFieldNode field when field.Kind == ValueKind.Number:
                return new NumberPathExpr(UsePath(field, blankAllowed: true));
            case NegateNode negate:
                var negated = Number(negate.Operand);
                return negated is null ? null : new NegateExpr(negated);
            case PercentNode percent:
                var operand = Number(percent.Operand);
                return operand is null ? null : new PercentExpr(operand);
            case BinaryNode { Operator: BinaryOperator.Power } power:
                var x = Number(power.Left);
                var y = x is null ? null : Number(power.Right);
                return y is null ? null : new NumberCall2Expr(LaneMath.Power, x!, y, canThrow: true);
            case ChainNode chain when chain.ChainOperators[0] != BinaryOperator.Concat:
                return Chain(chain) as NumberExpr;
            case IfNode { Otherwise: not null } ifNode:
                // IF inside arithmetic: a field passed through a branch reads blank as 0 here, as the general tree does
                // when the branch's value meets the operator.
                var condition = Bool(ifNode.Condition);
                var then = condition is null ? null : Number(ifNode.Then);
                var otherwise = then is null ? null : Number(ifNode.Otherwise);
                return otherwise is null ? null : new NumberIfExpr(condition!, then!, otherwise);
            case CallNode call:
                return NumberCall(call);
            default:
                return null;
        }
    }

    private NumberExpr? NumberCall(CallNode call)
    {
        var arguments = call.Arguments;
        if (arguments is [ColumnNode column] && call.Function.Name switch
            {
                "COUNT" => ColumnFold.Count,
                "COUNTA" => ColumnFold.CountA,
                "MIN" => ColumnFold.Min,
                "MAX" => ColumnFold.Max,
                "AVERAGE" => ColumnFold.Average,
                _ => (ColumnFold?)null,
            } is { } fold)
        {
            // One subform column: folded on the lane (the slot holds the rows, or blank for none).
            _slots[column.Slot] = (ValueKind.Table, true);
            return new ColumnFoldExpr(column.Slot, column.Field, fold);
        }

        switch (call.Function.Name)
        {
            case "MIN" or "MAX":
                // A field given directly to MIN/MAX is skipped when blank (as in a range), so here it must hold a number.
                _exact++;
                var numbers = new NumberExpr[arguments.Count];
                for (var i = 0; i < numbers.Length; i++)
                {
                    var argument = Number(arguments[i]);
                    if (argument is null)
                    {
                        _exact--;
                        return null;
                    }

                    numbers[i] = argument;
                }

                _exact--;
                return new MinMaxExpr(numbers, call.Function.Name == "MAX");
            case "LEN":
                var text = Text(arguments[0]);
                return text is null ? null : new LengthExpr(text);
            case "SUM":
                return Sum(arguments);
        }

        Func<decimal, decimal>? one = call.Function.Name switch
        {
            "ABS" => Math.Abs,
            "INT" => LaneMath.Int,
            "SIGN" => LaneMath.Sign,
            _ => null,
        };
        if (one is not null)
        {
            var argument = arguments.Count == 1 ? Number(arguments[0]) : null;
            return argument is null ? null : new NumberCall1Expr(one, argument, canThrow: false);
        }

        Func<decimal, decimal, decimal>? two = call.Function.Name switch
        {
            "ROUND" => LaneMath.Round,
            "ROUNDUP" => LaneMath.RoundUp,
            "ROUNDDOWN" or "TRUNC" => LaneMath.RoundDown,
            "MOD" => LaneMath.Mod,
            "POWER" => LaneMath.Power,
            _ => null,
        };
        if (two is null || arguments.Count is 0 or > 2)
        {
            return null;
        }

        var left = Number(arguments[0]);
        var right = left is null ? null : arguments.Count == 2 ? Number(arguments[1]) : new NumberConstantExpr(0m);
        return right is null ? null : new NumberCall2Expr(two, left!, right, canThrow: true, call.Function.Name == "MOD" ? LaneMath.Mod : null);
    }

    /// <summary>
    /// SUM of subform columns and numbers, folded left to right as the aggregate does: a column adds its number cells to
    /// the running sum (<see cref="ColumnFoldExpr"/>); a number field or expression is added (a blank field adds 0, which is
    /// what skipping it gives).
    /// </summary>
    private NumberExpr? Sum(IReadOnlyList<Node> arguments)
    {
        NumberExpr? total = null;
        foreach (var argument in arguments)
        {
            if (argument is ColumnNode column)
            {
                // The subform's slot holds its rows (a table) or nothing (blank adds nothing).
                _slots[column.Slot] = (ValueKind.Table, true);
                total = new ColumnFoldExpr(column.Slot, column.Field, ColumnFold.Sum, total);
                continue;
            }

            var part = Number(argument);
            if (part is null)
            {
                return null;
            }

            // From 0, as the aggregate's running sum (0 + -0.0 is 0.0, not -0.0).
            total = new ArithmeticExpr(BinaryOperator.Add, total ?? new NumberConstantExpr(0m), part);
        }

        return total;
    }

    /// <summary>
    /// A run of + - * / folded left to right with a typed running value, as the general tree applies it: numbers stay
    /// numbers; <c>date ± n</c> is a date, <c>n + date</c> too, <c>date - date</c> is days. Returns a
    /// <see cref="NumberExpr"/>, a <see cref="DateExpr"/> or nothing.
    /// </summary>
    private object? Chain(ChainNode chain)
    {
        object? result = Operand(chain.First);
        for (var i = 0; result is not null && i < chain.Operands.Count; i++)
        {
            var op = chain.ChainOperators[i];
            var right = Operand(chain.Operands[i]);
            result = (result, right, op) switch
            {
                (NumberExpr a, NumberExpr b, _) => new ArithmeticExpr(op, a, b),
                (DateExpr d, NumberExpr n, BinaryOperator.Add or BinaryOperator.Subtract) => new AddDaysExpr(d, n, op == BinaryOperator.Subtract),
                (NumberExpr n, DateExpr d, BinaryOperator.Add) => new AddDaysExpr(d, n, subtract: false),
                (DateExpr a, DateExpr b, BinaryOperator.Subtract) => new DaysBetweenExpr(a, b),
                _ => null,
            };
        }

        return result;
    }

    private object? Operand(Node node) => node switch
    {
        ChainNode chain when chain.ChainOperators[0] != BinaryOperator.Concat => Chain(chain),
        _ when node.Kind == ValueKind.Date => Date(node),
        _ => Number(node),
    };

    private DateExpr? Date(Node node)
    {
        switch (node)
        {
            case SlotNode slot when slot.Kind == ValueKind.Date:
                // A blank date is not a date (blank + 1 is the number 1), so the guard wants a date.
                Use(slot, blankAllowed: false);
                return new DateSlotExpr(slot.Slot);
            case ChainNode chain when chain.ChainOperators[0] != BinaryOperator.Concat:
                return Chain(chain) as DateExpr;
            default:
                return null;
        }
    }

    private TextExpr? Text(Node node)
    {
        switch (node)
        {
            case ConstantNode constant when constant.Value.Kind == ValueKind.Text:
                return new TextConstantExpr(constant.Value.AsText());
            case ConstantNode constant when constant.Value.Kind == ValueKind.Number:
                return new TextConstantExpr(Excel.FormatNumber(constant.Value.AsNumber()));
            case SlotNode slot when slot.Kind == ValueKind.Text:
                Use(slot, blankAllowed: true);
                return new TextSlotExpr(slot.Slot);
            case RecordFieldNode field when field.Kind == ValueKind.Text:
                return new TextPathExpr(UsePath(field, blankAllowed: true));
            case ChainNode chain when chain.ChainOperators[0] == BinaryOperator.Concat:
                var result = Text(chain.First);
                for (var i = 0; result is not null && i < chain.Operands.Count; i++)
                {
                    var right = Text(chain.Operands[i]);
                    result = right is null ? null : new ConcatExpr(result, right);
                }

                return result;
        }

        if (node.Kind != ValueKind.Number)
        {
            return null;
        }

        // A number joined as text: a blank field would join as "", not "0", so the fields read here must hold numbers.
        _exact++;
        var number = Number(node);
        _exact--;
        return number is null ? null : new NumberTextExpr(number);
    }

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
            case CallNode { Function.Name: "ISBLANK" } isBlank when isBlank.Arguments[0] is SlotNode { Kind: ValueKind.Number or ValueKind.Text } slot:
                Use(slot, blankAllowed: true);
                return new IsBlankExpr(slot.Slot);
            default:
                return null;
        }
    }

    private BoolExpr? Compare(BinaryNode binary)
    {
        var op = binary.Operator;
        if (binary.Left.Kind == ValueKind.Text && binary.Right.Kind == ValueKind.Text)
        {
            var left = Text(binary.Left);
            var right = left is null ? null : Text(binary.Right);
            return right is null ? null : new TextCompareExpr(op, left!, right);
        }

        // Numbers with numbers, dates with dates (a date against a number would compare its serial number: general tree).
        var a = Operand(binary.Left);
        var b = a is null ? null : Operand(binary.Right);
        return (a, b) switch
        {
            (NumberExpr x, NumberExpr y) => new NumberCompareExpr(op, x, y),
            (DateExpr x, DateExpr y) => new DateCompareExpr(op, x, y),
            _ => null,
        };
    }

    private PathRead UsePath(RecordFieldNode field, bool blankAllowed)
    {
        var key = field.Slot.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + string.Join('.', field.Path);
        if (!_paths.TryGetValue(key, out var read))
        {
            read = new PathRead(field.Slot, [.. field.Path], field.Kind!.Value);
            _paths.Add(key, read);
        }

        read.BlankAllowed &= blankAllowed && _exact == 0;
        return read;
    }

    private void Use(SlotNode slot, bool blankAllowed)
    {
        blankAllowed &= _exact == 0;
        _slots[slot.Slot] = _slots.TryGetValue(slot.Slot, out var use)
            ? (use.Kind, use.BlankAllowed && blankAllowed)
            : (slot.Kind!.Value, blankAllowed);
    }
}
