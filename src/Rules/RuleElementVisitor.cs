using System;

namespace Formwork.Rules;

/// <summary>
/// Walks a rule's model. The default implementation of each method visits the element's children, so a subclass
/// overrides only the kinds it cares about.
/// </summary>
public abstract class RuleElementVisitor
{
    /// <summary>Visits a rule: its left-hand side, then each action.</summary>
    /// <param name="rule">The rule.</param>
    public virtual void VisitRule(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        rule.Conditions.Accept(this);
        foreach (var action in rule.Actions)
        {
            VisitAction(action);
        }
    }

    /// <summary>Visits an <c>And</c> group.</summary>
    /// <param name="element">The group.</param>
    public virtual void VisitAnd(AndElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        foreach (var child in element.Children)
        {
            child.Accept(this);
        }
    }

    /// <summary>Visits an <c>Or</c> group.</summary>
    /// <param name="element">The group.</param>
    public virtual void VisitOr(OrElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        foreach (var child in element.Children)
        {
            child.Accept(this);
        }
    }

    /// <summary>Visits a pattern and its conditions.</summary>
    /// <param name="element">The pattern.</param>
    public virtual void VisitPattern(PatternElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        foreach (var condition in element.Conditions)
        {
            VisitCondition(condition);
        }
    }

    /// <summary>Visits a negation.</summary>
    /// <param name="element">The negation.</param>
    public virtual void VisitNot(NotElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        element.Source.Accept(this);
    }

    /// <summary>Visits an existence test.</summary>
    /// <param name="element">The existence test.</param>
    public virtual void VisitExists(ExistsElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        element.Source.Accept(this);
    }

    /// <summary>Visits an aggregate.</summary>
    /// <param name="element">The aggregate.</param>
    public virtual void VisitAggregate(AggregateElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        element.Source.Accept(this);
    }

    /// <summary>Visits a filter over bound values.</summary>
    /// <param name="element">The filter.</param>
    public virtual void VisitFilter(FilterElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        VisitCondition(element.Condition);
    }

    /// <summary>Visits one condition.</summary>
    /// <param name="condition">The condition.</param>
    public virtual void VisitCondition(ConditionElement condition)
    {
    }

    /// <summary>Visits one action.</summary>
    /// <param name="action">The action.</param>
    public virtual void VisitAction(ActionElement action)
    {
    }
}
