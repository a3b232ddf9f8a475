using System;
using System.Linq;
using System.Threading.Tasks;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>Many approvers acting at once on one countersign node: every decision is recorded once, none is lost.</summary>
public class ConcurrencyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Approve_ManyThreadsOnOneCountersignNode_AllRecordedOnce(int seed)
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("board")
            .Start("start", "vote")
            .Approval("vote", n => n.Role("board").Mode(ApprovalMode.Countersign).Next("end"))
            .End("end")
            .Build());
        var instance = await host.StartAsync("board", new RecordData());
        var approvers = ApprovalHost.Pending(instance);
        Assert.Equal(64, approvers.Length);
        var random = new Random(seed);
        var order = approvers.OrderBy(_ => random.Next()).ToArray();

        var results = await Task.WhenAll(order.Select(user => Task.Run(() => host.ActAsync(instance, WorkflowActionKind.Approve, user, key: "approve-" + user))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.ToString()));
        var final = (await host.Engine.GetInstanceAsync(instance.Id))!;
        Assert.Equal(WorkflowStatus.Approved, final.Status);
        Assert.Equal(64, final.Tasks.Count(t => t.Status == ApprovalTaskStatus.Approved));
        Assert.Equal(65, final.Version);
        Assert.Equal(64, host.Audit.All.Count(e => e.Action == "approve"));
        Assert.Equal(64, host.Outbox.All.Count(m => m.Type == WorkflowEvents.TaskCompleted));
        Assert.Single(host.Outbox.All, m => m.Type == WorkflowEvents.NodeCompleted);
        Assert.Single(host.Outbox.All, m => m.Type == WorkflowEvents.InstanceCompleted);
    }

    [Fact]
    public async Task Approve_SameKeyFromManyThreads_AppliedOnce()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("board")
            .Start("start", "vote")
            .Approval("vote", n => n.Role("board").Mode(ApprovalMode.Countersign).Next("end"))
            .End("end")
            .Build());
        var instance = await host.StartAsync("board", new RecordData());

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => host.ActAsync(instance, WorkflowActionKind.Approve, "board00", key: "same"))));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(15, results.Count(r => r.IsDuplicate));
        Assert.Single(host.Audit.All, e => e.Action == "approve");
    }
}
