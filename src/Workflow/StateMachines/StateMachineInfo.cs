using System;
using System.Collections.Generic;

namespace Formwork.Workflow.StateMachines;

/// <summary>Describes a whole definition, for documentation, designers and diagram export (<see cref="StateMachineDefinition{TState, TTrigger}.GetInfo"/>).</summary>
public sealed class StateMachineInfo
{
    internal StateMachineInfo(Type stateType, Type triggerType, IReadOnlyList<StateInfo> states)
    {
        StateType = stateType;
        TriggerType = triggerType;
        States = states;
    }

    /// <summary>Gets the type of the states.</summary>
    public Type StateType { get; }

    /// <summary>Gets the type of the triggers.</summary>
    public Type TriggerType { get; }

    /// <summary>Gets every state, in definition order.</summary>
    public IReadOnlyList<StateInfo> States { get; }
}
