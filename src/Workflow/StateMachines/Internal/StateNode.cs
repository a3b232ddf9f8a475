namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>One state of a built definition: its place in the hierarchy, its actions and its behaviours per trigger index.</summary>
internal sealed class StateNode<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    public StateNode(int index, TState state)
    {
        Index = index;
        State = state;
    }

    public int Index { get; }

    public TState State { get; }

    public int Parent { get; set; } = -1;

    public int Depth { get; set; }

    public int Initial { get; set; } = -1;

    public int[] Children { get; set; } = [];

    public StateAction<TState, TTrigger>[] Entry { get; set; } = [];

    public StateAction<TState, TTrigger>[] Exit { get; set; } = [];

    public ActivationAction[] Activate { get; set; } = [];

    public ActivationAction[] Deactivate { get; set; } = [];

    /// <summary>Gets or sets the behaviours by trigger index (<see langword="null"/> where the state does not handle the trigger itself).</summary>
    public TriggerBehaviour<TState, TTrigger>[]?[] Behaviours { get; set; } = [];
}
