using Formwork.Diagnostics;
using Formwork.Rules.Internal;
using Microsoft.Extensions.Logging;

namespace Formwork.Rules;

/// <summary>Settings of one session.</summary>
public sealed class SessionOptions
{
    /// <summary>
    /// Gets or sets how many times one rule may fire on the same facts (re-activated by updates) in one
    /// <see cref="ISession.Fire()"/> call before the session stops with error <c>FWU0007</c>.
    /// </summary>
    /// <value>The default value is <see cref="RulesConstants.DefaultCycleLimit"/> (100).</value>
    public int CycleLimit { get; set; } = RulesConstants.DefaultCycleLimit;

    /// <summary>
    /// Gets or sets a value indicating whether each firing is recorded with its explanation in
    /// <see cref="ISession.Firings"/> (the rule, the matched facts, the value of each condition).
    /// </summary>
    /// <value>The default value is <see langword="false"/>: explanations cost time and memory per firing.</value>
    public bool ExplainFirings { get; set; }

    /// <summary>
    /// Gets or sets the logger of the session: each rule firing at <c>Debug</c> (event 1), each
    /// <see cref="ISession.Fire()"/> call at <c>Debug</c> (event 2), a firing stopped by an error at <c>Error</c> (event 3).
    /// </summary>
    /// <value>The default value is <see langword="null"/>: nothing is logged. <c>AddRules()</c> sets the host's logger (category <see cref="RulesTelemetry.LoggerCategory"/>).</value>
    public ILogger? Logger { get; set; }

    internal void Validate()
    {
        if (CycleLimit < 1)
        {
            throw new FormworkException(Diagnostic.Error(RuleMessages.InvalidOption, null, null, ("option", nameof(CycleLimit)), ("minimum", 1), ("value", CycleLimit)));
        }
    }
}
