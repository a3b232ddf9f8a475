namespace Formwork.Workflow.StateMachines;

/// <summary>How a trigger fired from inside an action (entry, exit, internal transition, transition event) is processed.</summary>
public enum FiringMode
{
    /// <summary>
    /// Run-to-completion (the default): the trigger is queued and processed after the transition in progress has
    /// finished, so every action sees a consistent state.
    /// </summary>
    Queued,

    /// <summary>The trigger is processed at once, nested inside the transition in progress (the state may change under it).</summary>
    Immediate,
}
