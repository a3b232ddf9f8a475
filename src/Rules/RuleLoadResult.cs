using System.Collections.Generic;
using System.Linq;
using Formwork.Diagnostics;

namespace Formwork.Rules;

/// <summary>The outcome of loading rules from JSON or CSV: the rule set, or every problem found (never half a rule set).</summary>
public sealed class RuleLoadResult
{
    internal RuleLoadResult(RuleSet? ruleSet, IReadOnlyList<Diagnostic> diagnostics)
    {
        Diagnostics = diagnostics;
        RuleSet = diagnostics.Any(d => d.IsError) ? null : ruleSet;
    }

    /// <summary>Gets the rule set; <see langword="null"/> when there are errors.</summary>
    public RuleSet? RuleSet { get; }

    /// <summary>Gets the errors and warnings, each with its JSON path (or CSV line).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether the rules loaded (warnings allowed).</summary>
    public bool Success => RuleSet is not null;

    /// <summary>Returns the rule set or throws a <see cref="FormworkException"/> with every diagnostic.</summary>
    /// <returns>The rule set.</returns>
    public RuleSet GetRuleSetOrThrow() => RuleSet ?? throw new FormworkException(Diagnostics);
}
