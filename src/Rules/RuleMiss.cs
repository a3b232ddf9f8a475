namespace Formwork.Rules;

/// <summary>For a given fact, why a rule that could have used it did not fire: the first condition that failed.</summary>
public sealed class RuleMiss
{
    internal RuleMiss(RuleDefinition rule, RuleMissReason reason, string condition, string? detail)
    {
        Rule = rule;
        Reason = reason;
        Condition = condition;
        Detail = detail;
    }

    /// <summary>Gets the rule.</summary>
    public RuleDefinition Rule { get; }

    /// <summary>Gets the kind of failure.</summary>
    public RuleMissReason Reason { get; }

    /// <summary>Gets the condition (or pattern) that failed, as written.</summary>
    public string Condition { get; }

    /// <summary>Gets the values the condition compared, when it is a comparison over the fact.</summary>
    public string? Detail { get; }

    /// <summary>Returns <c>rule: reason at condition (detail)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Rule.Name + ": " + Reason + " at " + Condition + (Detail is null ? string.Empty : " (" + Detail + ")");
}
