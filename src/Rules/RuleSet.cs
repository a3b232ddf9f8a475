using System;
using System.Collections.Generic;
using System.Linq;

namespace Formwork.Rules;

/// <summary>A named, versioned set of rules: the unit that is compiled, published and hot-swapped.</summary>
public sealed class RuleSet
{
    /// <summary>Creates a rule set.</summary>
    /// <param name="name">The name, such as <c>lead-routing</c>.</param>
    /// <param name="version">The version; a published version replaces only lower ones.</param>
    /// <param name="rules">The rules, in the order that breaks ties between equal priorities.</param>
    public RuleSet(string name, int version, IEnumerable<RuleDefinition> rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(rules);
        Name = name;
        Version = version;
        Rules = rules.ToArray();
        if (Rules.Any(r => r is null))
        {
            throw new ArgumentException("A rule set cannot contain a null rule.", nameof(rules));
        }
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the version.</summary>
    public int Version { get; }

    /// <summary>Gets the rules.</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>Gets the timers of time-based rules (rule name and condition), set by the JSON loader.</summary>
    internal IReadOnlyList<(string Rule, Internal.Records.TimerCondition Timer)> Timers { get; init; } = [];

    /// <summary>Compiles the rule set into a Rete network; errors in the rules throw a <see cref="Diagnostics.FormworkException"/> listing them all.</summary>
    /// <returns>The session factory.</returns>
    public ISessionFactory Compile() => new Internal.SessionFactory(this, Internal.Compilation.RuleCompiler.Compile(this));

    /// <summary>Returns <c>name v1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + " v" + Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
