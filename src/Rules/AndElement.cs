using System;
using System.Collections.Generic;

namespace Formwork.Rules;

/// <summary>A group whose elements must all match: the left-hand side of every rule is one.</summary>
public sealed class AndElement : RuleElement
{
    internal AndElement(IReadOnlyList<RuleElement> children)
    {
        Children = children;
    }

    /// <summary>Gets the elements, in order.</summary>
    public IReadOnlyList<RuleElement> Children { get; }

    /// <inheritdoc />
    public override void Accept(RuleElementVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitAnd(this);
    }
}
