namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>A trigger fired from inside an action, waiting for the transition in progress to complete.</summary>
internal readonly record struct PendingTrigger<TTrigger>(TTrigger Trigger, TriggerWithParameters<TTrigger>? Parameters, object?[]? Arguments)
    where TTrigger : notnull;
