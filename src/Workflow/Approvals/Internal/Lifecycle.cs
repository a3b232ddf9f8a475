using Formwork.Workflow.StateMachines;

namespace Formwork.Workflow.Internal;

/// <summary>The triggers of the instance lifecycle.</summary>
internal enum LifecycleTrigger
{
    Submit,
    Approve,
    Reject,
    Return,
    Resubmit,
    Withdraw,
}

/// <summary>The instance lifecycle on the state machine core: one immutable definition; each instance's status lives in the instance.</summary>
internal static class Lifecycle
{
    public static readonly StateMachineDefinition<WorkflowStatus, LifecycleTrigger> Definition = Build();

    public static bool CanFire(WorkflowStatus status, LifecycleTrigger trigger) => Definition.CreateInstance(status).CanFire(trigger);

    public static WorkflowStatus Fire(WorkflowStatus status, LifecycleTrigger trigger)
    {
        var machine = Definition.CreateInstance(status);
        machine.Fire(trigger);
        return machine.State;
    }

    private static StateMachineDefinition<WorkflowStatus, LifecycleTrigger> Build()
    {
        var builder = new StateMachineBuilder<WorkflowStatus, LifecycleTrigger>();
        builder.Configure(WorkflowStatus.Draft).Permit(LifecycleTrigger.Submit, WorkflowStatus.Running);
        builder.Configure(WorkflowStatus.Running)
            .Permit(LifecycleTrigger.Approve, WorkflowStatus.Approved)
            .Permit(LifecycleTrigger.Reject, WorkflowStatus.Rejected)
            .Permit(LifecycleTrigger.Return, WorkflowStatus.Returned)
            .Permit(LifecycleTrigger.Withdraw, WorkflowStatus.Withdrawn);
        builder.Configure(WorkflowStatus.Returned)
            .Permit(LifecycleTrigger.Resubmit, WorkflowStatus.Running)
            .Permit(LifecycleTrigger.Withdraw, WorkflowStatus.Withdrawn);
        builder.Configure(WorkflowStatus.Approved);
        builder.Configure(WorkflowStatus.Rejected);
        builder.Configure(WorkflowStatus.Withdrawn);
        return builder.Build();
    }
}
