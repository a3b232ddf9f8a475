using System;
using System.Linq.Expressions;

namespace Formwork.Rules;

/// <summary>
/// Binds the count of, or a sum over, the facts matching a source pattern (given the facts bound before it). It always
/// matches (a count of zero is a value); add a <see cref="FilterElement"/> to test the result.
/// </summary>
public sealed class AggregateElement : RuleElement
{
    internal AggregateElement(Declaration result, AggregateKind kind, PatternElement source, LambdaExpression? selector)
    {
        Result = result;
        Kind = kind;
        Source = source;
        Selector = selector;
    }

    /// <summary>Gets the declaration the result is bound to.</summary>
    public Declaration Result { get; }

    /// <summary>Gets what is computed.</summary>
    public AggregateKind Kind { get; }

    /// <summary>Gets the pattern whose matches are aggregated.</summary>
    public PatternElement Source { get; }

    /// <summary>Gets the value summed per fact (its one parameter is the source's declaration), for <see cref="AggregateKind.Sum"/>.</summary>
    public LambdaExpression? Selector { get; }

    /// <inheritdoc />
    public override void Accept(RuleElementVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitAggregate(this);
    }
}
