using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Formwork.Diagnostics;

namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>Checks a builder's configuration and compiles it into the arrays a definition runs on.</summary>
internal static class DefinitionCompiler<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    private static readonly EqualityComparer<TState> States = EqualityComparer<TState>.Default;

    public static StateMachineDefinition<TState, TTrigger> Compile(DefinitionSource<TState, TTrigger> source)
    {
        var diagnostics = new List<Diagnostic>();
        var stateList = new List<TState>();
        var stateSet = new HashSet<TState>();
        void AddState(TState s)
        {
            if (stateSet.Add(s))
            {
                stateList.Add(s);
            }
        }

        var triggerList = new List<TTrigger>();
        var triggerSet = new HashSet<TTrigger>();
        void AddTrigger(TTrigger t)
        {
            if (triggerSet.Add(t))
            {
                triggerList.Add(t);
            }
        }

        foreach (var configuration in source.States)
        {
            AddState(configuration.State);
        }

        foreach (var configuration in source.States)
        {
            configuration.Superstates.ForEach(AddState);
            configuration.InitialTargets.ForEach(AddState);
            foreach (var behaviour in configuration.Behaviours)
            {
                AddTrigger(behaviour.Trigger);
                if (behaviour.Kind is BehaviourKind.Permit or BehaviourKind.Reentry)
                {
                    AddState(behaviour.Destination);
                }

                foreach (var possible in behaviour.PossibleDestinations)
                {
                    AddState(possible);
                }
            }

            foreach (var action in configuration.EntryActions.Where(a => a.HasFromTrigger))
            {
                AddTrigger(action.FromTrigger);
            }
        }

        foreach (var trigger in source.Parameters.Keys)
        {
            AddTrigger(trigger);
        }

        var stateIndex = new KeyIndex<TState>(stateList.ToArray());
        var triggerIndex = new KeyIndex<TTrigger>(triggerList.ToArray());
        var nodes = stateList.Select((s, i) => new StateNode<TState, TTrigger>(i, s)).ToArray();

        CheckParameters(source, diagnostics);
        AssignParents(source, stateIndex, nodes, diagnostics);
        var hierarchyValid = CheckCycles(nodes, diagnostics);
        if (hierarchyValid)
        {
            SetDepths(nodes);
        }

        foreach (var configuration in source.States)
        {
            var node = nodes[stateIndex.IndexOf(configuration.State)];
            CheckBehaviours(configuration, diagnostics);
            node.Entry = configuration.EntryActions.ToArray();
            node.Exit = configuration.ExitActions.ToArray();
            node.Activate = configuration.ActivateActions.ToArray();
            node.Deactivate = configuration.DeactivateActions.ToArray();
            node.Behaviours = new TriggerBehaviour<TState, TTrigger>[]?[triggerList.Count];
            foreach (var group in configuration.Behaviours.GroupBy(b => triggerIndex.IndexOf(b.Trigger)))
            {
                node.Behaviours[group.Key] = group
                    .Select(b => b.Kind is BehaviourKind.Permit or BehaviourKind.Reentry ? b.WithDestinationIndex(stateIndex.IndexOf(b.Destination)) : b)
                    .ToArray();
            }

            var initials = configuration.InitialTargets.Distinct().ToArray();
            if (initials.Length > 1)
            {
                diagnostics.Add(Diagnostic.Error(StateMachineMessages.DuplicateInitialTransition, Path(configuration.State), null, ("state", Text(configuration.State)), ("first", Text(initials[0])), ("second", Text(initials[1]))));
            }
            else if (initials.Length == 1)
            {
                var target = stateIndex.IndexOf(initials[0]);
                if (hierarchyValid && (target == node.Index || !IsDescendant(nodes, node.Index, target)))
                {
                    diagnostics.Add(Diagnostic.Error(StateMachineMessages.InitialTransitionNotSubstate, Path(configuration.State), null, ("state", Text(configuration.State)), ("target", Text(initials[0]))));
                }

                node.Initial = target;
            }
        }

        foreach (var node in nodes)
        {
            node.Behaviours = node.Behaviours.Length == triggerList.Count ? node.Behaviours : new TriggerBehaviour<TState, TTrigger>[]?[triggerList.Count];
            node.Children = nodes.Where(n => n.Parent == node.Index).Select(n => n.Index).ToArray();
        }

        if (diagnostics.Count > 0)
        {
            throw new FormworkException(diagnostics);
        }

        var parameters = new TriggerWithParameters<TTrigger>?[triggerList.Count];
        foreach (var (trigger, declared) in source.Parameters)
        {
            parameters[triggerIndex.IndexOf(trigger)] = declared;
        }

        return new StateMachineDefinition<TState, TTrigger>(
            nodes,
            Plans(nodes, triggerList.Count, parameters),
            stateIndex,
            triggerIndex,
            parameters,
            source.FiringMode,
            source.Transitioned,
            source.Completed,
            source.Unhandled,
            source.UnhandledAsync,
            FindAsyncAction(source));
    }

    /// <summary>Works out the plans of every (state, trigger) pair whose behaviours are all permits or reentries into states without an initial transition.</summary>
    private static PlanSet<TState, TTrigger>?[] Plans(StateNode<TState, TTrigger>[] nodes, int triggerCount, TriggerWithParameters<TTrigger>?[] parameters)
    {
        var sets = new PlanSet<TState, TTrigger>?[nodes.Length * triggerCount];
        foreach (var node in nodes)
        {
            for (var ti = 0; ti < triggerCount; ti++)
            {
                if (parameters[ti] is not null)
                {
                    continue;
                }

                TriggerBehaviour<TState, TTrigger>[]? behaviours = null;
                for (var n = node.Index; n >= 0 && behaviours is null; n = nodes[n].Parent)
                {
                    behaviours = nodes[n].Behaviours[ti];
                }

                if (behaviours is null || !behaviours.All(b => b.Kind is BehaviourKind.Permit or BehaviourKind.Reentry && b.DestinationIndex >= 0 && nodes[b.DestinationIndex].Initial < 0))
                {
                    continue;
                }

                sets[(node.Index * triggerCount) + ti] = new(behaviours, behaviours.Select(b => Plan(nodes, node.Index, b)).ToArray());
            }
        }

        return sets;
    }

    private static TransitionPlan<TState, TTrigger> Plan(StateNode<TState, TTrigger>[] nodes, int si, TriggerBehaviour<TState, TTrigger> behaviour)
    {
        var di = behaviour.DestinationIndex;
        var exit = new List<StateAction<TState, TTrigger>>();
        var entry = new List<StateAction<TState, TTrigger>>();
        if (si == di)
        {
            exit.AddRange(nodes[si].Exit);
            entry.AddRange(nodes[si].Entry);
        }
        else
        {
            for (var n = si; n >= 0 && !IsDescendant(nodes, n, di); n = nodes[n].Parent)
            {
                exit.AddRange(nodes[n].Exit);
            }

            var entered = new List<int>();
            for (var n = di; n >= 0 && !IsDescendant(nodes, n, si); n = nodes[n].Parent)
            {
                entered.Add(n);
            }

            entered.Reverse();
            entered.ForEach(n => entry.AddRange(nodes[n].Entry));
        }

        return new(behaviour.Destination, si == di, exit.ToArray(), entry.ToArray());
    }

    internal static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Path(TState state) => "states['" + Text(state) + "']";

    private static void CheckParameters(DefinitionSource<TState, TTrigger> source, List<Diagnostic> diagnostics)
    {
        foreach (var (first, second) in source.ParameterConflicts)
        {
            diagnostics.Add(Diagnostic.Error(StateMachineMessages.ConflictingTriggerParameters, "triggers['" + Text(first.Trigger) + "']", null, ("trigger", Text(first.Trigger)), ("first", TriggerWithParameters<TTrigger>.Describe(first.ParameterTypes)), ("second", TriggerWithParameters<TTrigger>.Describe(second.ParameterTypes))));
        }

        foreach (var configuration in source.States)
        {
            var used = configuration.Behaviours.Select(b => b.Parameters).Concat(configuration.EntryActions.Select(a => a.FromParameters)).OfType<TriggerWithParameters<TTrigger>>();
            foreach (var parameters in used.Distinct())
            {
                source.Parameters.TryGetValue(parameters.Trigger, out var declared);
                if (declared is null || !declared.SameParameters(parameters))
                {
                    diagnostics.Add(Diagnostic.Error(StateMachineMessages.UnknownTriggerParameters, Path(configuration.State), null, ("state", Text(configuration.State)), ("trigger", Text(parameters.Trigger)), ("parameters", TriggerWithParameters<TTrigger>.Describe(parameters.ParameterTypes)), ("declared", declared is null ? "no parameters" : "(" + TriggerWithParameters<TTrigger>.Describe(declared.ParameterTypes) + ")")));
                }
            }
        }
    }

    private static void AssignParents(DefinitionSource<TState, TTrigger> source, KeyIndex<TState> stateIndex, StateNode<TState, TTrigger>[] nodes, List<Diagnostic> diagnostics)
    {
        foreach (var configuration in source.States)
        {
            var superstates = configuration.Superstates.Distinct().ToArray();
            if (superstates.Any(s => States.Equals(s, configuration.State)))
            {
                diagnostics.Add(Diagnostic.Error(StateMachineMessages.SelfSuperstate, Path(configuration.State), null, ("state", Text(configuration.State))));
                continue;
            }

            if (superstates.Length > 1)
            {
                diagnostics.Add(Diagnostic.Error(StateMachineMessages.ConflictingSuperstates, Path(configuration.State), null, ("state", Text(configuration.State)), ("first", Text(superstates[0])), ("second", Text(superstates[1]))));
                continue;
            }

            if (superstates.Length == 1)
            {
                nodes[stateIndex.IndexOf(configuration.State)].Parent = stateIndex.IndexOf(superstates[0]);
            }
        }
    }

    private static bool CheckCycles(StateNode<TState, TTrigger>[] nodes, List<Diagnostic> diagnostics)
    {
        var reported = new HashSet<int>();
        var valid = true;
        foreach (var start in nodes)
        {
            var seen = new List<int>();
            for (var n = start.Index; n >= 0; n = nodes[n].Parent)
            {
                var at = seen.IndexOf(n);
                if (at >= 0)
                {
                    valid = false;
                    var cycle = seen.Skip(at).ToList();
                    if (cycle.Any(reported.Contains))
                    {
                        break;
                    }

                    reported.UnionWith(cycle);
                    var first = cycle.IndexOf(cycle.Min());
                    var ordered = cycle.Skip(first).Concat(cycle.Take(first)).ToList();
                    ordered.Add(ordered[0]);
                    var text = string.Join(" -> ", ordered.Select(i => "'" + Text(nodes[i].State) + "'"));
                    diagnostics.Add(Diagnostic.Error(StateMachineMessages.SubstateCycle, Path(nodes[ordered[0]].State), null, ("cycle", text)));
                    break;
                }

                seen.Add(n);
            }
        }

        if (!valid)
        {
            foreach (var node in nodes)
            {
                node.Parent = -1;
            }
        }

        return valid;
    }

    private static void SetDepths(StateNode<TState, TTrigger>[] nodes)
    {
        foreach (var node in nodes)
        {
            var depth = 0;
            for (var n = node.Parent; n >= 0; n = nodes[n].Parent)
            {
                depth++;
            }

            node.Depth = depth;
        }
    }

    private static bool IsDescendant(StateNode<TState, TTrigger>[] nodes, int ancestor, int node)
    {
        for (var n = node; n >= 0; n = nodes[n].Parent)
        {
            if (n == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckBehaviours(StateConfiguration<TState, TTrigger> configuration, List<Diagnostic> diagnostics)
    {
        foreach (var behaviour in configuration.Behaviours)
        {
            if (behaviour.Kind == BehaviourKind.Permit && States.Equals(behaviour.Destination, configuration.State))
            {
                diagnostics.Add(Diagnostic.Error(StateMachineMessages.PermitToSelf, Path(configuration.State), null, ("state", Text(configuration.State)), ("trigger", Text(behaviour.Trigger))));
            }
        }

        foreach (var group in configuration.Behaviours.Where(b => !b.HasGuards).GroupBy(b => b.Trigger).Where(g => g.Count() > 1))
        {
            diagnostics.Add(Diagnostic.Error(StateMachineMessages.AmbiguousConfiguration, Path(configuration.State), null, ("state", Text(configuration.State)), ("trigger", Text(group.Key)), ("count", group.Count()), ("behaviours", string.Join(", ", group.Select(b => b.Describe())))));
        }
    }

    private static string? FindAsyncAction(DefinitionSource<TState, TTrigger> source)
    {
        foreach (var configuration in source.States)
        {
            var action = configuration.EntryActions.Concat(configuration.ExitActions).Concat(configuration.Behaviours.Select(b => b.Action).OfType<StateAction<TState, TTrigger>>()).FirstOrDefault(a => a.IsAsync);
            if (action is not null)
            {
                return $"'{action.Description}' of state '{Text(configuration.State)}'";
            }

            var activation = configuration.ActivateActions.Concat(configuration.DeactivateActions).FirstOrDefault(a => a.IsAsync);
            if (activation is not null)
            {
                return $"'{activation.Description}' of state '{Text(configuration.State)}'";
            }
        }

        var transition = source.Transitioned.Concat(source.Completed).FirstOrDefault(a => a.IsAsync);
        if (transition is not null)
        {
            return $"transition event '{transition.Description}'";
        }

        return source.UnhandledAsync is null ? null : "OnUnhandledTriggerAsync";
    }
}
