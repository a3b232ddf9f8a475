using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Diagnostics;
using Formwork.Workflow.StateMachines.Internal;

namespace Formwork.Workflow.StateMachines;

/// <content>
/// Asynchronous firing. On a definition without asynchronous actions, <c>FireAsync</c> runs synchronously and returns
/// a completed task. With asynchronous actions, firings of one instance are serialised by an asynchronous gate, and a
/// trigger fired from an action (in the same asynchronous flow) is queued or nested as the firing mode says.
/// </content>
public sealed partial class StateMachine<TState, TTrigger>
{
    private static readonly AsyncLocal<FlowOwner?> CurrentFlow = new();

    /// <summary>Fires <paramref name="trigger"/>, awaiting asynchronous actions. See <see cref="Fire(TTrigger)"/>.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>A task that completes when the firing (and the triggers its actions queued) has completed.</returns>
    public Task FireAsync(TTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return RunAsync(trigger, null, null);
    }

    /// <summary>Fires a trigger with one parameter, awaiting asynchronous actions.</summary>
    /// <typeparam name="TArg0">The type of the parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="arg0">The argument.</param>
    /// <returns>A task that completes when the firing has completed.</returns>
    public Task FireAsync<TArg0>(TriggerWithParameters<TTrigger, TArg0> trigger, TArg0 arg0)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return RunAsync(trigger.Trigger, trigger, [arg0]);
    }

    /// <summary>Fires a trigger with two parameters, awaiting asynchronous actions.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="arg0">The first argument.</param>
    /// <param name="arg1">The second argument.</param>
    /// <returns>A task that completes when the firing has completed.</returns>
    public Task FireAsync<TArg0, TArg1>(TriggerWithParameters<TTrigger, TArg0, TArg1> trigger, TArg0 arg0, TArg1 arg1)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return RunAsync(trigger.Trigger, trigger, [arg0, arg1]);
    }

    /// <summary>Fires a trigger with three parameters, awaiting asynchronous actions.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <typeparam name="TArg2">The type of the third parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="arg0">The first argument.</param>
    /// <param name="arg1">The second argument.</param>
    /// <param name="arg2">The third argument.</param>
    /// <returns>A task that completes when the firing has completed.</returns>
    public Task FireAsync<TArg0, TArg1, TArg2>(TriggerWithParameters<TTrigger, TArg0, TArg1, TArg2> trigger, TArg0 arg0, TArg1 arg1, TArg2 arg2)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return RunAsync(trigger.Trigger, trigger, [arg0, arg1, arg2]);
    }

    /// <summary>The asynchronous form of <see cref="Activate"/>.</summary>
    /// <returns>A task that completes when the actions have run.</returns>
    public Task ActivateAsync() => ActivationAsync(activate: true);

    /// <summary>The asynchronous form of <see cref="Deactivate"/>.</summary>
    /// <returns>A task that completes when the actions have run.</returns>
    public Task DeactivateAsync() => ActivationAsync(activate: false);

    private static async Task RunAsync(StateAction<TState, TTrigger> action, Transition<TState, TTrigger> transition)
    {
        if (action.Async is { } asynchronous)
        {
            await asynchronous(transition);
        }
        else
        {
            action.Sync!(transition);
        }
    }

    private Task RunAsync(TTrigger trigger, TriggerWithParameters<TTrigger>? parameters, object?[]? arguments)
    {
        if (_definition.AsyncAction is null)
        {
            try
            {
                Run(trigger, parameters, arguments);
                return Task.CompletedTask;
            }
            catch (Exception exception)
            {
                return Task.FromException(exception);
            }
        }

        return RunCoreAsync(trigger, parameters, arguments);
    }

    private async Task RunCoreAsync(TTrigger trigger, TriggerWithParameters<TTrigger>? parameters, object?[]? arguments)
    {
        if (OwnedByThisFlow())
        {
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
                await FireOneAsync(trigger, parameters, arguments);
            }
            finally
            {
                _nesting--;
            }

            return;
        }

        var gate = AsyncGate();
        await gate.WaitAsync();
        try
        {
            CurrentFlow.Value = new FlowOwner(this, CurrentFlow.Value);
            await FireOneAsync(trigger, parameters, arguments);
            var processed = 0;
            while (_queue is { } queue && queue.TryDequeue(out var next))
            {
                if (++processed > MaxQueuedTriggers)
                {
                    throw new FormworkException(Diagnostic.Error(StateMachineMessages.TooManyQueuedTriggers, null, null, ("trigger", DefinitionCompiler<TState, TTrigger>.Text(trigger)), ("limit", MaxQueuedTriggers), ("state", DefinitionCompiler<TState, TTrigger>.Text(State))));
                }

                await FireOneAsync(next.Trigger, next.Parameters, next.Arguments);
            }
        }
        catch
        {
            _queue?.Clear();
            throw;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task FireOneAsync(TTrigger trigger, TriggerWithParameters<TTrigger>? parameters, object?[]? arguments)
    {
        var definition = _definition;
        var source = State;
        var si = definition.StateIndex.IndexOf(source);
        var ti = definition.TriggerIndex.IndexOf(trigger);
        var behaviour = Resolve(si, ti, trigger, parameters, arguments);
        if (behaviour is null)
        {
            var unmet = UnmetGuards(si, ti, arguments);
            if (definition.UnhandledAsync is { } unhandledAsync)
            {
                await unhandledAsync(source, trigger, unmet);
                return;
            }

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
                await RunAsync(behaviour.Action!, new(this, source, source, trigger, arguments, TransitionFlags.Internal));
                return;
            case BehaviourKind.Dynamic:
                var destination = behaviour.Selector!(arguments);
                await TransitAsync(source, si, destination, definition.StateIndex.IndexOf(destination), trigger, arguments);
                return;
            default:
                await TransitAsync(source, si, behaviour.Destination, behaviour.DestinationIndex, trigger, arguments);
                return;
        }
    }

    private async Task TransitAsync(TState source, int si, TState destination, int di, TTrigger trigger, object?[]? arguments)
    {
        var definition = _definition;
        var nodes = definition.Nodes;
        var reentry = si >= 0 ? si == di : EqualityComparer<TState>.Default.Equals(source, destination);
        var transition = new Transition<TState, TTrigger>(this, source, destination, trigger, arguments, reentry ? TransitionFlags.Reentry : TransitionFlags.None);
        if (reentry)
        {
            await RunActionsAsync(nodes[si].Exit, transition, entry: false);
        }
        else
        {
            for (var n = si; n >= 0 && !Includes(n, di); n = nodes[n].Parent)
            {
                await RunActionsAsync(nodes[n].Exit, transition, entry: false);
            }
        }

        SetState(destination);
        await RunActionsAsync(definition.Transitioned, transition, entry: false);
        if (reentry)
        {
            await RunActionsAsync(nodes[di].Entry, transition, entry: true);
        }
        else if (di >= 0)
        {
            await EnterAsync(di, si, transition);
        }

        var final = destination;
        for (var n = di; n >= 0 && nodes[n].Initial >= 0; n = nodes[n].Initial)
        {
            var target = nodes[n].Initial;
            var initial = new Transition<TState, TTrigger>(this, nodes[n].State, nodes[target].State, trigger, arguments, TransitionFlags.Initial);
            final = nodes[target].State;
            SetState(final);
            await RunActionsAsync(definition.Transitioned, initial, entry: false);
            await EnterAsync(target, n, initial);
        }

        await RunActionsAsync(definition.Completed, new(this, source, final, trigger, arguments, transition.Flags), entry: false);
    }

    private async Task EnterAsync(int node, int source, Transition<TState, TTrigger> transition)
    {
        if (Includes(node, source))
        {
            return;
        }

        var parent = _definition.Nodes[node].Parent;
        if (parent >= 0)
        {
            await EnterAsync(parent, source, transition);
        }

        await RunActionsAsync(_definition.Nodes[node].Entry, transition, entry: true);
    }

    private static async Task RunActionsAsync(StateAction<TState, TTrigger>[] actions, Transition<TState, TTrigger> transition, bool entry)
    {
        foreach (var action in actions)
        {
            if (!entry || action.AppliesTo(transition.Trigger))
            {
                await RunAsync(action, transition);
            }
        }
    }

    private async Task ActivationAsync(bool activate)
    {
        if (_definition.AsyncAction is null)
        {
            if (activate)
            {
                Activate();
            }
            else
            {
                Deactivate();
            }

            return;
        }

        var owner = !OwnedByThisFlow();
        var gate = AsyncGate();
        if (owner)
        {
            await gate.WaitAsync();
        }

        try
        {
            if (owner)
            {
                CurrentFlow.Value = new FlowOwner(this, CurrentFlow.Value);
            }

            if (_active == activate)
            {
                return;
            }

            var chain = Chain();
            for (var i = 0; i < chain.Length; i++)
            {
                var node = _definition.Nodes[chain[activate ? chain.Length - 1 - i : i]];
                foreach (var action in activate ? node.Activate : node.Deactivate)
                {
                    if (action.Async is { } asynchronous)
                    {
                        await asynchronous();
                    }
                    else
                    {
                        action.Sync!();
                    }
                }
            }

            _active = activate;
        }
        finally
        {
            if (owner)
            {
                gate.Release();
            }
        }
    }

    private SemaphoreSlim AsyncGate()
    {
        if (_asyncGate is { } gate)
        {
            return gate;
        }

        var created = new SemaphoreSlim(1, 1);
        return Interlocked.CompareExchange(ref _asyncGate, created, null) ?? created;
    }

    private bool OwnedByThisFlow()
    {
        for (var flow = CurrentFlow.Value; flow is not null; flow = flow.Next)
        {
            if (ReferenceEquals(flow.Machine, this))
            {
                return true;
            }
        }

        return false;
    }
}
