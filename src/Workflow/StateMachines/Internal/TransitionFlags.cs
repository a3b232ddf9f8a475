using System;

namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>What kind of transition a transition is (reentry, initial, internal).</summary>
[Flags]
internal enum TransitionFlags
{
    None = 0,
    Reentry = 1,
    Initial = 2,
    Internal = 4,
}
