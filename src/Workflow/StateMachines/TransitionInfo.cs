using System;
using System.Collections.Generic;

namespace Formwork.Workflow.StateMachines;

/// <summary>Describes how a state handles one trigger: the kind of behaviour, its destination(s) and its guards.</summary>
public sealed class TransitionInfo
{
    internal TransitionInfo(TransitionKind kind, object trigger, IReadOnlyList<Type> parameterTypes, object? destination, IReadOnlyList<object> possibleDestinations, IReadOnlyList<string> guardDescriptions, string? description)
    {
        Kind = kind;
        Trigger = trigger;
        ParameterTypes = parameterTypes;
        Destination = destination;
        PossibleDestinations = possibleDestinations;
        GuardDescriptions = guardDescriptions;
        Description = description;
    }

    /// <summary>Gets what the behaviour does.</summary>
    public TransitionKind Kind { get; }

    /// <summary>Gets the trigger.</summary>
    public object Trigger { get; }

    /// <summary>Gets the types of the trigger's parameters (empty when it has none).</summary>
    public IReadOnlyList<Type> ParameterTypes { get; }

    /// <summary>Gets the fixed destination (permit and reentry; the state itself for an internal transition), or <see langword="null"/>.</summary>
    public object? Destination { get; }

    /// <summary>Gets the destinations a dynamic transition declared it may choose.</summary>
    public IReadOnlyList<object> PossibleDestinations { get; }

    /// <summary>Gets the descriptions of the guards, in order.</summary>
    public IReadOnlyList<string> GuardDescriptions { get; }

    /// <summary>Gets the description of a dynamic selector or internal action, or <see langword="null"/>.</summary>
    public string? Description { get; }
}
