using System;
using Formwork.Rules.Internal;

namespace Formwork.Rules;

/// <summary>
/// A rule written in C#, in NRules' style: override <see cref="Define"/>, bind facts with <c>When().Match(...)</c> and
/// act with <c>Then().Do(...)</c>. The class only describes the rule; <see cref="RuleRepository"/> turns it into a
/// <see cref="RuleDefinition"/> (the class name is the default rule name).
/// </summary>
public abstract class Rule
{
    private DefinitionState? _state;

    /// <summary>Describes the rule with <see cref="When"/>, <see cref="Then"/> and the <c>With…</c> settings.</summary>
    public abstract void Define();

    /// <summary>Builds the rule's model by running <see cref="Define"/>; time-based conditions use the system clock.</summary>
    /// <returns>The rule definition.</returns>
    public RuleDefinition ToDefinition() => ToDefinition(TimeProvider.System);

    /// <summary>Builds the rule's model by running <see cref="Define"/>, with the clock of its time-based conditions (<c>When().Elapsed(...)</c>).</summary>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The rule definition.</returns>
    public RuleDefinition ToDefinition(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _state = new DefinitionState(GetType().Name, timeProvider);
        try
        {
            Define();
            return _state.Build();
        }
        finally
        {
            _state = null;
        }
    }

    /// <summary>Starts (or continues) the conditions.</summary>
    /// <returns>The conditions builder.</returns>
    protected LeftHandSide When() => State.Lhs;

    /// <summary>Starts (or continues) the actions.</summary>
    /// <returns>The actions builder.</returns>
    protected RightHandSide Then() => State.Rhs;

    /// <summary>Sets the rule's name (the class name by default).</summary>
    /// <param name="name">The name.</param>
    protected void WithName(string name) => State.Name = name;

    /// <summary>Sets the rule's description.</summary>
    /// <param name="description">The description.</param>
    protected void WithDescription(string description) => State.Description = description;

    /// <summary>Sets the priority (salience); higher fires first. The default is 0.</summary>
    /// <param name="priority">The priority.</param>
    protected void WithPriority(int priority) => State.Priority = priority;

    /// <summary>Adds tags, used by agenda filters.</summary>
    /// <param name="tags">The tags.</param>
    protected void WithTags(params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        State.Tags.AddRange(tags);
    }

    /// <summary>Sets whether updates of already-fired facts re-fire the rule.</summary>
    /// <param name="repeatability">The repeatability.</param>
    protected void WithRepeatability(RuleRepeatability repeatability) => State.Repeatability = repeatability;

    /// <summary>Keeps the rule out of compiled rule sets.</summary>
    protected void Disabled() => State.Enabled = false;

    private DefinitionState State => _state ?? throw new InvalidOperationException("When(), Then() and the With… settings can only be called from Define().");
}
