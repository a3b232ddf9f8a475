using System;
using System.Threading.Tasks;
using Formwork.Workflow.StateMachines.Internal;

namespace Formwork.Workflow.StateMachines;

/// <content>Asynchronous actions. A machine with any asynchronous action is fired with <c>FireAsync</c>.</content>
public sealed partial class StateConfiguration<TState, TTrigger>
{
    /// <summary>Runs the asynchronous <paramref name="action"/> each time the state is entered.</summary>
    /// <param name="action">The action.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnEntryAsync(Func<Transition<TState, TTrigger>, Task> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        EntryActions.Add(new(StateAction<TState, TTrigger>.Describe(action, description), null, action));
        return this;
    }

    /// <summary>Runs the asynchronous <paramref name="action"/> when the state is entered through <paramref name="trigger"/>.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="action">The action.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnEntryFromAsync(TTrigger trigger, Func<Transition<TState, TTrigger>, Task> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        return AddEntryFrom(trigger, null, new(StateAction<TState, TTrigger>.Describe(action, description), null, action));
    }

    /// <summary>Runs the asynchronous <paramref name="action"/> with the trigger's argument when the state is entered through the parameterized trigger.</summary>
    /// <typeparam name="TArg0">The type of the parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="action">The action, given the argument and the transition.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnEntryFromAsync<TArg0>(TriggerWithParameters<TTrigger, TArg0> trigger, Func<TArg0, Transition<TState, TTrigger>, Task> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(action);
        return AddEntryFrom(trigger.Trigger, trigger, new(StateAction<TState, TTrigger>.Describe(action, description), null, t => action((TArg0)t.RawParameters![0]!, t)));
    }

    /// <summary>Runs the asynchronous <paramref name="action"/> each time the state is exited.</summary>
    /// <param name="action">The action.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnExitAsync(Func<Transition<TState, TTrigger>, Task> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ExitActions.Add(new(StateAction<TState, TTrigger>.Describe(action, description), null, action));
        return this;
    }

    /// <summary>Runs the asynchronous <paramref name="action"/> on <c>ActivateAsync</c>.</summary>
    /// <param name="action">The action.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnActivateAsync(Func<Task> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ActivateActions.Add(new(StateAction<TState, TTrigger>.Describe(action, description), null, action));
        return this;
    }

    /// <summary>Runs the asynchronous <paramref name="action"/> on <c>DeactivateAsync</c>.</summary>
    /// <param name="action">The action.</param>
    /// <param name="description">What the action does.</param>
    /// <returns>This configuration.</returns>
    public StateConfiguration<TState, TTrigger> OnDeactivateAsync(Func<Task> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        DeactivateActions.Add(new(StateAction<TState, TTrigger>.Describe(action, description), null, action));
        return this;
    }
}
