namespace Formwork.Expressions.Internal.Evaluation;

/// <summary>A node of a compiled formula: evaluates itself against a frame. Immutable, so formulas are thread-safe.</summary>
internal abstract class Node
{
    protected Node(ValueKind? kind)
    {
        Kind = kind;
    }

    /// <summary>Gets the kind the binder inferred, or <see langword="null"/> when it depends on the data.</summary>
    public ValueKind? Kind { get; }

    public abstract Value Evaluate(in EvaluationFrame frame);

    /// <summary>
    /// Evaluates, handing a number back as a <see cref="decimal"/> so arithmetic chains skip building intermediate
    /// values. Returns <see langword="false"/> with the full result in <paramref name="value"/> when it is not a number;
    /// either way the node is evaluated once.
    /// </summary>
    public virtual bool TryEvaluateNumber(in EvaluationFrame frame, out decimal number, out Value value)
    {
        value = Evaluate(frame);
        return value.TryGetNumber(out number);
    }

    /// <summary>Evaluates a condition: <see langword="true"/> with the boolean when the result is a boolean, else the full result in <paramref name="value"/>.</summary>
    public virtual bool TryEvaluateBoolean(in EvaluationFrame frame, out bool result, out Value value)
    {
        value = Evaluate(frame);
        if (value.Kind == ValueKind.Boolean)
        {
            result = value.AsBoolean();
            return true;
        }

        result = false;
        return false;
    }
}
