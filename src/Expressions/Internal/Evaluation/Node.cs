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
}
