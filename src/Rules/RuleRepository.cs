using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Formwork.Rules;

/// <summary>
/// Collects rules (C# <see cref="Rule"/> classes or ready <see cref="RuleDefinition"/>s) and compiles them, as NRules'
/// repository does: <c>new RuleRepository().Load(typeof(MyRule).Assembly).Compile().CreateSession()</c>.
/// </summary>
public sealed class RuleRepository
{
    private readonly List<RuleDefinition> _rules = new();
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates an empty repository whose time-based rules use the system clock.</summary>
    public RuleRepository()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Creates an empty repository.</summary>
    /// <param name="timeProvider">The clock of the time-based conditions of the C# rules loaded (<c>When().Elapsed(...)</c>).</param>
    public RuleRepository(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <summary>Gets the rules loaded so far.</summary>
    public IReadOnlyList<RuleDefinition> Rules => _rules;

    /// <summary>Adds rules written in C#.</summary>
    /// <param name="rules">The rule instances.</param>
    /// <returns>This repository.</returns>
    public RuleRepository Load(params Rule[] rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule);
            _rules.Add(rule.ToDefinition(_timeProvider));
        }

        return this;
    }

    /// <summary>Adds every non-abstract <see cref="Rule"/> class with a public parameterless constructor from an assembly, in name order.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>This repository.</returns>
    public RuleRepository Load(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var types = assembly.GetTypes()
            .Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        return Load(types.Select(t => (Rule)Activator.CreateInstance(t)!).ToArray());
    }

    /// <summary>Adds rule definitions (from the JSON loader, or built elsewhere).</summary>
    /// <param name="rules">The definitions.</param>
    /// <returns>This repository.</returns>
    public RuleRepository Add(IEnumerable<RuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule);
            _rules.Add(rule);
        }

        return this;
    }

    /// <summary>Returns the loaded rules as a rule set.</summary>
    /// <param name="name">The rule set name.</param>
    /// <param name="version">The version.</param>
    /// <returns>The rule set.</returns>
    public RuleSet ToRuleSet(string name, int version = 1) => new(name, version, _rules);

    /// <summary>Compiles the loaded rules as rule set <see cref="RulesConstants.DefaultRuleSetName"/>, version 1.</summary>
    /// <returns>The session factory.</returns>
    public ISessionFactory Compile() => ToRuleSet(RulesConstants.DefaultRuleSetName).Compile();
}
