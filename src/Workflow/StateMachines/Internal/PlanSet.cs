namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>
/// The behaviours that handle one trigger in one state (found on the state or its nearest superstate that handles
/// it) with the precomputed plan of each, when every one of them is a permit or reentry that a plan can run.
/// </summary>
internal sealed class PlanSet<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    public PlanSet(TriggerBehaviour<TState, TTrigger>[] behaviours, TransitionPlan<TState, TTrigger>[] plans)
    {
        Behaviours = behaviours;
        Plans = plans;
    }

    public TriggerBehaviour<TState, TTrigger>[] Behaviours { get; }

    public TransitionPlan<TState, TTrigger>[] Plans { get; }

    /// <summary>Returns the plan of the one behaviour whose guards are met, or <see langword="null"/> when none or several are (the general path then decides and reports).</summary>
    public TransitionPlan<TState, TTrigger>? Choose()
    {
        TransitionPlan<TState, TTrigger>? chosen = null;
        var behaviours = Behaviours;
        for (var i = 0; i < behaviours.Length; i++)
        {
            var behaviour = behaviours[i];
            if (!behaviour.HasGuards || behaviour.GuardsMet(null))
            {
                if (chosen is not null)
                {
                    return null;
                }

                chosen = Plans[i];
            }
        }

        return chosen;
    }
}
