using System.Collections.Generic;

namespace Formwork.Rules;

/// <summary>What one <see cref="RuleTimers.RunDueAsync"/> did: the firings of the due C# rules and how many due items it took.</summary>
public sealed class RuleTimerRun
{
    internal RuleTimerRun(IReadOnlyList<RuleFiring> firings, int dueItems)
    {
        Firings = firings;
        DueItems = dueItems;
    }

    /// <summary>Gets the firings, in order, each with its explanation.</summary>
    public IReadOnlyList<RuleFiring> Firings { get; }

    /// <summary>
    /// Gets how many due items of the rule set were taken: 0 when nothing was due (a host loop can stop), more when due
    /// items were taken even if no rule matched any more (their facts are gone or their other conditions are false).
    /// </summary>
    public int DueItems { get; }
}
