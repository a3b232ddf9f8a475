namespace Formwork.Rules;

/// <summary>What an <see cref="AggregateElement"/> computes over the facts matching its source pattern.</summary>
public enum AggregateKind
{
    /// <summary>The number of matching facts, an <see cref="int"/>.</summary>
    Count,

    /// <summary>The sum of a selector over the matching facts, a <see cref="decimal"/>.</summary>
    Sum,
}
