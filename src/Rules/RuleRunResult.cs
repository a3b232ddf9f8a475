using System.Collections.Generic;

namespace Formwork.Rules;

/// <summary>What one <see cref="RecordRuleRunner.RunAsync"/> did: the firings with explanations, the records, the effects delivered.</summary>
public sealed class RuleRunResult
{
    internal RuleRunResult(IReadOnlyList<RuleFiring> firings, IReadOnlyList<RecordFact> records, IReadOnlyList<RuleEffect> effects)
    {
        Firings = firings;
        Records = records;
        Effects = effects;
    }

    /// <summary>Gets the firings, in order, each with its explanation.</summary>
    public IReadOnlyList<RuleFiring> Firings { get; }

    /// <summary>Gets every record in working memory at the end: the ones given (possibly <see cref="RecordFact.Changed"/>) and the ones rules <see cref="RecordFact.Created"/>.</summary>
    public IReadOnlyList<RecordFact> Records { get; }

    /// <summary>Gets the notifications, integration events and workflow starts delivered.</summary>
    public IReadOnlyList<RuleEffect> Effects { get; }

    /// <summary>
    /// Gets how many due items of the rule set <c>RuleTimers.ProcessDueAsync(factory, load, runner)</c>
    /// took for this run: 0 when nothing was due (a host loop can stop), more when due items were taken even if no rule
    /// matched any more. Always 0 for a run of <see cref="RecordRuleRunner.RunAsync"/>.
    /// </summary>
    public int DueItems { get; internal set; }
}
