using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Expressions;
using Formwork.Rules.Internal.Compilation;

namespace Formwork.Rules.Internal.Records;

/// <summary>
/// A formula condition of a joined JSON rule that reads records or aggregate results bound earlier
/// (<c>customerId = ticket.customer</c>, <c>openTickets &gt;= 3</c>): a beta test of the Rete network. Called with an
/// array whose first item is the record being matched (null for a <c>having</c> test) followed by the used bound values.
/// </summary>
internal sealed class JoinFormulaCondition : IFormulaBacked
{
    private readonly Formula _formula;
    private readonly RecordScope _scope;
    private readonly int[] _used;
    private readonly string _form;

    public JoinFormulaCondition(Formula formula, RecordScope scope, string? form)
    {
        _formula = formula;
        _scope = scope;
        _form = form ?? string.Empty;
        _used = UsedAliases(formula, scope.Aliases);
    }

    /// <summary>Gets the bound names the formula reads, in the order their values follow the record.</summary>
    public IEnumerable<RuleAlias> Used => _used.Select(i => _scope.Aliases[i]);

    public string Key => "join|" + _form + "|" + _formula.Text;

    public static int[] UsedAliases(Formula formula, IReadOnlyList<RuleAlias> aliases)
    {
        var used = new List<int>();
        for (var i = 0; i < aliases.Count; i++)
        {
            var name = aliases[i].Name;
            if (formula.Dependencies.Any(d => string.Equals(d, name, StringComparison.OrdinalIgnoreCase)
                || (d.Length > name.Length && d[name.Length] == '.' && d.StartsWith(name, StringComparison.OrdinalIgnoreCase))))
            {
                used.Add(i);
            }
        }

        return used.ToArray();
    }

    public bool Test(object?[] facts) => _scope.IsTrue(_formula, facts[0] as RecordFact, Bound(facts));

    public string? Describe(object? fact)
    {
        if (fact is not object?[] facts)
        {
            return null;
        }

        var parts = new List<string>();
        var own = facts[0] as RecordFact;
        foreach (var dependency in _formula.Dependencies)
        {
            var dot = dependency.IndexOf('.', StringComparison.Ordinal);
            var head = dot < 0 ? dependency : dependency[..dot];
            var index = Array.FindIndex(_used, i => string.Equals(_scope.Aliases[i].Name, head, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                var value = facts[index + 1];
                if (value is RecordFact record && dot > 0)
                {
                    var field = dependency[(dot + 1)..];
                    parts.Add(dependency + " = " + Show(string.Equals(field, RecordScope.IdField, StringComparison.OrdinalIgnoreCase) && !record.Data.TryGetValue(field, out _) ? Value.FromText(record.Id) : record.Data[field]));
                }
                else if (value is not RecordFact)
                {
                    parts.Add(dependency + " = " + Show(RecordScope.Number(value)));
                }
            }
            else if (own is not null && dot < 0)
            {
                parts.Add(dependency + " = " + Show(string.Equals(dependency, RecordScope.IdField, StringComparison.OrdinalIgnoreCase) && !own.Data.TryGetValue(dependency, out _) ? Value.FromText(own.Id) : own.Data[dependency]));
            }
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    public static string Show(Value value) => value.Kind switch
    {
        ValueKind.Blank => "blank",
        ValueKind.Text => ExpressionTools.Format(value.AsText()),
        _ => value.ToString(),
    };

    private object?[] Bound(object?[] facts)
    {
        var bound = new object?[_scope.Aliases.Count];
        for (var i = 0; i < _used.Length; i++)
        {
            bound[_used[i]] = facts[i + 1];
        }

        return bound;
    }
}
