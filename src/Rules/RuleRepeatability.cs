namespace Formwork.Rules;

/// <summary>Whether a rule fires again when facts it already fired on are updated and still match.</summary>
public enum RuleRepeatability
{
    /// <summary>An update of a matched fact makes the rule eligible to fire again (the default, as in NRules).</summary>
    Repeatable,

    /// <summary>
    /// The rule fires once per combination of facts; updates do not re-fire it. It fires again only after the facts
    /// stop matching and match again.
    /// </summary>
    NonRepeatable,
}
