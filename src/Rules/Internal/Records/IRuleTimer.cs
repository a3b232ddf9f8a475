using System;

namespace Formwork.Rules.Internal.Records;

/// <summary>
/// A time-based condition ("24 h after a field's time"): true once the due time is not in the future. The rule set
/// finds these in its rules' conditions so <see cref="RuleTimers"/> can schedule a due item per fact.
/// </summary>
internal interface IRuleTimer : IFormulaBacked
{
    /// <summary>Whether the timer watches this fact (its type or form).</summary>
    bool Applies(object fact);

    /// <summary>When the condition becomes true for the fact, or null when its start time is blank.</summary>
    DateTimeOffset? DueAt(object fact);
}
