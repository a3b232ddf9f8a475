using System.Collections.Generic;
using Formwork.Workflow.StateMachines;

namespace Formwork.Workflow.Tests.StateMachines;

/// <summary>The contract-approval example of <c>docs/state-machines.md</c>: one definition shared by every contract.</summary>
public static class ContractApproval
{
    public enum Status
    {
        Draft,
        InReview,
        ManagerReview,
        DirectorReview,
        Approved,
        Rejected,
    }

    public enum Action
    {
        Submit,
        Approve,
        Reject,
        Withdraw,
        Comment,
    }

    public static StateMachineDefinition<Status, Action> Build(List<string> log) => Build(log, out _, out _);

    public static StateMachineDefinition<Status, Action> Build(List<string> log, out TriggerWithParameters<Action, string, decimal> approve, out TriggerWithParameters<Action, string> comment)
    {
        var builder = new StateMachineBuilder<Status, Action>();
        approve = builder.SetTriggerParameters<string, decimal>(Action.Approve);
        comment = builder.SetTriggerParameters<string>(Action.Comment);
        builder.Configure(Status.Draft)
            .PermitIf(Action.Submit, Status.InReview, () => true, "form is valid")
            .OnExit(() => log.Add("lock the form"), "lock the form");
        builder.Configure(Status.InReview)
            .InitialTransition(Status.ManagerReview)
            .Permit(Action.Withdraw, Status.Draft)
            .Permit(Action.Reject, Status.Rejected)
            .InternalTransition(comment, (text, _) => log.Add("comment: " + text), "record the comment");
        builder.Configure(Status.ManagerReview)
            .SubstateOf(Status.InReview)
            .PermitDynamic(approve, (approver, amount) => amount >= 50_000m ? Status.DirectorReview : Status.Approved, "by amount", Status.DirectorReview, Status.Approved);
        builder.Configure(Status.DirectorReview)
            .SubstateOf(Status.InReview)
            .PermitIf(approve, Status.Approved, (approver, _) => approver == "director", "approver is the director");
        builder.Configure(Status.Approved)
            .OnEntry(t => log.Add("publish ERP event for " + t.Machine.Context), "publish ERP event");
        builder.Configure(Status.Rejected)
            .Permit(Action.Withdraw, Status.Draft);
        return builder.Build();
    }
}
