namespace Formwork.Workflow.Tests.StateMachines;

/// <summary>The states of the telephone example Stateless documents, used across the tests.</summary>
public enum Phone
{
    OffHook,
    Ringing,
    Connected,
    OnHold,
    PhoneDestroyed,
}
