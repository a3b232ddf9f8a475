using System;

namespace Formwork.Rules;

/// <summary>A condition over values bound earlier (facts or aggregate results) that is not tied to a new pattern.</summary>
public sealed class FilterElement : RuleElement
{
    internal FilterElement(ConditionElement condition)
    {
        Condition = condition;
    }

    /// <summary>Gets the condition.</summary>
    public ConditionElement Condition { get; }

    /// <inheritdoc />
    public override void Accept(RuleElementVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitFilter(this);
    }
}
