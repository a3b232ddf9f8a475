namespace Formwork.Rules;

/// <summary>
/// A node of the immutable rule model (the left-hand side of a rule): a pattern, a group, a negation, an existence
/// test, an aggregate or a filter. The fluent DSL and the JSON loader both build these; the compiler turns them
/// into a Rete network.
/// </summary>
public abstract class RuleElement
{
    private protected RuleElement()
    {
    }

    /// <summary>Calls the visitor method that matches this element's kind.</summary>
    /// <param name="visitor">The visitor.</param>
    public abstract void Accept(RuleElementVisitor visitor);
}
