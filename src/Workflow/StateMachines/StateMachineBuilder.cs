using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Formwork.Workflow.StateMachines.Internal;

namespace Formwork.Workflow.StateMachines;

/// <summary>
/// Configures a state machine with the fluent API Stateless users know (<c>Configure(state).Permit(trigger, destination)</c>)
/// and builds an immutable, thread-safe <see cref="StateMachineDefinition{TState, TTrigger}"/> that any number of
/// instances share. Build once (at start-up), then create an instance per entity from its stored state.
/// </summary>
/// <typeparam name="TState">The type of the states (usually an enum).</typeparam>
/// <typeparam name="TTrigger">The type of the triggers (usually an enum).</typeparam>
public sealed class StateMachineBuilder<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    private readonly Dictionary<TState, StateConfiguration<TState, TTrigger>> _states = new();
    private readonly List<StateConfiguration<TState, TTrigger>> _order = [];
    private readonly Dictionary<TTrigger, TriggerWithParameters<TTrigger>> _parameters = new();
    private readonly List<(TriggerWithParameters<TTrigger> First, TriggerWithParameters<TTrigger> Second)> _parameterConflicts = [];
    private readonly List<StateAction<TState, TTrigger>> _transitioned = [];
    private readonly List<StateAction<TState, TTrigger>> _completed = [];
    private Action<TState, TTrigger, IReadOnlyList<string>>? _unhandled;
    private Func<TState, TTrigger, IReadOnlyList<string>, Task>? _unhandledAsync;

    /// <summary>Gets or sets how triggers fired from inside actions are processed.</summary>
    /// <value>The default value is <see cref="FiringMode.Queued"/> (run-to-completion).</value>
    public FiringMode FiringMode { get; set; } = FiringMode.Queued;

    /// <summary>Returns the configuration of <paramref name="state"/> (the same object on every call for one state).</summary>
    /// <param name="state">The state.</param>
    /// <returns>The state's configuration.</returns>
    public StateConfiguration<TState, TTrigger> Configure(TState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!_states.TryGetValue(state, out var configuration))
        {
            configuration = new StateConfiguration<TState, TTrigger>(state);
            _states.Add(state, configuration);
            _order.Add(configuration);
        }

        return configuration;
    }

    /// <summary>Declares that <paramref name="trigger"/> carries one typed parameter.</summary>
    /// <typeparam name="TArg0">The type of the parameter.</typeparam>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The parameterized trigger to fire and configure with.</returns>
    public TriggerWithParameters<TTrigger, TArg0> SetTriggerParameters<TArg0>(TTrigger trigger) =>
        Declare(new TriggerWithParameters<TTrigger, TArg0>(trigger));

    /// <summary>Declares that <paramref name="trigger"/> carries two typed parameters.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The parameterized trigger to fire and configure with.</returns>
    public TriggerWithParameters<TTrigger, TArg0, TArg1> SetTriggerParameters<TArg0, TArg1>(TTrigger trigger) =>
        Declare(new TriggerWithParameters<TTrigger, TArg0, TArg1>(trigger));

    /// <summary>Declares that <paramref name="trigger"/> carries three typed parameters.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <typeparam name="TArg2">The type of the third parameter.</typeparam>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The parameterized trigger to fire and configure with.</returns>
    public TriggerWithParameters<TTrigger, TArg0, TArg1, TArg2> SetTriggerParameters<TArg0, TArg1, TArg2>(TTrigger trigger) =>
        Declare(new TriggerWithParameters<TTrigger, TArg0, TArg1, TArg2>(trigger));

    /// <summary>Runs <paramref name="action"/> on every transition, after the exit actions and before the entry actions (not for ignored triggers or internal transitions).</summary>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    public StateMachineBuilder<TState, TTrigger> OnTransitioned(Action<Transition<TState, TTrigger>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _transitioned.Add(new(StateAction<TState, TTrigger>.Describe(action, null), action, null));
        return this;
    }

    /// <summary>The asynchronous form of <see cref="OnTransitioned"/>.</summary>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    public StateMachineBuilder<TState, TTrigger> OnTransitionedAsync(Func<Transition<TState, TTrigger>, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _transitioned.Add(new(StateAction<TState, TTrigger>.Describe(action, null), null, action));
        return this;
    }

    /// <summary>
    /// Runs <paramref name="action"/> when a transition has completed: after the entry actions and any initial
    /// transitions; its destination is the final state.
    /// </summary>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    public StateMachineBuilder<TState, TTrigger> OnTransitionCompleted(Action<Transition<TState, TTrigger>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _completed.Add(new(StateAction<TState, TTrigger>.Describe(action, null), action, null));
        return this;
    }

    /// <summary>The asynchronous form of <see cref="OnTransitionCompleted"/>.</summary>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    public StateMachineBuilder<TState, TTrigger> OnTransitionCompletedAsync(Func<Transition<TState, TTrigger>, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _completed.Add(new(StateAction<TState, TTrigger>.Describe(action, null), null, action));
        return this;
    }

    /// <summary>
    /// Replaces the default reaction to a trigger that is not permitted (a <see cref="TriggerNotPermittedException"/>)
    /// with <paramref name="action"/>, given the state, the trigger and the descriptions of the unmet guards.
    /// </summary>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    public StateMachineBuilder<TState, TTrigger> OnUnhandledTrigger(Action<TState, TTrigger, IReadOnlyList<string>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _unhandled = action;
        _unhandledAsync = null;
        return this;
    }

    /// <summary>The asynchronous form of <see cref="OnUnhandledTrigger"/>.</summary>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    public StateMachineBuilder<TState, TTrigger> OnUnhandledTriggerAsync(Func<TState, TTrigger, IReadOnlyList<string>, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _unhandledAsync = action;
        _unhandled = null;
        return this;
    }

    /// <summary>
    /// Checks the configuration and builds the immutable definition. Every configuration error is reported at once,
    /// in a <see cref="Formwork.Diagnostics.FormworkException"/> with codes <c>FWW0001</c>–<c>FWW0009</c>.
    /// The builder may be changed and built again; definitions already built do not change.
    /// </summary>
    /// <returns>The definition.</returns>
    public StateMachineDefinition<TState, TTrigger> Build() =>
        DefinitionCompiler<TState, TTrigger>.Compile(
            new DefinitionSource<TState, TTrigger>(
                _order.ToArray(),
                new Dictionary<TTrigger, TriggerWithParameters<TTrigger>>(_parameters),
                _parameterConflicts.ToArray(),
                _transitioned.ToArray(),
                _completed.ToArray(),
                _unhandled,
                _unhandledAsync,
                FiringMode));

    private T Declare<T>(T parameters)
        where T : TriggerWithParameters<TTrigger>
    {
        ArgumentNullException.ThrowIfNull(parameters.Trigger);
        if (_parameters.TryGetValue(parameters.Trigger, out var existing))
        {
            if (!existing.SameParameters(parameters))
            {
                _parameterConflicts.Add((existing, parameters));
            }
        }
        else
        {
            _parameters.Add(parameters.Trigger, parameters);
        }

        return parameters;
    }
}
