using System;
using System.Linq;

namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>Builds the public description of a definition from its compiled nodes.</summary>
internal static class InfoBuilder<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    public static StateMachineInfo Build(StateMachineDefinition<TState, TTrigger> definition)
    {
        var nodes = definition.Nodes;
        var states = nodes.Select(node => new StateInfo(node.State)
        {
            Superstate = node.Parent >= 0 ? nodes[node.Parent].State : null,
            Substates = node.Children.Select(c => (object)nodes[c].State).ToArray(),
            InitialTransitionTarget = node.Initial >= 0 ? nodes[node.Initial].State : null,
            Transitions = node.Behaviours.Where(b => b is not null).SelectMany(b => b!).Select(b => Describe(definition, node, b)).ToArray(),
            EntryActions = node.Entry.Select(a => new ActionInfo(a.Description, a.IsAsync, a.HasFromTrigger ? a.FromTrigger : null)).ToArray(),
            ExitActions = node.Exit.Select(a => new ActionInfo(a.Description, a.IsAsync, null)).ToArray(),
            ActivateActions = node.Activate.Select(a => new ActionInfo(a.Description, a.IsAsync, null)).ToArray(),
            DeactivateActions = node.Deactivate.Select(a => new ActionInfo(a.Description, a.IsAsync, null)).ToArray(),
        }).ToArray();
        return new StateMachineInfo(typeof(TState), typeof(TTrigger), states);
    }

    private static TransitionInfo Describe(StateMachineDefinition<TState, TTrigger> definition, StateNode<TState, TTrigger> node, TriggerBehaviour<TState, TTrigger> behaviour)
    {
        var parameters = definition.Parameters[definition.TriggerIndex.IndexOf(behaviour.Trigger)]?.ParameterTypes ?? Array.Empty<Type>();
        var kind = behaviour.Kind switch
        {
            BehaviourKind.Permit => TransitionKind.Permit,
            BehaviourKind.Reentry => TransitionKind.Reentry,
            BehaviourKind.Dynamic => TransitionKind.Dynamic,
            BehaviourKind.Ignore => TransitionKind.Ignore,
            _ => TransitionKind.Internal,
        };
        object? destination = behaviour.Kind switch
        {
            BehaviourKind.Permit or BehaviourKind.Reentry => behaviour.Destination,
            BehaviourKind.Internal => node.State,
            _ => null,
        };
        return new TransitionInfo(
            kind,
            behaviour.Trigger,
            parameters,
            destination,
            behaviour.PossibleDestinations.Select(d => (object)d).ToArray(),
            behaviour.Guards.Select(g => g.Description).ToArray(),
            behaviour.Description);
    }
}
