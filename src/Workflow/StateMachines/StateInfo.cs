using System.Collections.Generic;

namespace Formwork.Workflow.StateMachines;

/// <summary>Describes one state of a definition: its place in the hierarchy, its behaviours and its actions.</summary>
public sealed class StateInfo
{
    internal StateInfo(object underlyingState)
    {
        UnderlyingState = underlyingState;
    }

    /// <summary>Gets the state value.</summary>
    public object UnderlyingState { get; }

    /// <summary>Gets the superstate, or <see langword="null"/> for a top-level state.</summary>
    public object? Superstate { get; internal set; }

    /// <summary>Gets the direct substates.</summary>
    public IReadOnlyList<object> Substates { get; internal set; } = [];

    /// <summary>Gets the substate an initial transition moves into, or <see langword="null"/>.</summary>
    public object? InitialTransitionTarget { get; internal set; }

    /// <summary>Gets the behaviours the state configures itself (not those inherited from superstates).</summary>
    public IReadOnlyList<TransitionInfo> Transitions { get; internal set; } = [];

    /// <summary>Gets the entry actions, in order.</summary>
    public IReadOnlyList<ActionInfo> EntryActions { get; internal set; } = [];

    /// <summary>Gets the exit actions, in order.</summary>
    public IReadOnlyList<ActionInfo> ExitActions { get; internal set; } = [];

    /// <summary>Gets the activation actions, in order.</summary>
    public IReadOnlyList<ActionInfo> ActivateActions { get; internal set; } = [];

    /// <summary>Gets the deactivation actions, in order.</summary>
    public IReadOnlyList<ActionInfo> DeactivateActions { get; internal set; } = [];

    /// <summary>Returns the state value as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => UnderlyingState.ToString() ?? string.Empty;
}
