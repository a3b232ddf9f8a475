using System;
using System.Collections.Generic;

namespace Formwork.Rules;

/// <summary>A pattern: a fact of a type that satisfies every condition, bound to a declaration.</summary>
public sealed class PatternElement : RuleElement
{
    internal PatternElement(Declaration declaration, IReadOnlyList<ConditionElement> conditions)
    {
        Declaration = declaration;
        Conditions = conditions;
    }

    /// <summary>Gets the declaration the matched fact is bound to.</summary>
    public Declaration Declaration { get; }

    /// <summary>Gets the type of facts the pattern matches (a fact matches when it is of this type or derives from it).</summary>
    public Type FactType => Declaration.Type;

    /// <summary>Gets the conditions, in the order they are tested.</summary>
    public IReadOnlyList<ConditionElement> Conditions { get; }

    /// <inheritdoc />
    public override void Accept(RuleElementVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitPattern(this);
    }
}
