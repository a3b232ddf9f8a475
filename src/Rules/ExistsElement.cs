using System;

namespace Formwork.Rules;

/// <summary>Matches once when at least one fact satisfies the source pattern (given the facts bound before it).</summary>
public sealed class ExistsElement : RuleElement
{
    internal ExistsElement(PatternElement source)
    {
        Source = source;
    }

    /// <summary>Gets the pattern that must have a match.</summary>
    public PatternElement Source { get; }

    /// <inheritdoc />
    public override void Accept(RuleElementVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitExists(this);
    }
}
