using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Formwork.Workflow.StateMachines.Internal;

namespace Formwork.Workflow.StateMachines;

/// <summary>
/// A built state machine: immutable and thread-safe, shared by any number of <see cref="StateMachine{TState, TTrigger}"/>
/// instances. Build it once with <see cref="StateMachineBuilder{TState, TTrigger}"/>; create an instance per entity
/// with <see cref="CreateInstance(TState)"/> (the cost of restoring an instance is its state value and one small object).
/// </summary>
/// <typeparam name="TState">The type of the states.</typeparam>
/// <typeparam name="TTrigger">The type of the triggers.</typeparam>
public sealed class StateMachineDefinition<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    internal StateMachineDefinition(
        StateNode<TState, TTrigger>[] nodes,
        PlanSet<TState, TTrigger>?[] plans,
        KeyIndex<TState> states,
        KeyIndex<TTrigger> triggers,
        TriggerWithParameters<TTrigger>?[] parameters,
        FiringMode firingMode,
        StateAction<TState, TTrigger>[] transitioned,
        StateAction<TState, TTrigger>[] completed,
        Action<TState, TTrigger, IReadOnlyList<string>>? unhandled,
        Func<TState, TTrigger, IReadOnlyList<string>, Task>? unhandledAsync,
        string? asyncAction)
    {
        Nodes = nodes;
        Plans = plans;
        StateIndex = states;
        TriggerIndex = triggers;
        Parameters = parameters;
        FiringMode = firingMode;
        Transitioned = transitioned;
        Completed = completed;
        Unhandled = unhandled;
        UnhandledAsync = unhandledAsync;
        AsyncAction = asyncAction;
    }

    /// <summary>Gets how triggers fired from inside actions are processed.</summary>
    public FiringMode FiringMode { get; }

    /// <summary>Gets every state the definition mentions, in the order they were first configured or referenced.</summary>
    public IReadOnlyList<TState> States => StateIndex.Keys;

    /// <summary>Gets every trigger the definition mentions.</summary>
    public IReadOnlyList<TTrigger> Triggers => TriggerIndex.Keys;

    /// <summary>Gets a value indicating whether some action or event is asynchronous, so instances must be fired with <c>FireAsync</c>.</summary>
    public bool HasAsyncActions => AsyncAction is not null;

    internal StateNode<TState, TTrigger>[] Nodes { get; }

    /// <summary>Gets the precomputed plan sets by <c>stateIndex * Triggers.Count + triggerIndex</c> (<see langword="null"/> where the general path runs).</summary>
    internal PlanSet<TState, TTrigger>?[] Plans { get; }

    internal KeyIndex<TState> StateIndex { get; }

    internal KeyIndex<TTrigger> TriggerIndex { get; }

    internal TriggerWithParameters<TTrigger>?[] Parameters { get; }

    internal StateAction<TState, TTrigger>[] Transitioned { get; }

    internal StateAction<TState, TTrigger>[] Completed { get; }

    internal Action<TState, TTrigger, IReadOnlyList<string>>? Unhandled { get; }

    internal Func<TState, TTrigger, IReadOnlyList<string>, Task>? UnhandledAsync { get; }

    internal string? AsyncAction { get; }

    /// <summary>Creates an instance that keeps its state in itself, starting (or restored) in <paramref name="state"/>. No actions run.</summary>
    /// <param name="state">The current (stored) state.</param>
    /// <returns>The instance.</returns>
    public StateMachine<TState, TTrigger> CreateInstance(TState state) => new(this, state, null);

    /// <summary>Creates an instance in <paramref name="state"/> that carries a host object its actions can read through <see cref="Transition{TState, TTrigger}.Machine"/>.</summary>
    /// <param name="state">The current (stored) state.</param>
    /// <param name="context">The host object, such as the entity the machine belongs to.</param>
    /// <returns>The instance.</returns>
    public StateMachine<TState, TTrigger> CreateInstance(TState state, object? context) => new(this, state, context);

    /// <summary>
    /// Creates an instance whose state lives outside, such as a field of a persisted entity: the state is read with
    /// <paramref name="stateAccessor"/> and written with <paramref name="stateMutator"/> on every transition.
    /// </summary>
    /// <param name="stateAccessor">Reads the current state.</param>
    /// <param name="stateMutator">Writes the new state.</param>
    /// <param name="context">A host object for actions, optional.</param>
    /// <returns>The instance.</returns>
    public StateMachine<TState, TTrigger> CreateInstance(Func<TState> stateAccessor, Action<TState> stateMutator, object? context = null)
    {
        ArgumentNullException.ThrowIfNull(stateAccessor);
        ArgumentNullException.ThrowIfNull(stateMutator);
        return new(this, stateAccessor, stateMutator, context);
    }

    /// <summary>Describes the definition: states, hierarchy, transitions with their guards, and actions.</summary>
    /// <returns>The description.</returns>
    public StateMachineInfo GetInfo() => InfoBuilder<TState, TTrigger>.Build(this);

    /// <summary>Exports the definition as a Mermaid <c>stateDiagram-v2</c>.</summary>
    /// <returns>The diagram text.</returns>
    public string ToMermaidGraph() => MermaidWriter.Write(GetInfo(), null);

    /// <summary>Exports the definition as a Mermaid <c>stateDiagram-v2</c> with <paramref name="initialState"/> marked as the start.</summary>
    /// <param name="initialState">The state instances start in.</param>
    /// <returns>The diagram text.</returns>
    public string ToMermaidGraph(TState initialState) => MermaidWriter.Write(GetInfo(), initialState);

    /// <summary>Exports the definition as a Graphviz DOT graph.</summary>
    /// <returns>The graph text.</returns>
    public string ToDotGraph() => DotWriter.Write(GetInfo(), null);

    /// <summary>Exports the definition as a Graphviz DOT graph with <paramref name="initialState"/> marked as the start.</summary>
    /// <param name="initialState">The state instances start in.</param>
    /// <returns>The graph text.</returns>
    public string ToDotGraph(TState initialState) => DotWriter.Write(GetInfo(), initialState);
}
