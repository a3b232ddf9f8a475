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

    /// <summary>Gets the timers of the time-based rules (rule name and condition), found in the rules' patterns (JSON <c>after</c>, C# <c>Elapsed</c>).</summary>
    internal IReadOnlyList<(string Rule, Internal.Records.IRuleTimer Timer)> Timers => _timers ??= FindTimers(Rules);

    private IReadOnlyList<(string Rule, Internal.Records.IRuleTimer Timer)>? _timers;

    /// <summary>Compiles the rule set into a Rete network; errors in the rules throw a <see cref="Diagnostics.FormworkException"/> listing them all.</summary>
    /// <returns>The session factory.</returns>
    public ISessionFactory Compile() => new Internal.SessionFactory(this, Internal.Compilation.RuleCompiler.Compile(this));

    private static (string Rule, Internal.Records.IRuleTimer Timer)[] FindTimers(IEnumerable<RuleDefinition> rules)
    {
        var found = new List<(string, Internal.Records.IRuleTimer)>();
        foreach (var rule in rules.Where(r => r.Enabled))
        {
            var pending = new Stack<RuleElement>();
            pending.Push(rule.Conditions);
            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case AndElement and:
                        foreach (var child in and.Children)
                        {
                            pending.Push(child);
                        }

                        break;
                    case OrElement or:
                        foreach (var child in or.Children)
                        {
                            pending.Push(child);
                        }

                        break;
                    case PatternElement pattern:
                        foreach (var condition in pattern.Conditions)
                        {
                            if (condition.Expression.Body is System.Linq.Expressions.MethodCallExpression { Object: System.Linq.Expressions.ConstantExpression { Value: Internal.Records.IRuleTimer timer } }
                                && !found.Exists(f => f.Item1 == rule.Name && ReferenceEquals(f.Item2, timer)))
                            {
                                found.Add((rule.Name, timer));
                            }
                        }

                        break;
                }
            }
        }

        return found.ToArray();
    }

    /// <summary>Returns <c>name v1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + " v" + Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
