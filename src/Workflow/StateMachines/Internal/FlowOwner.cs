namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>The machines an asynchronous flow is firing, innermost first, so a call from an action is recognised as re-entrant.</summary>
internal sealed record FlowOwner(object Machine, FlowOwner? Next);
