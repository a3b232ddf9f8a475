using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Formwork.Diagnostics;
using Formwork.Workflow.StateMachines.Internal;

namespace Formwork.Workflow.StateMachines;

/// <summary>
/// One state machine instance: a shared <see cref="StateMachineDefinition{TState, TTrigger}"/> plus a current state that
/// is either kept here or read and written through an accessor/mutator pair (an entity's field). Create it with
/// <see cref="StateMachineDefinition{TState, TTrigger}.CreateInstance(TState)"/>.
/// </summary>
/// <remarks>
/// Firing on one instance from several threads is serialised: one firing (with the triggers its actions queue) runs
/// at a time and the others wait their turn, so the state is never corrupted. A trigger fired from inside an action
/// of the same instance is queued (run-to-completion, the default) or processed at once
/// (<see cref="FiringMode.Immediate"/>). Reading <see cref="State"/> from another thread during a firing may see the
/// state before or after the transition in progress.
/// </remarks>
/// <typeparam name="TState">The type of the states.</typeparam>
/// <typeparam name="TTrigger">The type of the triggers.</typeparam>
public sealed partial class StateMachine<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    /// <summary>How many queued triggers one firing processes before it decides the actions loop forever.</summary>
    internal const int MaxQueuedTriggers = 10_000;

    /// <summary>How deep immediate firing from actions may nest before it is refused (instead of overflowing the stack).</summary>
    internal const int MaxNesting = 64;

    private readonly StateMachineDefinition<TState, TTrigger> _definition;
    private readonly Func<TState>? _accessor;
    private readonly Action<TState>? _mutator;
    private TState _state;
    private int _busy;
    private int _ownerThread;
    private int _nesting;
    private bool _active;
    private Queue<PendingTrigger<TTrigger>>? _queue;
    private SemaphoreSlim? _asyncGate;

    internal StateMachine(StateMachineDefinition<TState, TTrigger> definition, TState state, object? context)
    {
        ArgumentNullException.ThrowIfNull(state);
        _definition = definition;
        _state = state;
        Context = context;
    }

    internal StateMachine(StateMachineDefinition<TState, TTrigger> definition, Func<TState> accessor, Action<TState> mutator, object? context)
    {
        _definition = definition;
        _accessor = accessor;
        _mutator = mutator;
        _state = default!;
        Context = context;
    }

    /// <summary>Gets the shared definition.</summary>
    public StateMachineDefinition<TState, TTrigger> Definition => _definition;

    /// <summary>Gets the host object given when the instance was created (such as the entity it belongs to).</summary>
    public object? Context { get; }

    /// <summary>Gets the current state.</summary>
    public TState State => _accessor is null ? _state : _accessor();

    /// <summary>Gets a value indicating whether <see cref="Activate"/> has run (and <see cref="Deactivate"/> has not run since).</summary>
    public bool IsActive => _active;

    /// <summary>Returns whether the current state is <paramref name="state"/> or one of its substates.</summary>
    /// <param name="state">The state to test.</param>
    /// <returns><see langword="true"/> when the machine is in that state.</returns>
    public bool IsInState(TState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var current = State;
        if (EqualityComparer<TState>.Default.Equals(current, state))
        {
            return true;
        }

        var nodes = _definition.Nodes;
        var target = _definition.StateIndex.IndexOf(state);
        for (var n = _definition.StateIndex.IndexOf(current); n >= 0 && target >= 0; n = nodes[n].Parent)
        {
            if (n == target)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns <c>StateMachine { State = … }</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"StateMachine {{ State = {State} }}");

    private void SetState(TState state)
    {
        if (_mutator is null)
        {
            _state = state;
        }
        else
        {
            _mutator(state);
        }
    }

    private FormworkException AsyncRequired(string method) =>
        new(Diagnostic.Error(StateMachineMessages.AsyncActionsNeedAsyncCall, null, null, ("action", _definition.AsyncAction), ("method", method)));

    /// <summary>Takes the instance for the calling thread; returns <see langword="false"/> when this thread already holds it (a call from an action).</summary>
    private bool EnterGate()
    {
        var thread = Environment.CurrentManagedThreadId;
        if (Interlocked.CompareExchange(ref _busy, 1, 0) != 0 && !WaitForTurn(thread))
        {
            return false;
        }

        _ownerThread = thread;
        return true;
    }

    /// <summary>
    /// Called when the instance is busy: returns <see langword="false"/> at once when the calling thread is the one
    /// firing (a call from an action); otherwise waits until the firing in progress releases the instance and takes it.
    /// </summary>
    private bool WaitForTurn(int thread)
    {
        if (Volatile.Read(ref _ownerThread) == thread)
        {
            return false;
        }

        var spin = default(SpinWait);
        do
        {
            spin.SpinOnce();
        }
        while (Interlocked.CompareExchange(ref _busy, 1, 0) != 0);
        return true;
    }

    private void ExitGate()
    {
        _ownerThread = 0;
        Volatile.Write(ref _busy, 0);
    }
}
