using Formwork.Expressions.Internal.Evaluation;

namespace Formwork.Expressions.Internal.Functions;

/// <summary>How a function treats its arguments in the binder.</summary>
internal enum ArgumentShape
{
    /// <summary>Every argument is a single value; subform columns are refused.</summary>
    Scalar,

    /// <summary>Every argument may be a subform column (SUM, COUNT, TEXTJOIN…).</summary>
    Ranges,

    /// <summary>The arguments at the function's range positions must be subform columns (COUNTIF, SUMIF…).</summary>
    Criteria,
}

/// <summary>A built-in function: name, arity and implementation. Implementations evaluate their own arguments.</summary>
internal abstract class BuiltinFunction(string name, int minArguments, int maxArguments, ValueKind? resultKind, ArgumentShape shape)
{
    public string Name { get; } = name;

    public int MinArguments { get; } = minArguments;

    public int MaxArguments { get; } = maxArguments;

    public ValueKind? ResultKind { get; } = resultKind;

    public ArgumentShape Shape { get; } = shape;

    /// <summary>Gets whether the argument at an index may be a subform column.</summary>
    public virtual bool IsRangeArgument(int index) => Shape == ArgumentShape.Ranges;

    /// <summary>Gets whether the argument at an index must be a subform column or a list (COUNTIF's range).</summary>
    public virtual bool RequiresRange(int index) => false;

    public abstract Value Invoke(Node[] arguments, in EvaluationFrame frame);
}

/// <summary>Up to four evaluated arguments, held inline so eager functions do not allocate.</summary>
internal readonly struct Args
{
    private readonly Value _a0;
    private readonly Value _a1;
    private readonly Value _a2;
    private readonly Value _a3;

    public Args(int count, in Value a0, in Value a1, in Value a2, in Value a3)
    {
        Count = count;
        _a0 = a0;
        _a1 = a1;
        _a2 = a2;
        _a3 = a3;
    }

    public int Count { get; }

    public Value this[int index] => index switch
    {
        0 => _a0,
        1 => _a1,
        2 => _a2,
        _ => _a3,
    };

    public bool Has(int index) => index < Count;
}

internal delegate Value EagerBody(in Args args, in EvaluationFrame frame);

internal delegate Value LazyBody(Node[] args, in EvaluationFrame frame);

/// <summary>A function whose (at most four) arguments are all evaluated first; errors propagate unless told otherwise.</summary>
internal sealed class EagerFunction(string name, int min, int max, ValueKind? kind, EagerBody body, bool propagateErrors = true)
    : BuiltinFunction(name, min, max, kind, ArgumentShape.Scalar)
{
    public override Value Invoke(Node[] arguments, in EvaluationFrame frame)
    {
        var n = arguments.Length;
        var a0 = n > 0 ? arguments[0].Evaluate(frame) : default;
        var a1 = n > 1 ? arguments[1].Evaluate(frame) : default;
        var a2 = n > 2 ? arguments[2].Evaluate(frame) : default;
        var a3 = n > 3 ? arguments[3].Evaluate(frame) : default;
        if (propagateErrors)
        {
            if (a0.IsError)
            {
                return a0;
            }

            if (a1.IsError)
            {
                return a1;
            }

            if (a2.IsError)
            {
                return a2;
            }

            if (a3.IsError)
            {
                return a3;
            }
        }

        return body(new Args(n, a0, a1, a2, a3), frame);
    }
}

/// <summary>A function that evaluates its arguments itself: lazy logic (IF, IFERROR), aggregates over subform columns.</summary>
/// <remarks><paramref name="rangeArguments"/> names the positions that may be subform columns; with <paramref name="required"/> they must be.</remarks>
internal sealed class LazyFunction(string name, int min, int max, ValueKind? kind, ArgumentShape shape, LazyBody body, System.Func<int, bool>? rangeArguments = null, bool required = true)
    : BuiltinFunction(name, min, max, kind, shape)
{
    public override bool IsRangeArgument(int index) => Shape == ArgumentShape.Ranges || (rangeArguments is not null && rangeArguments(index));

    public override bool RequiresRange(int index) => required && rangeArguments is not null && rangeArguments(index);

    public override Value Invoke(Node[] arguments, in EvaluationFrame frame) => body(arguments, frame);
}
