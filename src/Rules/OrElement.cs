using System;
using System.Collections.Generic;

namespace Formwork.Rules;

/// <summary>
/// A group of alternatives (each an <see cref="AndElement"/>); the rule fires once for each alternative that matches.
/// </summary>
public sealed class OrElement : RuleElement
{
    internal OrElement(IReadOnlyList<AndElement> children)
    {
        Children = children;
    }

    /// <summary>Gets the alternatives.</summary>
    public IReadOnlyList<AndElement> Children { get; }

    /// <inheritdoc />
    public override void Accept(RuleElementVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitOr(this);
    }
}
