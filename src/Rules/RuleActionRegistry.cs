using System;
using System.Collections.Generic;

namespace Formwork.Rules;

/// <summary>
/// The actions a host adds to JSON rules beside the built-in ones. A JSON rule names the action and gives a formula per
/// parameter; only registered names and declared parameters are accepted, so rule data can never run arbitrary code.
/// </summary>
public sealed class RuleActionRegistry
{
    private readonly Dictionary<string, (RuleActionHandler Handler, string[] Parameters)> _actions = new(StringComparer.Ordinal);

    /// <summary>Gets the registered action names.</summary>
    public IReadOnlyCollection<string> Names => _actions.Keys;

    /// <summary>Registers (or replaces) an action.</summary>
    /// <param name="name">The name JSON rules use, such as <c>erp.reserveStock</c>.</param>
    /// <param name="handler">What the action does.</param>
    /// <param name="parameters">The parameter names; each must be given a formula.</param>
    /// <returns>This registry.</returns>
    public RuleActionRegistry Add(string name, RuleActionHandler handler, params string[] parameters)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(parameters);
        _actions[name] = (handler, (string[])parameters.Clone());
        return this;
    }

    internal bool TryGet(string name, out RuleActionHandler handler, out IReadOnlyList<string> parameters)
    {
        if (_actions.TryGetValue(name, out var entry))
        {
            handler = entry.Handler;
            parameters = entry.Parameters;
            return true;
        }

        handler = null!;
        parameters = [];
        return false;
    }
}
