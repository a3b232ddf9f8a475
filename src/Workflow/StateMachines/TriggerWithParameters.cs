using System;
using System.Collections.Generic;
using System.Linq;

namespace Formwork.Workflow.StateMachines;

/// <summary>
/// A trigger that carries typed parameters. Create one with
/// <see cref="StateMachineBuilder{TState, TTrigger}.SetTriggerParameters{TArg0}(TTrigger)"/> (or its 2- and 3-parameter
/// overloads) and pass it to <c>Fire</c>, <c>PermitIf</c>, <c>PermitDynamic</c>, <c>OnEntryFrom</c> and
/// <c>InternalTransition</c> to get the arguments typed.
/// </summary>
/// <typeparam name="TTrigger">The type of the triggers.</typeparam>
public abstract class TriggerWithParameters<TTrigger>
    where TTrigger : notnull
{
    private protected TriggerWithParameters(TTrigger trigger, params Type[] parameterTypes)
    {
        Trigger = trigger;
        ParameterTypes = parameterTypes;
    }

    /// <summary>Gets the underlying trigger.</summary>
    public TTrigger Trigger { get; }

    /// <summary>Gets the types of the parameters, in order.</summary>
    public IReadOnlyList<Type> ParameterTypes { get; }

    /// <summary>Returns the trigger and its parameter types, such as <c>Assign(String, Int32)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Trigger}({Describe(ParameterTypes)})";

    internal static string Describe(IEnumerable<Type> types) => string.Join(", ", types.Select(t => t.Name));

    internal bool SameParameters(TriggerWithParameters<TTrigger> other) =>
        ParameterTypes.Count == other.ParameterTypes.Count && ParameterTypes.SequenceEqual(other.ParameterTypes);
}
