using System;
using System.Threading.Tasks;
using Formwork.Workflow.StateMachines.Internal;

namespace Formwork.Workflow.StateMachines;

/// <content>Internal transitions: the trigger runs an action and the state neither exits nor re-enters.</content>
public sealed partial class StateConfiguration<TState, TTrigger>
{
    /// <summary>Accepts <paramref name="trigger"/> and runs <paramref name="action"/> without exiting or entering any state.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="action">The action.</param>
    /// <param name="description">What the action does, for diagrams (default: the method name).</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> InternalTransition(TTrigger trigger, Action<Transition<TState, TTrigger>> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        return AddInternal(trigger, null, new(StateAction<TState, TTrigger>.Describe(action, description), action, null));
    }

    /// <summary>Like <see cref="InternalTransition(TTrigger, Action{Transition{TState, TTrigger}}, string?)"/> for a parameterized trigger.</summary>
    /// <typeparam name="TArg0">The type of the parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="action">The action, given the argument and the transition.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> InternalTransition<TArg0>(TriggerWithParameters<TTrigger, TArg0> trigger, Action<TArg0, Transition<TState, TTrigger>> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(action);
        return AddInternal(trigger.Trigger, trigger, new(StateAction<TState, TTrigger>.Describe(action, description), t => action((TArg0)t.RawParameters![0]!, t), null));
    }

    /// <summary>Like <see cref="InternalTransition(TTrigger, Action{Transition{TState, TTrigger}}, string?)"/> for a trigger with two parameters.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="action">The action, given the arguments and the transition.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> InternalTransition<TArg0, TArg1>(TriggerWithParameters<TTrigger, TArg0, TArg1> trigger, Action<TArg0, TArg1, Transition<TState, TTrigger>> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(action);
        return AddInternal(trigger.Trigger, trigger, new(StateAction<TState, TTrigger>.Describe(action, description), t => action((TArg0)t.RawParameters![0]!, (TArg1)t.RawParameters[1]!, t), null));
    }

    /// <summary>Like <see cref="InternalTransition(TTrigger, Action{Transition{TState, TTrigger}}, string?)"/> for a trigger with three parameters.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <typeparam name="TArg2">The type of the third parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="action">The action, given the arguments and the transition.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> InternalTransition<TArg0, TArg1, TArg2>(TriggerWithParameters<TTrigger, TArg0, TArg1, TArg2> trigger, Action<TArg0, TArg1, TArg2, Transition<TState, TTrigger>> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(action);
        return AddInternal(trigger.Trigger, trigger, new(StateAction<TState, TTrigger>.Describe(action, description), t => action((TArg0)t.RawParameters![0]!, (TArg1)t.RawParameters[1]!, (TArg2)t.RawParameters[2]!, t), null));
    }

    /// <summary>Like <see cref="InternalTransition(TTrigger, Action{Transition{TState, TTrigger}}, string?)"/> with an asynchronous action (fire with <c>FireAsync</c>).</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="action">The asynchronous action.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> InternalTransitionAsync(TTrigger trigger, Func<Transition<TState, TTrigger>, Task> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        return AddInternal(trigger, null, new(StateAction<TState, TTrigger>.Describe(action, description), null, action));
    }

    /// <summary>Like <see cref="InternalTransitionAsync(TTrigger, Func{Transition{TState, TTrigger}, Task}, string?)"/> for a parameterized trigger.</summary>
    /// <typeparam name="TArg0">The type of the parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="action">The asynchronous action, given the argument and the transition.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> InternalTransitionAsync<TArg0>(TriggerWithParameters<TTrigger, TArg0> trigger, Func<TArg0, Transition<TState, TTrigger>, Task> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(action);
        return AddInternal(trigger.Trigger, trigger, new(StateAction<TState, TTrigger>.Describe(action, description), null, t => action((TArg0)t.RawParameters![0]!, t)));
    }

    private StateConfiguration<TState, TTrigger> AddInternal(TTrigger trigger, TriggerWithParameters<TTrigger>? parameters, StateAction<TState, TTrigger> action)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        Behaviours.Add(new(BehaviourKind.Internal, trigger, parameters, null) { Action = action, Description = action.Description });
        return this;
    }
}
