using System;
using Formwork.Workflow.StateMachines.Internal;

namespace Formwork.Workflow.StateMachines;

/// <content>Entry, exit, activation and deactivation actions.</content>
public sealed partial class StateConfiguration<TState, TTrigger>
{
    /// <summary>Runs <paramref name="action"/> each time the state is entered (superstates are entered first, outermost first).</summary>
    /// <param name="action">The action.</param>
    /// <param name="description">What the action does, for diagrams (default: the method name).</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnEntry(Action action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        EntryActions.Add(new(StateAction<TState, TTrigger>.Describe(action, description), _ => action(), null));
        return this;
    }

    /// <summary>Runs <paramref name="action"/> with the transition each time the state is entered.</summary>
    /// <param name="action">The action.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnEntry(Action<Transition<TState, TTrigger>> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        EntryActions.Add(new(StateAction<TState, TTrigger>.Describe(action, description), action, null));
        return this;
    }

    /// <summary>Runs <paramref name="action"/> when the state is entered through <paramref name="trigger"/>.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="action">The action.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnEntryFrom(TTrigger trigger, Action action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        return AddEntryFrom(trigger, null, new(StateAction<TState, TTrigger>.Describe(action, description), _ => action(), null));
    }

    /// <summary>Runs <paramref name="action"/> with the transition when the state is entered through <paramref name="trigger"/>.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="action">The action.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnEntryFrom(TTrigger trigger, Action<Transition<TState, TTrigger>> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        return AddEntryFrom(trigger, null, new(StateAction<TState, TTrigger>.Describe(action, description), action, null));
    }

    /// <summary>Runs <paramref name="action"/> with the trigger's argument when the state is entered through the parameterized trigger.</summary>
    /// <typeparam name="TArg0">The type of the parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="action">The action, given the argument.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnEntryFrom<TArg0>(TriggerWithParameters<TTrigger, TArg0> trigger, Action<TArg0> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(action);
        return AddEntryFrom(trigger.Trigger, trigger, new(StateAction<TState, TTrigger>.Describe(action, description), t => action((TArg0)t.RawParameters![0]!), null));
    }

    /// <summary>Runs <paramref name="action"/> with the trigger's argument and the transition when the state is entered through the parameterized trigger.</summary>
    /// <typeparam name="TArg0">The type of the parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="action">The action, given the argument and the transition.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnEntryFrom<TArg0>(TriggerWithParameters<TTrigger, TArg0> trigger, Action<TArg0, Transition<TState, TTrigger>> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(action);
        return AddEntryFrom(trigger.Trigger, trigger, new(StateAction<TState, TTrigger>.Describe(action, description), t => action((TArg0)t.RawParameters![0]!, t), null));
    }

    /// <summary>Runs <paramref name="action"/> with the trigger's two arguments when the state is entered through the parameterized trigger.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="action">The action, given the arguments.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnEntryFrom<TArg0, TArg1>(TriggerWithParameters<TTrigger, TArg0, TArg1> trigger, Action<TArg0, TArg1> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(action);
        return AddEntryFrom(trigger.Trigger, trigger, new(StateAction<TState, TTrigger>.Describe(action, description), t => action((TArg0)t.RawParameters![0]!, (TArg1)t.RawParameters[1]!), null));
    }

    /// <summary>Runs <paramref name="action"/> with the trigger's three arguments when the state is entered through the parameterized trigger.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <typeparam name="TArg2">The type of the third parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="action">The action, given the arguments.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnEntryFrom<TArg0, TArg1, TArg2>(TriggerWithParameters<TTrigger, TArg0, TArg1, TArg2> trigger, Action<TArg0, TArg1, TArg2> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(action);
        return AddEntryFrom(trigger.Trigger, trigger, new(StateAction<TState, TTrigger>.Describe(action, description), t => action((TArg0)t.RawParameters![0]!, (TArg1)t.RawParameters[1]!, (TArg2)t.RawParameters[2]!), null));
    }

    /// <summary>Runs <paramref name="action"/> with the trigger's two arguments and the transition when the state is entered through the parameterized trigger.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="action">The action, given the arguments and the transition.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnEntryFrom<TArg0, TArg1>(TriggerWithParameters<TTrigger, TArg0, TArg1> trigger, Action<TArg0, TArg1, Transition<TState, TTrigger>> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(action);
        return AddEntryFrom(trigger.Trigger, trigger, new(StateAction<TState, TTrigger>.Describe(action, description), t => action((TArg0)t.RawParameters![0]!, (TArg1)t.RawParameters[1]!, t), null));
    }

    /// <summary>Runs <paramref name="action"/> with the trigger's three arguments and the transition when the state is entered through the parameterized trigger.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <typeparam name="TArg2">The type of the third parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="action">The action, given the arguments and the transition.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnEntryFrom<TArg0, TArg1, TArg2>(TriggerWithParameters<TTrigger, TArg0, TArg1, TArg2> trigger, Action<TArg0, TArg1, TArg2, Transition<TState, TTrigger>> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(action);
        return AddEntryFrom(trigger.Trigger, trigger, new(StateAction<TState, TTrigger>.Describe(action, description), t => action((TArg0)t.RawParameters![0]!, (TArg1)t.RawParameters[1]!, (TArg2)t.RawParameters[2]!, t), null));
    }

    /// <summary>Runs <paramref name="action"/> each time the state is exited (substates are exited first, innermost first).</summary>
    /// <param name="action">The action.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnExit(Action action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ExitActions.Add(new(StateAction<TState, TTrigger>.Describe(action, description), _ => action(), null));
        return this;
    }

    /// <summary>Runs <paramref name="action"/> with the transition each time the state is exited.</summary>
    /// <param name="action">The action.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnExit(Action<Transition<TState, TTrigger>> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ExitActions.Add(new(StateAction<TState, TTrigger>.Describe(action, description), action, null));
        return this;
    }

    /// <summary>Runs <paramref name="action"/> when an instance in this state (or a substate) is activated with <c>Activate</c>.</summary>
    /// <param name="action">The action.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnActivate(Action action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ActivateActions.Add(new(StateAction<TState, TTrigger>.Describe(action, description), action, null));
        return this;
    }

    /// <summary>Runs <paramref name="action"/> when an instance in this state (or a substate) is deactivated with <c>Deactivate</c>.</summary>
    /// <param name="action">The action.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnDeactivate(Action action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        DeactivateActions.Add(new(StateAction<TState, TTrigger>.Describe(action, description), action, null));
        return this;
    }

    private StateConfiguration<TState, TTrigger> AddEntryFrom(TTrigger trigger, TriggerWithParameters<TTrigger>? parameters, StateAction<TState, TTrigger> action)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        EntryActions.Add(new(action.Description, action.Sync, action.Async) { HasFromTrigger = true, FromTrigger = trigger, FromParameters = parameters });
        return this;
    }
}
