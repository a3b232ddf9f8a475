using System;

namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>How one state handles one trigger: a permitted transition, a reentry, a dynamic destination, an ignore or an internal transition.</summary>
internal sealed class TriggerBehaviour<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    private static readonly GuardClause<TState, TTrigger>[] NoGuards = [];

    public TriggerBehaviour(BehaviourKind kind, TTrigger trigger, TriggerWithParameters<TTrigger>? parameters, GuardClause<TState, TTrigger>[]? guards)
    {
        Kind = kind;
        Trigger = trigger;
        Parameters = parameters;
        Guards = guards ?? NoGuards;
    }

    public BehaviourKind Kind { get; }

    public TTrigger Trigger { get; }

    /// <summary>Gets the parameterized trigger the behaviour was configured with, if any.</summary>
    public TriggerWithParameters<TTrigger>? Parameters { get; }

    public GuardClause<TState, TTrigger>[] Guards { get; }

    /// <summary>Gets the fixed destination (permit and reentry).</summary>
    public TState Destination { get; init; } = default!;

    /// <summary>Gets the node index of the fixed destination; set when the definition is built.</summary>
    public int DestinationIndex { get; init; } = -1;

    /// <summary>Gets the destination selector of a dynamic transition.</summary>
    public Func<object?[]?, TState>? Selector { get; init; }

    /// <summary>Gets the description of a dynamic selector or internal action.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the destinations a dynamic transition may choose (for diagrams), when declared.</summary>
    public TState[] PossibleDestinations { get; init; } = [];

    /// <summary>Gets the action of an internal transition.</summary>
    public StateAction<TState, TTrigger>? Action { get; init; }

    public bool HasGuards => Guards.Length > 0;

    public bool GuardsMet(object?[]? arguments)
    {
        foreach (var guard in Guards)
        {
            if (!guard.IsMet(arguments))
            {
                return false;
            }
        }

        return true;
    }

    public TriggerBehaviour<TState, TTrigger> WithDestinationIndex(int index) => new(Kind, Trigger, Parameters, Guards)
    {
        Destination = Destination,
        DestinationIndex = index,
        Selector = Selector,
        Description = Description,
        PossibleDestinations = PossibleDestinations,
        Action = Action,
    };

    public string Describe() => Kind switch
    {
        BehaviourKind.Permit => $"Permit to '{Destination}'",
        BehaviourKind.Reentry => "PermitReentry",
        BehaviourKind.Dynamic => $"PermitDynamic ({Description})",
        BehaviourKind.Ignore => "Ignore",
        _ => $"InternalTransition ({Description})",
    };
}
