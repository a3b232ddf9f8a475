namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>What a configured behaviour does with its trigger.</summary>
internal enum BehaviourKind
{
    Permit,
    Reentry,
    Dynamic,
    Ignore,
    Internal,
}
