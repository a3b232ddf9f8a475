using System;
using System.Collections.Generic;
using Formwork.Workflow.StateMachines.Internal;

namespace Formwork.Workflow.StateMachines;

/// <summary>
/// The fluent configuration of one state, returned by <see cref="StateMachineBuilder{TState, TTrigger}.Configure(TState)"/>.
/// Every method returns this configuration so calls chain. Configuration mistakes (a conflicting permit, a cycle of
/// substates, …) are reported together by <see cref="StateMachineBuilder{TState, TTrigger}.Build"/>.
/// </summary>
/// <typeparam name="TState">The type of the states.</typeparam>
/// <typeparam name="TTrigger">The type of the triggers.</typeparam>
public sealed partial class StateConfiguration<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    internal StateConfiguration(TState state)
    {
        State = state;
    }

    /// <summary>Gets the state being configured.</summary>
    public TState State { get; }

    internal List<TriggerBehaviour<TState, TTrigger>> Behaviours { get; } = [];

    internal List<StateAction<TState, TTrigger>> EntryActions { get; } = [];

    internal List<StateAction<TState, TTrigger>> ExitActions { get; } = [];

    internal List<ActivationAction> ActivateActions { get; } = [];

    internal List<ActivationAction> DeactivateActions { get; } = [];

    internal List<TState> Superstates { get; } = [];

    internal List<TState> InitialTargets { get; } = [];

    /// <summary>Makes this state a substate of <paramref name="superstate"/>: triggers this state does not handle are handled by the superstate, and <c>IsInState(superstate)</c> is true while in this state.</summary>
    /// <param name="superstate">The superstate.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> SubstateOf(TState superstate)
    {
        ArgumentNullException.ThrowIfNull(superstate);
        Superstates.Add(superstate);
        return this;
    }

    /// <summary>Declares the substate this (composite) state moves into right after it is entered.</summary>
    /// <param name="target">A substate of this state.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> InitialTransition(TState target)
    {
        ArgumentNullException.ThrowIfNull(target);
        InitialTargets.Add(target);
        return this;
    }

    /// <summary>Accepts <paramref name="trigger"/> in this state and moves to <paramref name="destination"/>, exiting this state and entering the destination.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="destination">The destination state; must differ from this state (see <see cref="PermitReentry(TTrigger)"/>).</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> Permit(TTrigger trigger, TState destination) =>
        AddTransition(BehaviourKind.Permit, trigger, null, destination, null);

    /// <summary>Like <see cref="Permit(TTrigger, TState)"/> but only while <paramref name="guard"/> is true.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="destination">The destination state.</param>
    /// <param name="guard">The condition.</param>
    /// <param name="guardDescription">What the guard checks, reported when it blocks the trigger (default: the method name).</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> PermitIf(TTrigger trigger, TState destination, Func<bool> guard, string? guardDescription = null) =>
        AddTransition(BehaviourKind.Permit, trigger, null, destination, [Guard(guard, guardDescription)]);

    /// <summary>Like <see cref="Permit(TTrigger, TState)"/> but only while every guard is true; each unmet guard is reported by its description.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="destination">The destination state.</param>
    /// <param name="guards">The conditions and their descriptions.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> PermitIf(TTrigger trigger, TState destination, params (Func<bool> Guard, string Description)[] guards) =>
        AddTransition(BehaviourKind.Permit, trigger, null, destination, Guards(guards));

    /// <summary>Like <see cref="Permit(TTrigger, TState)"/> for a parameterized trigger, while a guard over its argument is true.</summary>
    /// <typeparam name="TArg0">The type of the parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="destination">The destination state.</param>
    /// <param name="guard">The condition over the argument.</param>
    /// <param name="guardDescription">What the guard checks.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> PermitIf<TArg0>(TriggerWithParameters<TTrigger, TArg0> trigger, TState destination, Func<TArg0, bool> guard, string? guardDescription = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(guard);
        return AddTransition(BehaviourKind.Permit, trigger.Trigger, trigger, destination, [new(a => guard((TArg0)a![0]!), GuardClause<TState, TTrigger>.Describe(guard, guardDescription), true)]);
    }

    /// <summary>Like <see cref="Permit(TTrigger, TState)"/> for a trigger with two parameters, while a guard over its arguments is true.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="destination">The destination state.</param>
    /// <param name="guard">The condition over the arguments.</param>
    /// <param name="guardDescription">What the guard checks.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> PermitIf<TArg0, TArg1>(TriggerWithParameters<TTrigger, TArg0, TArg1> trigger, TState destination, Func<TArg0, TArg1, bool> guard, string? guardDescription = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(guard);
        return AddTransition(BehaviourKind.Permit, trigger.Trigger, trigger, destination, [new(a => guard((TArg0)a![0]!, (TArg1)a[1]!), GuardClause<TState, TTrigger>.Describe(guard, guardDescription), true)]);
    }

    /// <summary>Like <see cref="Permit(TTrigger, TState)"/> for a trigger with three parameters, while a guard over its arguments is true.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <typeparam name="TArg2">The type of the third parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="destination">The destination state.</param>
    /// <param name="guard">The condition over the arguments.</param>
    /// <param name="guardDescription">What the guard checks.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> PermitIf<TArg0, TArg1, TArg2>(TriggerWithParameters<TTrigger, TArg0, TArg1, TArg2> trigger, TState destination, Func<TArg0, TArg1, TArg2, bool> guard, string? guardDescription = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(guard);
        return AddTransition(BehaviourKind.Permit, trigger.Trigger, trigger, destination, [new(a => guard((TArg0)a![0]!, (TArg1)a[1]!, (TArg2)a[2]!), GuardClause<TState, TTrigger>.Describe(guard, guardDescription), true)]);
    }

    /// <summary>Accepts <paramref name="trigger"/> and stays in this state, running its exit and then its entry actions.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> PermitReentry(TTrigger trigger) =>
        AddTransition(BehaviourKind.Reentry, trigger, null, State, null);

    /// <summary>Like <see cref="PermitReentry(TTrigger)"/> but only while <paramref name="guard"/> is true.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="guard">The condition.</param>
    /// <param name="guardDescription">What the guard checks.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> PermitReentryIf(TTrigger trigger, Func<bool> guard, string? guardDescription = null) =>
        AddTransition(BehaviourKind.Reentry, trigger, null, State, [Guard(guard, guardDescription)]);

    /// <summary>Accepts <paramref name="trigger"/> in this state and does nothing (no actions, no events).</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> Ignore(TTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        Behaviours.Add(new(BehaviourKind.Ignore, trigger, null, null));
        return this;
    }

    /// <summary>Like <see cref="Ignore(TTrigger)"/> but only while <paramref name="guard"/> is true.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="guard">The condition.</param>
    /// <param name="guardDescription">What the guard checks.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> IgnoreIf(TTrigger trigger, Func<bool> guard, string? guardDescription = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        Behaviours.Add(new(BehaviourKind.Ignore, trigger, null, [Guard(guard, guardDescription)]));
        return this;
    }

    private static GuardClause<TState, TTrigger> Guard(Func<bool> guard, string? description)
    {
        ArgumentNullException.ThrowIfNull(guard);
        return new(_ => guard(), GuardClause<TState, TTrigger>.Describe(guard, description), false);
    }

    private static GuardClause<TState, TTrigger>[] Guards((Func<bool> Guard, string Description)[] guards)
    {
        ArgumentNullException.ThrowIfNull(guards);
        if (guards.Length == 0)
        {
            throw new ArgumentException("At least one guard is required.", nameof(guards));
        }

        var clauses = new GuardClause<TState, TTrigger>[guards.Length];
        for (var i = 0; i < guards.Length; i++)
        {
            clauses[i] = Guard(guards[i].Guard, guards[i].Description);
        }

        return clauses;
    }

    private StateConfiguration<TState, TTrigger> AddTransition(BehaviourKind kind, TTrigger trigger, TriggerWithParameters<TTrigger>? parameters, TState destination, GuardClause<TState, TTrigger>[]? guards)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(destination);
        Behaviours.Add(new(kind, trigger, parameters, guards) { Destination = destination });
        return this;
    }
}
