using System;
using System.Collections.Generic;
using Formwork.Diagnostics;
using Formwork.Workflow.StateMachines.Internal;

namespace Formwork.Workflow.StateMachines;

/// <content>Which triggers the current state accepts, and why a trigger is refused.</content>
public sealed partial class StateMachine<TState, TTrigger>
{
    /// <summary>
    /// Gets the triggers the current state (or a superstate) accepts now: their guards are met (guards over trigger
    /// parameters are not evaluated, since they need the arguments) and exactly one behaviour applies. Ignored
    /// triggers are included, since firing them is allowed.
    /// </summary>
    public IEnumerable<TTrigger> PermittedTriggers
    {
        get
        {
            var si = _definition.StateIndex.IndexOf(State);
            var triggers = _definition.TriggerIndex.Keys;
            var permitted = new List<TTrigger>();
            for (var ti = 0; ti < triggers.Count; ti++)
            {
                if (Find(si, ti, null, out _) is not null)
                {
                    permitted.Add(triggers[ti]);
                }
            }

            return permitted;
        }
    }

    /// <summary>Returns whether firing <paramref name="trigger"/> now would be accepted.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns><see langword="true"/> when exactly one behaviour accepts it.</returns>
    public bool CanFire(TTrigger trigger) => CanFire(trigger, out _);

    /// <summary>Returns whether firing <paramref name="trigger"/> now would be accepted and, when not, the descriptions of the guards that block it.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="unmetGuards">The descriptions of the unmet guards (empty when accepted, or when nothing handles the trigger).</param>
    /// <returns><see langword="true"/> when exactly one behaviour accepts it.</returns>
    public bool CanFire(TTrigger trigger, out IReadOnlyList<string> unmetGuards)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return Check(trigger, null, out unmetGuards);
    }

    /// <summary>Returns whether firing the parameterized trigger with this argument would be accepted, evaluating guards over it.</summary>
    /// <typeparam name="TArg0">The type of the parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="arg0">The argument.</param>
    /// <param name="unmetGuards">The descriptions of the unmet guards.</param>
    /// <returns><see langword="true"/> when exactly one behaviour accepts it.</returns>
    public bool CanFire<TArg0>(TriggerWithParameters<TTrigger, TArg0> trigger, TArg0 arg0, out IReadOnlyList<string> unmetGuards)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return Check(trigger.Trigger, [arg0], out unmetGuards);
    }

    /// <summary>Returns whether firing the parameterized trigger with these arguments would be accepted, evaluating guards over them.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="arg0">The first argument.</param>
    /// <param name="arg1">The second argument.</param>
    /// <param name="unmetGuards">The descriptions of the unmet guards.</param>
    /// <returns><see langword="true"/> when exactly one behaviour accepts it.</returns>
    public bool CanFire<TArg0, TArg1>(TriggerWithParameters<TTrigger, TArg0, TArg1> trigger, TArg0 arg0, TArg1 arg1, out IReadOnlyList<string> unmetGuards)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return Check(trigger.Trigger, [arg0, arg1], out unmetGuards);
    }

    /// <summary>Returns whether firing the parameterized trigger with these arguments would be accepted, evaluating guards over them.</summary>
    /// <typeparam name="TArg0">The type of the first parameter.</typeparam>
    /// <typeparam name="TArg1">The type of the second parameter.</typeparam>
    /// <typeparam name="TArg2">The type of the third parameter.</typeparam>
    /// <param name="trigger">The parameterized trigger.</param>
    /// <param name="arg0">The first argument.</param>
    /// <param name="arg1">The second argument.</param>
    /// <param name="arg2">The third argument.</param>
    /// <param name="unmetGuards">The descriptions of the unmet guards.</param>
    /// <returns><see langword="true"/> when exactly one behaviour accepts it.</returns>
    public bool CanFire<TArg0, TArg1, TArg2>(TriggerWithParameters<TTrigger, TArg0, TArg1, TArg2> trigger, TArg0 arg0, TArg1 arg1, TArg2 arg2, out IReadOnlyList<string> unmetGuards)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return Check(trigger.Trigger, [arg0, arg1, arg2], out unmetGuards);
    }

    private bool Check(TTrigger trigger, object?[]? arguments, out IReadOnlyList<string> unmetGuards)
    {
        var si = _definition.StateIndex.IndexOf(State);
        var ti = _definition.TriggerIndex.IndexOf(trigger);
        if (Find(si, ti, arguments, out _) is not null)
        {
            unmetGuards = Array.Empty<string>();
            return true;
        }

        unmetGuards = UnmetGuards(si, ti, arguments);
        return false;
    }

    /// <summary>Finds the one behaviour that accepts the trigger (nearest state first); throws when the trigger is fired with the wrong parameters or when several behaviours accept it.</summary>
    private TriggerBehaviour<TState, TTrigger>? Resolve(int si, int ti, TTrigger trigger, TriggerWithParameters<TTrigger>? parameters, object?[]? arguments)
    {
        if (ti < 0)
        {
            return null;
        }

        var expected = _definition.Parameters[ti];
        if (!ReferenceEquals(expected, parameters) && (expected is null || parameters is null || !expected.SameParameters(parameters)))
        {
            throw new FormworkException(Diagnostic.Error(
                StateMachineMessages.WrongTriggerArguments,
                null,
                null,
                ("trigger", DefinitionCompiler<TState, TTrigger>.Text(trigger)),
                ("expected", expected is null ? string.Empty : TriggerWithParameters<TTrigger>.Describe(expected.ParameterTypes)),
                ("actual", parameters is null ? string.Empty : TriggerWithParameters<TTrigger>.Describe(parameters.ParameterTypes))));
        }

        var found = Find(si, ti, arguments, out var ambiguous);
        if (ambiguous is not null)
        {
            throw new FormworkException(Diagnostic.Error(
                StateMachineMessages.AmbiguousTransition,
                null,
                null,
                ("trigger", DefinitionCompiler<TState, TTrigger>.Text(trigger)),
                ("state", DefinitionCompiler<TState, TTrigger>.Text(State)),
                ("count", ambiguous.Count),
                ("behaviours", string.Join(", ", ambiguous))));
        }

        return found;
    }

    private TriggerBehaviour<TState, TTrigger>? Find(int si, int ti, object?[]? arguments, out List<string>? ambiguous)
    {
        ambiguous = null;
        if (ti < 0)
        {
            return null;
        }

        var nodes = _definition.Nodes;
        for (var n = si; n >= 0; n = nodes[n].Parent)
        {
            var behaviours = nodes[n].Behaviours[ti];
            if (behaviours is null)
            {
                continue;
            }

            TriggerBehaviour<TState, TTrigger>? found = null;
            foreach (var behaviour in behaviours)
            {
                if (!behaviour.HasGuards || behaviour.GuardsMet(arguments))
                {
                    if (found is not null)
                    {
                        ambiguous ??= [found.Describe()];
                        ambiguous.Add(behaviour.Describe());
                    }

                    found = behaviour;
                }
            }

            if (found is not null)
            {
                return ambiguous is null ? found : null;
            }
        }

        return null;
    }

    private IReadOnlyList<string> UnmetGuards(int si, int ti, object?[]? arguments)
    {
        if (ti < 0)
        {
            return Array.Empty<string>();
        }

        List<string>? unmet = null;
        var nodes = _definition.Nodes;
        for (var n = si; n >= 0; n = nodes[n].Parent)
        {
            foreach (var behaviour in nodes[n].Behaviours[ti] ?? [])
            {
                foreach (var guard in behaviour.Guards)
                {
                    if (!guard.IsMet(arguments))
                    {
                        (unmet ??= []).Add(guard.Description);
                    }
                }
            }
        }

        return unmet is null ? Array.Empty<string>() : unmet;
    }

    /// <summary>Returns whether node <paramref name="node"/> is <paramref name="ancestor"/> or one of its substates.</summary>
    private bool Includes(int ancestor, int node)
    {
        var nodes = _definition.Nodes;
        var depth = nodes[ancestor].Depth;
        while (node >= 0 && nodes[node].Depth > depth)
        {
            node = nodes[node].Parent;
        }

        return node == ancestor;
    }

    /// <summary>Returns the current state's node and its superstates, innermost first.</summary>
    private int[] Chain()
    {
        var nodes = _definition.Nodes;
        var chain = new List<int>();
        for (var n = _definition.StateIndex.IndexOf(State); n >= 0; n = nodes[n].Parent)
        {
            chain.Add(n);
        }

        return chain.ToArray();
    }
}
