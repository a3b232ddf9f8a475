using System;
using System.Collections.Generic;
using System.Globalization;
using Formwork.Diagnostics;

namespace Formwork.Workflow.StateMachines;

/// <summary>
/// Thrown when a fired trigger is not accepted in the current state: nothing handles it (<c>FWW0101</c>) or every
/// behaviour for it is blocked by a guard (<c>FWW0102</c>, naming each unmet guard). Nothing changed.
/// </summary>
public sealed class TriggerNotPermittedException : FormworkException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="state">The current state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="unmetGuards">The descriptions of the guards that blocked the trigger (empty when nothing handles it).</param>
    public TriggerNotPermittedException(object state, object trigger, IReadOnlyList<string> unmetGuards)
        : base(Create(state, trigger, unmetGuards))
    {
        State = state;
        Trigger = trigger;
        UnmetGuards = unmetGuards;
    }

    /// <summary>Gets the state the machine was in.</summary>
    public object State { get; }

    /// <summary>Gets the trigger that was refused.</summary>
    public object Trigger { get; }

    /// <summary>Gets the descriptions of the guards that blocked the trigger.</summary>
    public IReadOnlyList<string> UnmetGuards { get; }

    private static Diagnostic Create(object state, object trigger, IReadOnlyList<string> unmetGuards)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(unmetGuards);
        var stateText = Convert.ToString(state, CultureInfo.InvariantCulture);
        var triggerText = Convert.ToString(trigger, CultureInfo.InvariantCulture);
        return unmetGuards.Count == 0
            ? Diagnostic.Error(StateMachineMessages.TriggerNotPermitted, null, null, ("state", stateText), ("trigger", triggerText))
            : Diagnostic.Error(StateMachineMessages.TriggerGuardedOut, null, null, ("state", stateText), ("trigger", triggerText), ("guards", "'" + string.Join("', '", unmetGuards) + "'"));
    }
}
