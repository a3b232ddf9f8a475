namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>
/// A transition worked out when the definition is built, for one <c>Permit</c> or <c>PermitReentry</c> from one
/// state into a destination without an initial transition: the exit actions to run (innermost first) and the entry
/// actions to run (outermost first), so firing needs no hierarchy walk.
/// </summary>
internal sealed class TransitionPlan<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    public TransitionPlan(TState destination, bool reentry, StateAction<TState, TTrigger>[] exit, StateAction<TState, TTrigger>[] entry)
    {
        Destination = destination;
        Reentry = reentry;
        Exit = exit;
        Entry = entry;
    }

    public TState Destination { get; }

    public bool Reentry { get; }

    public StateAction<TState, TTrigger>[] Exit { get; }

    public StateAction<TState, TTrigger>[] Entry { get; }
}
