using System;
using Formwork.Workflow.StateMachines.Internal;

namespace Formwork.Workflow.StateMachines;

/// <content>Transitions whose destination is chosen when the trigger is fired.</content>
public sealed partial class StateConfiguration<TState, TTrigger>
{
    /// <summary>Accepts <paramref name="trigger"/> and moves to the state <paramref name="destinationSelector"/> returns when it is fired (the same state means reentry).</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="destinationSelector">Chooses the destination.</param>
    /// <param name="description">What the selector decides, for diagrams and diagnostics.</param>
    /// <param name="possibleDestinations">The destinations it may choose, for diagrams (optional).</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> PermitDynamic(TTrigger trigger, Func<TState> destinationSelector, string? description = null, params TState[] possibleDestinations)
    {
        ArgumentNullException.ThrowIfNull(destinationSelector);
        return AddDynamic(trigger, null, _ => destinationSelector(), destinationSelector, description, possibleDestinations);
    }

    /// <summary>Like <see cref="PermitDynamic(TTrigger, Func{TState}, string?, TState[])"/>, choosing the destination from the trigger's argument.</summary>
    /// <typeparam name="TArg0">The type of the parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="destinationSelector">Chooses the destination from the argument.</param>
    /// <param name="description">What the selector decides.</param>
    /// <param name="possibleDestinations">The destinations it may choose, for diagrams (optional).</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> PermitDynamic<TArg0>(TriggerWithParameters<TTrigger, TArg0> trigger, Func<TArg0, TState> destinationSelector, string? description = null, params TState[] possibleDestinations)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(destinationSelector);
        return AddDynamic(trigger.Trigger, trigger, a => destinationSelector((TArg0)a![0]!), destinationSelector, description, possibleDestinations);
    }

    /// <summary>Like <see cref="PermitDynamic(TTrigger, Func{TState}, string?, TState[])"/>, choosing the destination from the trigger's two arguments.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="destinationSelector">Chooses the destination from the arguments.</param>
    /// <param name="description">What the selector decides.</param>
    /// <param name="possibleDestinations">The destinations it may choose, for diagrams (optional).</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> PermitDynamic<TArg0, TArg1>(TriggerWithParameters<TTrigger, TArg0, TArg1> trigger, Func<TArg0, TArg1, TState> destinationSelector, string? description = null, params TState[] possibleDestinations)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(destinationSelector);
        return AddDynamic(trigger.Trigger, trigger, a => destinationSelector((TArg0)a![0]!, (TArg1)a[1]!), destinationSelector, description, possibleDestinations);
    }

    /// <summary>Like <see cref="PermitDynamic(TTrigger, Func{TState}, string?, TState[])"/>, choosing the destination from the trigger's three arguments.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <typeparam name="TArg2">The type of the third parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="destinationSelector">Chooses the destination from the arguments.</param>
    /// <param name="description">What the selector decides.</param>
    /// <param name="possibleDestinations">The destinations it may choose, for diagrams (optional).</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> PermitDynamic<TArg0, TArg1, TArg2>(TriggerWithParameters<TTrigger, TArg0, TArg1, TArg2> trigger, Func<TArg0, TArg1, TArg2, TState> destinationSelector, string? description = null, params TState[] possibleDestinations)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(destinationSelector);
        return AddDynamic(trigger.Trigger, trigger, a => destinationSelector((TArg0)a![0]!, (TArg1)a[1]!, (TArg2)a[2]!), destinationSelector, description, possibleDestinations);
    }

    private StateConfiguration<TState, TTrigger> AddDynamic(TTrigger trigger, TriggerWithParameters<TTrigger>? parameters, Func<object?[]?, TState> selector, Delegate original, string? description, TState[]? possibleDestinations)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        Behaviours.Add(new(BehaviourKind.Dynamic, trigger, parameters, null)
        {
            Selector = selector,
            Description = string.IsNullOrWhiteSpace(description) ? StateAction<TState, TTrigger>.Describe(original, null).Replace("unnamed action", "dynamic destination", StringComparison.Ordinal) : description,
            PossibleDestinations = possibleDestinations ?? [],
        });
        return this;
    }
}
