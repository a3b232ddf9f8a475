namespace Formwork.Rules;

/// <summary>The defaults and limits of the rules engine.</summary>
public static class RulesConstants
{
    /// <summary>The default cycle limit: how many times one rule may fire on the same facts in one <see cref="ISession.Fire()"/> call.</summary>
    public const int DefaultCycleLimit = 100;

    /// <summary>The default rule set name used by <see cref="RuleRepository.Compile()"/>.</summary>
    public const string DefaultRuleSetName = "default";
}
