using System;
using System.Linq.Expressions;
using Formwork.Rules.Internal;

namespace Formwork.Rules;

/// <summary>
/// The fluent builder of a rule's actions, returned by <see cref="Rule"/>'s <c>Then()</c>. Actions use the variables bound
/// in <c>When()</c> and the <see cref="IContext"/> (to insert, update or retract facts).
/// </summary>
public sealed class RightHandSide
{
    private readonly DefinitionState _state;

    internal RightHandSide(DefinitionState state)
    {
        _state = state;
    }

    /// <summary>Adds an action: <c>Do(ctx =&gt; Route(lead))</c>, <c>Do(ctx =&gt; ctx.Update(lead))</c>.</summary>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    public RightHandSide Do(Expression<Action<IContext>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _state.Actions.Add(_state.Action(action));
        return this;
    }
}
