using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Formwork.Diagnostics;
using Formwork.Workflow.StateMachines.Internal;

namespace Formwork.Workflow.StateMachines;

/// <content>Synchronous firing.</content>
public sealed partial class StateMachine<TState, TTrigger>
{
    /// <summary>
    /// Fires <paramref name="trigger"/>: runs the behaviour the current state (or its nearest superstate) configures
    /// for it. Throws <see cref="TriggerNotPermittedException"/> (<c>FWW0101</c>/<c>FWW0102</c>) when no behaviour
    /// accepts it, unless the definition has an <c>OnUnhandledTrigger</c> action.
    /// </summary>
    /// <param name="trigger">The trigger.</param>
    public void Fire(TTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        Run(trigger, null, null);
    }

    /// <summary>Fires a trigger with one parameter.</summary>
    /// <typeparam name="TArg0">The type of the parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="arg0">The argument.</param>
    public void Fire<TArg0>(TriggerWithParameters<TTrigger, TArg0> trigger, TArg0 arg0)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        Run(trigger.Trigger, trigger, [arg0]);
    }

    /// <summary>Fires a trigger with two parameters.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="arg0">The first argument.</param>
    /// <param name="arg1">The second argument.</param>
    public void Fire<TArg0, TArg1>(TriggerWithParameters<TTrigger, TArg0, TArg1> trigger, TArg0 arg0, TArg1 arg1)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        Run(trigger.Trigger, trigger, [arg0, arg1]);
    }

    /// <summary>Fires a trigger with three parameters.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <typeparam name="TArg2">The type of the third parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="arg0">The first argument.</param>
    /// <param name="arg1">The second argument.</param>
    /// <param name="arg2">The third argument.</param>
    public void Fire<TArg0, TArg1, TArg2>(TriggerWithParameters<TTrigger, TArg0, TArg1, TArg2> trigger, TArg0 arg0, TArg1 arg1, TArg2 arg2)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        Run(trigger.Trigger, trigger, [arg0, arg1, arg2]);
    }

    /// <summary>Runs the <c>OnActivate</c> actions of the current state's superstates (outermost first) and of the current state. Does nothing when already active.</summary>
    public void Activate()
    {
        if (_definition.AsyncAction is not null)
        {
            throw AsyncRequired(nameof(Activate));
        }

        var owner = EnterGate();
        try
        {
            if (_active)
            {
                return;
            }

            var chain = Chain();
            for (var i = chain.Length - 1; i >= 0; i--)
            {
                foreach (var action in _definition.Nodes[chain[i]].Activate)
                {
                    action.Sync!();
                }
            }

            _active = true;
        }
        finally
        {
            if (owner)
            {
                ExitGate();
            }
        }
    }

    /// <summary>Runs the <c>OnDeactivate</c> actions of the current state and then of its superstates (innermost first). Does nothing when not active.</summary>
    public void Deactivate()
    {
        if (_definition.AsyncAction is not null)
        {
            throw AsyncRequired(nameof(Deactivate));
        }

        var owner = EnterGate();
        try
        {
            if (!_active)
            {
                return;
            }

            foreach (var n in Chain())
            {
                foreach (var action in _definition.Nodes[n].Deactivate)
                {
                    action.Sync!();
                }
            }

            _active = false;
        }
        finally
        {
            if (owner)
            {
                ExitGate();
            }
        }
    }

    private void Run(TTrigger trigger, TriggerWithParameters<TTrigger>? parameters, object?[]? arguments)
    {
        if (_definition.AsyncAction is not null)
        {
            throw AsyncRequired(nameof(Fire));
        }

        var thread = Environment.CurrentManagedThreadId;
        if (Interlocked.CompareExchange(ref _busy, 1, 0) != 0 && !WaitForTurn(thread))
        {
            // Fired from an action of this instance, on the thread that is firing.
            if (_definition.FiringMode == FiringMode.Queued)
            {
                (_queue ??= new()).Enqueue(new(trigger, parameters, arguments));
                return;
            }

            if (_nesting >= MaxNesting)
            {
                throw new FormworkException(Diagnostic.Error(StateMachineMessages.FiringTooDeep, null, null, ("trigger", DefinitionCompiler<TState, TTrigger>.Text(trigger)), ("limit", MaxNesting), ("state", DefinitionCompiler<TState, TTrigger>.Text(State))));
            }

            _nesting++;
            try
            {
                FireOne(trigger, parameters, arguments);
            }
            finally
            {
                _nesting--;
            }

            return;
        }

        _ownerThread = thread;
        try
        {
            FireOne(trigger, parameters, arguments);
            if (_queue is { Count: > 0 } queue)
            {
                var processed = 0;
                while (queue.TryDequeue(out var next))
                {
                    if (++processed > MaxQueuedTriggers)
                    {
                        throw new FormworkException(Diagnostic.Error(StateMachineMessages.TooManyQueuedTriggers, null, null, ("trigger", DefinitionCompiler<TState, TTrigger>.Text(trigger)), ("limit", MaxQueuedTriggers), ("state", DefinitionCompiler<TState, TTrigger>.Text(State))));
                    }

                    FireOne(next.Trigger, next.Parameters, next.Arguments);
                }
            }
        }
        catch
        {
            _queue?.Clear();
            throw;
        }
        finally
        {
            ExitGate();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void FireOne(TTrigger trigger, TriggerWithParameters<TTrigger>? parameters, object?[]? arguments)
    {
        var definition = _definition;
        var source = State;
        var si = definition.StateIndex.IndexOf(source);
        var ti = definition.TriggerIndex.IndexOf(trigger);
        if (si >= 0 && ti >= 0 && parameters is null && definition.Plans[(si * definition.TriggerIndex.Count) + ti]?.Choose() is { } plan)
        {
            Follow(plan, source, trigger);
            return;
        }

        var behaviour = Resolve(si, ti, trigger, parameters, arguments);
        if (behaviour is null)
        {
            var unmet = UnmetGuards(si, ti, arguments);
            if (definition.Unhandled is { } unhandled)
            {
                unhandled(source, trigger, unmet);
                return;
            }

            throw new TriggerNotPermittedException(source, trigger, unmet);
        }

        switch (behaviour.Kind)
        {
            case BehaviourKind.Ignore:
                return;
            case BehaviourKind.Internal:
                behaviour.Action!.Sync!(new(this, source, source, trigger, arguments, TransitionFlags.Internal));
                return;
            case BehaviourKind.Dynamic:
                var destination = behaviour.Selector!(arguments);
                Transit(source, si, destination, definition.StateIndex.IndexOf(destination), trigger, arguments);
                return;
            default:
                Transit(source, si, behaviour.Destination, behaviour.DestinationIndex, trigger, arguments);
                return;
        }
    }

    private void Transit(TState source, int si, TState destination, int di, TTrigger trigger, object?[]? arguments)
    {
        var definition = _definition;
        var nodes = definition.Nodes;
        var reentry = si >= 0 ? si == di : System.Collections.Generic.EqualityComparer<TState>.Default.Equals(source, destination);
        var transition = new Transition<TState, TTrigger>(this, source, destination, trigger, arguments, reentry ? TransitionFlags.Reentry : TransitionFlags.None);
        if (si >= 0 && di >= 0 && nodes[si].Parent < 0 && nodes[di].Parent < 0 && nodes[di].Initial < 0)
        {
            // Two top-level states (the usual flat machine): the same steps without walking the hierarchy.
            RunActions(nodes[si].Exit, in transition);
            SetState(destination);
            RunActions(definition.Transitioned, in transition);
            RunEntry(nodes[di].Entry, in transition);
            RunActions(definition.Completed, in transition);
            return;
        }

        if (reentry)
        {
            RunActions(nodes[si].Exit, in transition);
        }
        else
        {
            for (var n = si; n >= 0 && !Includes(n, di); n = nodes[n].Parent)
            {
                RunActions(nodes[n].Exit, in transition);
            }
        }

        SetState(destination);
        RunActions(definition.Transitioned, in transition);
        if (reentry)
        {
            RunEntry(nodes[di].Entry, in transition);
        }
        else if (di >= 0)
        {
            Enter(di, si, in transition);
        }

        var final = destination;
        for (var n = di; n >= 0 && nodes[n].Initial >= 0; n = nodes[n].Initial)
        {
            var target = nodes[n].Initial;
            var initial = new Transition<TState, TTrigger>(this, nodes[n].State, nodes[target].State, trigger, arguments, TransitionFlags.Initial);
            final = nodes[target].State;
            SetState(final);
            RunActions(definition.Transitioned, in initial);
            Enter(target, n, in initial);
        }

        if (definition.Completed.Length > 0)
        {
            var completed = new Transition<TState, TTrigger>(this, source, final, trigger, arguments, transition.Flags);
            RunActions(definition.Completed, in completed);
        }
    }

    /// <summary>Runs a precomputed transition: the same steps as <see cref="Transit"/> without walking the hierarchy.</summary>
    private void Follow(TransitionPlan<TState, TTrigger> plan, TState source, TTrigger trigger)
    {
        var definition = _definition;
        var transition = new Transition<TState, TTrigger>(this, source, plan.Destination, trigger, null, plan.Reentry ? TransitionFlags.Reentry : TransitionFlags.None);
        if (plan.Exit.Length != 0)
        {
            RunActions(plan.Exit, in transition);
        }

        SetState(plan.Destination);
        if (definition.Transitioned.Length != 0)
        {
            RunActions(definition.Transitioned, in transition);
        }

        if (plan.Entry.Length != 0)
        {
            RunEntry(plan.Entry, in transition);
        }

        if (definition.Completed.Length != 0)
        {
            RunActions(definition.Completed, in transition);
        }
    }

    private void Enter(int node, int source, in Transition<TState, TTrigger> transition)
    {
        if (source >= 0 && Includes(node, source))
        {
            return;
        }

        var parent = _definition.Nodes[node].Parent;
        if (parent >= 0)
        {
            Enter(parent, source, in transition);
        }

        RunEntry(_definition.Nodes[node].Entry, in transition);
    }

    private static void RunActions(StateAction<TState, TTrigger>[] actions, in Transition<TState, TTrigger> transition)
    {
        foreach (var action in actions)
        {
            action.Sync!(transition);
        }
    }

    private static void RunEntry(StateAction<TState, TTrigger>[] actions, in Transition<TState, TTrigger> transition)
    {
        foreach (var action in actions)
        {
            if (action.AppliesTo(transition.Trigger))
            {
                action.Sync!(transition);
            }
        }
    }
}
