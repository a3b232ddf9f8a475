using System;
using System.Linq;

namespace Formwork.Rules;

/// <summary>Decides which rules may fire in a session: enable or disable rules by tag, or by any predicate.</summary>
public sealed class AgendaFilter
{
    private readonly Func<RuleDefinition, bool> _accept;

    /// <summary>Creates a filter from a predicate over rules.</summary>
    /// <param name="accept">Returns <see langword="true"/> for rules that may fire.</param>
    public AgendaFilter(Func<RuleDefinition, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        _accept = accept;
    }

    /// <summary>A filter that lets only rules with at least one of the tags fire.</summary>
    /// <param name="tags">The tags.</param>
    /// <returns>The filter.</returns>
    public static AgendaFilter IncludeTags(params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return new AgendaFilter(rule => tags.Any(rule.HasTag));
    }

    /// <summary>A filter that keeps rules with any of the tags from firing.</summary>
    /// <param name="tags">The tags.</param>
    /// <returns>The filter.</returns>
    public static AgendaFilter ExcludeTags(params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return new AgendaFilter(rule => !tags.Any(rule.HasTag));
    }

    /// <summary>Returns whether a rule may fire.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns><see langword="true"/> when it may.</returns>
    public bool Accepts(RuleDefinition rule) => _accept(rule);
}
