using System.Collections.Generic;

namespace Formwork.Rules;

/// <summary>The explanation of one firing: which rule, on which facts, and the value of each of its conditions.</summary>
public sealed class RuleFiring
{
    internal RuleFiring(int sequence, RuleDefinition rule, IReadOnlyList<MatchedFact> facts, IReadOnlyList<ConditionResult> conditions)
    {
        Sequence = sequence;
        Rule = rule;
        Facts = facts;
        Conditions = conditions;
    }

    /// <summary>Gets the 1-based position of the firing in the session.</summary>
    public int Sequence { get; }

    /// <summary>Gets the rule that fired.</summary>
    public RuleDefinition Rule { get; }

    /// <summary>Gets the facts (and aggregate results) it matched, by declaration.</summary>
    public IReadOnlyList<MatchedFact> Facts { get; }

    /// <summary>Gets each condition with its value, in the rule's order.</summary>
    public IReadOnlyList<ConditionResult> Conditions { get; }

    /// <summary>Returns the rule name and facts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Rule.Name + " [" + string.Join(", ", Facts) + "]";
}
