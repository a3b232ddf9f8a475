using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Formwork.Diagnostics;
using Formwork.Rules.Internal;

namespace Formwork.Rules;

/// <summary>
/// Holds the current compiled version of each named rule set and swaps versions without stopping: a new version is
/// compiled beside the old one and replaces it atomically; sessions already running keep the version they started
/// with. Thread-safe; registered as a singleton by <c>AddRules()</c>.
/// </summary>
public sealed class RuleEngine
{
    private readonly object _gate = new();
    private readonly SessionOptions _defaults;
    private Dictionary<string, ISessionFactory> _current = new(StringComparer.Ordinal);

    /// <summary>Creates an engine.</summary>
    /// <param name="defaults">The options of sessions created without options; <see langword="null"/> for the defaults.</param>
    public RuleEngine(SessionOptions? defaults = null)
    {
        _defaults = defaults ?? new SessionOptions();
        _defaults.Validate();
    }

    /// <summary>Gets the names of the published rule sets.</summary>
    public IReadOnlyCollection<string> RuleSetNames => Volatile.Read(ref _current).Keys.ToArray();

    /// <summary>
    /// Compiles and publishes a rule set. It must have a higher version than the current one of the same name (error
    /// <c>FWU0012</c>); compile errors leave the current version in place.
    /// </summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The compiled rule set.</returns>
    public ISessionFactory Publish(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var factory = ruleSet.Compile();
        lock (_gate)
        {
            if (_current.TryGetValue(ruleSet.Name, out var existing) && existing.RuleSet.Version >= ruleSet.Version)
            {
                throw new FormworkException(Diagnostic.Error(RuleMessages.StaleVersion, null, null, ("ruleSet", ruleSet.Name), ("version", ruleSet.Version), ("current", existing.RuleSet.Version)));
            }

            var next = new Dictionary<string, ISessionFactory>(_current, StringComparer.Ordinal) { [ruleSet.Name] = factory };
            Volatile.Write(ref _current, next);
        }

        return factory;
    }

    /// <summary>Returns the current compiled version of a rule set (error <c>FWU0011</c> when none is published).</summary>
    /// <param name="name">The rule set name.</param>
    /// <returns>The session factory.</returns>
    public ISessionFactory GetSessionFactory(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Volatile.Read(ref _current).TryGetValue(name, out var factory)
            ? factory
            : throw new FormworkException(Diagnostic.Error(RuleMessages.UnknownRuleSet, null, null, ("ruleSet", name)));
    }

    /// <summary>Creates a session on the current version of a rule set.</summary>
    /// <param name="name">The rule set name.</param>
    /// <param name="options">The session's settings; <see langword="null"/> for the engine's defaults.</param>
    /// <returns>The session.</returns>
    public ISession CreateSession(string name, SessionOptions? options = null) => GetSessionFactory(name).CreateSession(options ?? _defaults);
}
