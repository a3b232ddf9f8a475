namespace Formwork.Workflow.StateMachines;

/// <summary>What a configured behaviour does with its trigger (see <see cref="TransitionInfo"/>).</summary>
public enum TransitionKind
{
    /// <summary>Moves to a fixed destination (<c>Permit</c>, <c>PermitIf</c>).</summary>
    Permit,

    /// <summary>Exits and re-enters the state (<c>PermitReentry</c>).</summary>
    Reentry,

    /// <summary>Moves to a destination chosen when fired (<c>PermitDynamic</c>).</summary>
    Dynamic,

    /// <summary>Accepts the trigger and does nothing (<c>Ignore</c>).</summary>
    Ignore,

    /// <summary>Runs an action without exiting or entering (<c>InternalTransition</c>).</summary>
    Internal,
}
