using System;
using System.Reflection;

namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>One guard of a behaviour: a condition and the description reported when it is not met.</summary>
internal sealed class GuardClause<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    private readonly Func<object?[]?, bool> _condition;

    public GuardClause(Func<object?[]?, bool> condition, string description, bool needsArguments)
    {
        _condition = condition;
        Description = description;
        NeedsArguments = needsArguments;
    }

    public string Description { get; }

    /// <summary>Gets a value indicating whether the guard reads the trigger's parameters (it cannot be evaluated without them).</summary>
    public bool NeedsArguments { get; }

    /// <summary>Evaluates the guard; a guard that needs arguments counts as met when there are none (asked by <c>CanFire(trigger)</c>).</summary>
    public bool IsMet(object?[]? arguments) => (NeedsArguments && arguments is null) || _condition(arguments);

    public static string Describe(Delegate guard, string? description)
    {
        if (!string.IsNullOrWhiteSpace(description))
        {
            return description;
        }

        var method = guard.GetMethodInfo();
        return method.Name.Contains('<', StringComparison.Ordinal) ? "unnamed guard" : method.Name;
    }
}
