using System;

namespace Formwork.Workflow.StateMachines;

/// <summary>A trigger with 3 parameters.</summary>
/// <typeparam name="TTrigger">The type of the triggers.</typeparam>
/// <typeparam name="TArg0">The type of the first parameter.</typeparam>
/// <typeparam name="TArg1">The type of the second parameter.</typeparam>
/// <typeparam name="TArg2">The type of the third parameter.</typeparam>
public sealed class TriggerWithParameters<TTrigger, TArg0, TArg1, TArg2> : TriggerWithParameters<TTrigger>
    where TTrigger : notnull
{
    internal TriggerWithParameters(TTrigger trigger)
        : base(trigger, typeof(TArg0), typeof(TArg1), typeof(TArg2))
    {
    }
}
