using System;
using System.Collections.Generic;

namespace Formwork.Rules;

/// <summary>An event about a rule's activation: created, deleted, firing, fired.</summary>
public sealed class RuleEventArgs : EventArgs
{
    internal RuleEventArgs(RuleDefinition rule, IReadOnlyList<MatchedFact> facts)
    {
        Rule = rule;
        Facts = facts;
    }

    /// <summary>Gets the rule.</summary>
    public RuleDefinition Rule { get; }

    /// <summary>Gets the matched facts.</summary>
    public IReadOnlyList<MatchedFact> Facts { get; }
}
