using System;

namespace Formwork.Workflow.StateMachines;

/// <summary>A trigger with one parameter.</summary>
/// <typeparam name="TTrigger">The type of the triggers.</typeparam>
/// <typeparam name="TArg0">The type of the parameter.</typeparam>
public sealed class TriggerWithParameters<TTrigger, TArg0> : TriggerWithParameters<TTrigger>
    where TTrigger : notnull
{
    internal TriggerWithParameters(TTrigger trigger)
        : base(trigger, typeof(TArg0))
    {
    }
}
