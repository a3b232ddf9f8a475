using System;
using System.Linq;
using System.Threading.Tasks;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>Handler nodes, configured rejection targets, sequential rejection and signer rules.</summary>
public class ApprovalNodeTests
{
    [Fact]
    public async Task Handler_CompletesButCannotReject()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("handle")
            .Start("start", "archive")
            .Handler("archive", n => n.Users("fin1", "m1").Next("end"))
            .End("end")
            .Build());
        var instance = await host.StartAsync("handle", new RecordData());

        var refused = await host.ActAsync(instance, WorkflowActionKind.Reject, "fin1");
        Assert.Equal("The node 'archive' is a handler node: it can be completed or returned, not rejected.", refused.Error!.Message);
        instance = await host.ApproveAsync(instance, "m1");

        Assert.Equal(WorkflowStatus.Approved, instance.Status);
        Assert.Contains(host.Audit.All, e => e.Action == "complete" && e.ActorId == "m1");
    }

    [Fact]
    public async Task Reject_WithRejectTo_GoesBackToThatNode()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("loop")
            .Start("start", "first")
            .Approval("first", n => n.Users("m1").Next("second"))
            .Approval("second", n => n.Users("m2").RejectTo("first").Next("end"))
            .End("end")
            .Build());
        var instance = await host.StartAsync("loop", new RecordData());
        instance = await host.ApproveAsync(instance, "m1");

        instance = await host.OkAsync(instance, WorkflowActionKind.Reject, "m2", "重新确认");

        Assert.Equal(WorkflowStatus.Running, instance.Status);
        Assert.Equal(["first"], instance.CurrentNodes);
        Assert.Equal(["m1"], ApprovalHost.Pending(instance));
    }

    [Fact]
    public async Task Reject_WithRejectToStart_ReturnsToTheSubmitter()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("back")
            .Start("start", "review")
            .Approval("review", n => n.Users("m1").RejectTo("start").Next("end"))
            .End("end")
            .Build());
        var instance = await host.StartAsync("back", new RecordData());

        instance = await host.OkAsync(instance, WorkflowActionKind.Reject, "m1");

        Assert.Equal(WorkflowStatus.Returned, instance.Status);
        instance = await host.OkAsync(instance, WorkflowActionKind.Withdraw, "sales");
        Assert.Equal(WorkflowStatus.Withdrawn, instance.Status);
    }

    [Fact]
    public async Task Sequential_RejectionByAnyone_RejectsAndSkipsTheRest()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("seq")
            .Start("start", "chain")
            .Approval("chain", n => n.ManagerChain(0, "sales-director").Mode(ApprovalMode.Sequential).Next("end"))
            .End("end")
            .Build());
        var instance = await host.StartAsync("seq", new RecordData());
        Assert.Equal(["m1", "m2", "director"], instance.Tasks.Select(t => t.AssigneeId));

        instance = await host.ApproveAsync(instance, "m1");
        instance = await host.OkAsync(instance, WorkflowActionKind.Reject, "m2");

        Assert.Equal(WorkflowStatus.Rejected, instance.Status);
        Assert.Equal(ApprovalTaskStatus.Cancelled, instance.Tasks.Single(t => t.AssigneeId == "director").Status);
    }

    [Fact]
    public async Task AddSigner_TwoBefore_BothSignBeforeTheAdder()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("one")
            .Start("start", "a")
            .Approval("a", n => n.Users("m1").Next("end"))
            .End("end")
            .Build());
        var instance = await host.StartAsync("one", new RecordData());

        instance = await host.OkAsync(instance, WorkflowActionKind.AddSigner, "m1", users: ["m2", "ceo"], position: AddSignerPosition.Before);

        Assert.Equal(["ceo", "m2"], ApprovalHost.Pending(instance));
        Assert.All(instance.Tasks.Where(t => t.AssigneeId != "m1"), t => Assert.Equal(instance.Tasks[0].Id, t.AddedFor));
        Assert.Equal(ApprovalTaskStatus.Waiting, instance.Tasks[0].Status);
    }

    [Fact]
    public void Export_ConditionWithQuotes_IsValidMermaid()
    {
        var scope = new Formwork.Expressions.FormulaScope().AddField("level", ValueKind.Text);
        var workflow = new WorkflowDefinitionLoader().Compile(new WorkflowBuilder("vip")
            .Start("start", "c")
            .Condition("c", b => b.When("level = \"VIP\"", "ceo", "VIP").Otherwise("end"))
            .Approval("ceo", n => n.Users("ceo").Next("end"))
            .End("end")
            .Build(), scope).GetWorkflowOrThrow();

        var mermaid = workflow.ToMermaid();

        Assert.Contains("|\"level = #quot;VIP#quot;\"|", mermaid, StringComparison.Ordinal);
        Assert.Contains("[label=\"level = \\\"VIP\\\"\"]", workflow.ToDot(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTimers_FakeClockTicks_ProcessesDueTimersUntilCancelled()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("quick")
            .Start("start", "review")
            .Approval("review", n => n.Users("m1").Timeout(new NodeTimeout { AutoAfter = TimeSpan.FromHours(1), AutoAction = TimeoutAction.AutoApprove }).Next("end"))
            .End("end")
            .Build());
        var instance = await host.StartAsync("quick", new RecordData());
        using var stop = new System.Threading.CancellationTokenSource();
        var loop = host.Engine.RunTimersAsync(TimeSpan.FromMinutes(1), stop.Token);

        host.Time.Advance(TimeSpan.FromHours(1));
        for (var i = 0; i < 500 && (await host.Engine.GetInstanceAsync(instance.Id))!.Status == WorkflowStatus.Running; i++)
        {
            await Task.Delay(10);
        }

        await stop.CancelAsync();
        await loop;
        Assert.Equal(WorkflowStatus.Approved, (await host.Engine.GetInstanceAsync(instance.Id))!.Status);
    }
}
