using System;

namespace Formwork.Workflow.StateMachines;

/// <summary>A trigger with 2 parameters.</summary>
/// <typeparam name="TTrigger">The type of the triggers.</typeparam>
/// <typeparam name="TArg0">The type of the first parameter.</typeparam>
/// <typeparam name="TArg1">The type of the second parameter.</typeparam>
public sealed class TriggerWithParameters<TTrigger, TArg0, TArg1> : TriggerWithParameters<TTrigger>
    where TTrigger : notnull
{
    internal TriggerWithParameters(TTrigger trigger)
        : base(trigger, typeof(TArg0), typeof(TArg1))
    {
    }
}
