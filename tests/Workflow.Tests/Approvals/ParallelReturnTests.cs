using System.Linq;
using System.Threading.Tasks;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>Returns (and configured rejections) into a parallel branch re-enter the fork: the target's branch resumes at the target, every other branch starts again.</summary>
public class ParallelReturnTests
{
    private static async Task<(ApprovalHost Host, WorkflowInstance Instance)> StartAsync()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("review")
            .Start("start", "fork")
            .Fork("fork", "legalA", "finance")
            .Approval("legalA", n => n.Users("legal1").Next("legalB"))
            .Approval("legalB", n => n.Users("legal2").RejectTo("legalA").Next("join"))
            .Approval("finance", n => n.Users("fin1").Next("join"))
            .Join("join", "fork", "ceo")
            .Approval("ceo", n => n.Users("ceo").Next("end"))
            .End("end")
            .Build());
        return (host, await host.StartAsync("review", new RecordData()));
    }

    [Fact]
    public async Task Return_ToEarlierNodeOfTheSameBranch_ReentersTheFork()
    {
        var (host, instance) = await StartAsync();
        instance = await host.ApproveAsync(instance, "legal1");
        var financeTask = instance.Tasks.Single(t => t.AssigneeId == "fin1");

        instance = await host.OkAsync(instance, WorkflowActionKind.Return, "legal2", "条款需重审", target: "legalA");

        Assert.Equal(WorkflowStatus.Running, instance.Status);
        Assert.Equal(["legalA", "finance"], instance.CurrentNodes);
        Assert.Equal(["fin1", "legal1"], ApprovalHost.Pending(instance));
        Assert.Equal(ApprovalTaskStatus.Cancelled, instance.Tasks.Single(t => t.Id == financeTask.Id).Status);
        Assert.Equal(2, instance.Tasks.Single(t => t.AssigneeId == "legal1" && t.IsOpen).Visit);

        instance = await host.ApproveAsync(instance, "fin1");
        instance = await host.ApproveAsync(instance, "legal1");
        instance = await host.ApproveAsync(instance, "legal2");
        Assert.Equal(["ceo"], instance.CurrentNodes);
        instance = await host.ApproveAsync(instance, "ceo");
        Assert.Equal(WorkflowStatus.Approved, instance.Status);
    }

    [Fact]
    public async Task Return_FromAfterTheJoin_ResumesTheTargetBranchAndRestartsTheOthers()
    {
        var (host, instance) = await StartAsync();
        foreach (var user in new[] { "legal1", "fin1", "legal2" })
        {
            instance = await host.ApproveAsync(instance, user);
        }

        instance = await host.OkAsync(instance, WorkflowActionKind.Return, "ceo", target: "legalB");

        Assert.Equal(["legalB", "finance"], instance.CurrentNodes);
        Assert.Equal(["fin1", "legal2"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "legal2");
        Assert.Equal(["finance"], instance.CurrentNodes);
        instance = await host.ApproveAsync(instance, "fin1");
        Assert.Equal(["ceo"], ApprovalHost.Pending(instance));
        Assert.Equal(2, instance.Tasks.Single(t => t.AssigneeId == "ceo" && t.IsOpen).Visit);
    }

    [Fact]
    public async Task Return_IntoTheOtherBranch_ReentersThatBranchAndRestartsTheReturningOne()
    {
        var (host, instance) = await StartAsync();
        instance = await host.ApproveAsync(instance, "legal1");

        instance = await host.OkAsync(instance, WorkflowActionKind.Return, "fin1", target: "legalA");

        Assert.Equal(["fin1", "legal1"], ApprovalHost.Pending(instance));
        Assert.Equal(ApprovalTaskStatus.Cancelled, instance.Tasks.Single(t => t.AssigneeId == "legal2").Status);
    }

    [Fact]
    public async Task Reject_WithRejectToInsideTheBranch_ReentersTheFork()
    {
        var (host, instance) = await StartAsync();
        instance = await host.ApproveAsync(instance, "legal1");
        instance = await host.ApproveAsync(instance, "fin1");

        instance = await host.OkAsync(instance, WorkflowActionKind.Reject, "legal2");

        Assert.Equal(WorkflowStatus.Running, instance.Status);
        Assert.Equal(["fin1", "legal1"], ApprovalHost.Pending(instance));
    }

    [Fact]
    public async Task Return_ToNodeNotPassedYet_IsRefusedAndChangesNothing()
    {
        var (host, instance) = await StartAsync();

        var refused = await host.ActAsync(instance, WorkflowActionKind.Return, "fin1", target: "legalB");

        Assert.Equal("FWA0108", refused.Error!.Code);
        Assert.Equal("Cannot return to 'legalB': only the submitter or an approval or handler node the instance already passed can be returned to.", refused.Error.Message);
        Assert.Same(instance, await host.Engine.GetInstanceAsync(instance.Id));
    }

    [Fact]
    public async Task Return_IntoNestedFork_ReentersOuterAndInnerForks()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("nested")
            .Start("start", "outer")
            .Fork("outer", "a", "inner")
            .Approval("a", n => n.Users("m1").Next("outerJoin"))
            .Fork("inner", "b", "c")
            .Approval("b", n => n.Users("m2").Next("innerJoin"))
            .Approval("c", n => n.Users("director").Next("innerJoin"))
            .Join("innerJoin", "inner", "d")
            .Approval("d", n => n.Users("ceo").Next("outerJoin"))
            .Join("outerJoin", "outer", "end")
            .End("end")
            .Build());
        var instance = await host.StartAsync("nested", new RecordData());
        foreach (var user in new[] { "m1", "m2", "director" })
        {
            instance = await host.ApproveAsync(instance, user);
        }

        instance = await host.OkAsync(instance, WorkflowActionKind.Return, "ceo", target: "b");

        Assert.Equal(["a", "b", "c"], instance.CurrentNodes);
        foreach (var user in new[] { "director", "m2", "m1" })
        {
            instance = await host.ApproveAsync(instance, user);
        }

        Assert.Equal(["d"], instance.CurrentNodes);
        instance = await host.ApproveAsync(instance, "ceo");
        Assert.Equal(WorkflowStatus.Approved, instance.Status);
    }
}
