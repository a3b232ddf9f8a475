namespace Formwork.Workflow.Tests.StateMachines;

/// <summary>The triggers of the telephone example.</summary>
public enum Call
{
    CallDialled,
    CallConnected,
    LeftMessage,
    PlacedOnHold,
    TakenOffHold,
    PhoneHurledAgainstWall,
    HungUp,
    MuteMicrophone,
}
