using System;
using System.Collections.Generic;

namespace Formwork.Rules;

/// <summary>
/// One rule of the canonical, immutable rule model: name, description, tags, priority, whether it is enabled, its
/// left-hand side (conditions) and its right-hand side (actions). Built by the fluent DSL (<see cref="Rule"/>) and
/// by the JSON loader; compiled by <see cref="RuleRepository.Compile()"/>.
/// </summary>
public sealed class RuleDefinition
{
    internal RuleDefinition(
        string name,
        string? description,
        IReadOnlyList<string> tags,
        int priority,
        bool enabled,
        RuleRepeatability repeatability,
        AndElement conditions,
        IReadOnlyList<ActionElement> actions)
    {
        Name = name;
        Description = description;
        Tags = tags;
        Priority = priority;
        Enabled = enabled;
        Repeatability = repeatability;
        Conditions = conditions;
        Actions = actions;
    }

    /// <summary>Gets the name, unique in a rule set.</summary>
    public string Name { get; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; }

    /// <summary>Gets the tags, used by agenda filters to enable or disable groups of rules.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Gets the priority (salience): activations of higher priority fire first; the default is 0.</summary>
    public int Priority { get; }

    /// <summary>Gets a value indicating whether the rule takes part in compiled rule sets.</summary>
    public bool Enabled { get; }

    /// <summary>Gets whether updates of already-fired facts make the rule fire again.</summary>
    public RuleRepeatability Repeatability { get; }

    /// <summary>Gets the left-hand side.</summary>
    public AndElement Conditions { get; }

    /// <summary>Gets the actions, run in order when the rule fires.</summary>
    public IReadOnlyList<ActionElement> Actions { get; }

    /// <summary>Returns whether the rule has a tag (ordinal, case-insensitive).</summary>
    /// <param name="tag">The tag.</param>
    /// <returns><see langword="true"/> when the rule has it.</returns>
    public bool HasTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        foreach (var t in Tags)
        {
            if (string.Equals(t, tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Calls the visitor on this rule.</summary>
    /// <param name="visitor">The visitor.</param>
    public void Accept(RuleElementVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitRule(this);
    }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
