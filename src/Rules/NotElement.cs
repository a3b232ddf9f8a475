using System;

namespace Formwork.Rules;

/// <summary>Matches when no fact satisfies the source pattern (given the facts bound before it).</summary>
public sealed class NotElement : RuleElement
{
    internal NotElement(PatternElement source)
    {
        Source = source;
    }

    /// <summary>Gets the pattern that must have no match.</summary>
    public PatternElement Source { get; }

    /// <inheritdoc />
    public override void Accept(RuleElementVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitNot(this);
    }
}
