namespace Formwork.Rules;

/// <summary>
/// The names under which the rules engine reports what it does, for OpenTelemetry or <c>dotnet-counters</c>: an
/// <see cref="System.Diagnostics.ActivitySource"/> and a <see cref="System.Diagnostics.Metrics.Meter"/> both named
/// <see cref="SourceName"/>, and an <c>ILogger</c> category (set <see cref="SessionOptions.Logger"/>, or let
/// <c>AddRules()</c> take it from the host's <c>ILoggerFactory</c>). Every instrument and activity carries the tag
/// <see cref="RuleSetTag"/>; per-rule ones also <see cref="RuleTag"/>.
/// </summary>
public static class RulesTelemetry
{
    /// <summary>The name of the activity source and of the meter: <c>Formwork.Rules</c>.</summary>
    public const string SourceName = "Formwork.Rules";

    /// <summary>The logger category used by <c>AddRules()</c>: <c>Formwork.Rules</c>.</summary>
    public const string LoggerCategory = "Formwork.Rules";

    /// <summary>The activity of one <see cref="ISession.Fire()"/> call (tags: rule set, version, number of rules fired).</summary>
    public const string FireActivity = "formwork.rules.fire";

    /// <summary>The activity of one rule firing, a child of <see cref="FireActivity"/> (tags: rule set, rule).</summary>
    public const string RuleActivity = "formwork.rules.rule";

    /// <summary>Counter of <see cref="ISession.Fire()"/> calls.</summary>
    public const string SessionFires = "formwork.rules.session.fires";

    /// <summary>Histogram of the duration of <see cref="ISession.Fire()"/> calls, in milliseconds.</summary>
    public const string SessionFireDuration = "formwork.rules.session.fire.duration";

    /// <summary>Counter of rule firings (tagged with the rule).</summary>
    public const string RuleFirings = "formwork.rules.rule.firings";

    /// <summary>Histogram of the duration of one rule's actions, in milliseconds (tagged with the rule).</summary>
    public const string RuleDuration = "formwork.rules.rule.duration";

    /// <summary>The tag holding the rule set name: <c>formwork.rule_set</c>.</summary>
    public const string RuleSetTag = "formwork.rule_set";

    /// <summary>The tag holding the rule name: <c>formwork.rule</c>.</summary>
    public const string RuleTag = "formwork.rule";
}
