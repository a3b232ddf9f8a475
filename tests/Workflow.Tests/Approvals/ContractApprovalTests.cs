using System;
using System.Linq;
using System.Threading.Tasks;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>S4 contract approval: thresholds, countersign, finance, CEO, or-sign, sequential chain, return, transfer, add-signer, withdraw, timeouts.</summary>
public class ContractApprovalTests
{
    private static async Task<(ApprovalHost Host, WorkflowInstance Instance)> StartAsync(decimal amount)
    {
        var host = new ApprovalHost();
        host.Deploy(ContractWorkflow.Json, ContractWorkflow.Form);
        var instance = await host.StartAsync("contract-approval", ContractWorkflow.Data(amount));
        return (host, instance);
    }

    private static async Task<WorkflowInstance> PassChainAsync(ApprovalHost host, WorkflowInstance instance)
    {
        Assert.Equal(["m1"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "m1");
        Assert.Equal(["m2"], ApprovalHost.Pending(instance));
        return await host.ApproveAsync(instance, "m2");
    }

    [Fact]
    public async Task Start_ManagerChain_IsSequentialUpToTwoLevels()
    {
        var (host, instance) = await StartAsync(10_000);

        Assert.Equal(WorkflowStatus.Running, instance.Status);
        Assert.Equal(["chain"], instance.CurrentNodes);
        var chain = instance.Tasks.Where(t => t.NodeId == "chain").ToArray();
        Assert.Equal(["m1", "m2"], chain.Select(t => t.AssigneeId));
        Assert.Equal([ApprovalTaskStatus.Pending, ApprovalTaskStatus.Waiting], chain.Select(t => t.Status));
        var refused = await host.ActAsync(instance, WorkflowActionKind.Approve, "m2");
        Assert.Equal("FWA0103", refused.Error!.Code);
        Assert.Equal("'m2' has no pending task on instance 'start-1'.", refused.Error.Message);
        Assert.Equal("“m2”在流程实例“start-1”上没有待办任务。", refused.Error.MessageChinese);
    }

    [Fact]
    public async Task Approve_AmountBelow50000_SalesDirectorThenLegalOrSign()
    {
        var (host, instance) = await StartAsync(49_999);
        instance = await PassChainAsync(host, instance);

        Assert.Equal(["director"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "director");
        Assert.Equal(["legal1", "legal2", "legal3"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "legal2");

        Assert.Equal(WorkflowStatus.Approved, instance.Status);
        Assert.Equal(ApprovalHost.Epoch, instance.CompletedAt);
        Assert.Equal(2, instance.Tasks.Count(t => t.NodeId == "legal" && t.Status == ApprovalTaskStatus.Cancelled));
        Assert.Contains(WorkflowEvents.InstanceCompleted, host.EventTypes(instance.Id));
    }

    [Fact]
    public async Task Approve_Amount50000_DirectorAndCeoCountersign()
    {
        var (host, instance) = await StartAsync(50_000);
        instance = await PassChainAsync(host, instance);

        Assert.Equal(["ceo", "director"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "director");
        Assert.Equal(["ceo"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "ceo");
        Assert.Equal(["legal1", "legal2", "legal3"], ApprovalHost.Pending(instance));
    }

    [Fact]
    public async Task Reject_CountersignByOne_RejectsTheInstance()
    {
        var (host, instance) = await StartAsync(80_000);
        instance = await PassChainAsync(host, instance);

        instance = await host.OkAsync(instance, WorkflowActionKind.Reject, "ceo", "价格太低");

        Assert.Equal(WorkflowStatus.Rejected, instance.Status);
        Assert.Empty(ApprovalHost.Pending(instance));
        Assert.Equal("价格太低", instance.Tasks.Single(t => t.AssigneeId == "ceo").Comment);
    }

    [Theory]
    [InlineData(100_000, new[] { "countersign", "legal" })]
    [InlineData(100_001, new[] { "countersign", "finance", "legal" })]
    [InlineData(500_000, new[] { "countersign", "finance", "legal" })]
    [InlineData(500_001, new[] { "countersign", "finance", "ceo", "legal" })]
    public async Task Approve_AmountThresholds_VisitTheConfiguredNodes(int amount, string[] expected)
    {
        var (host, instance) = await StartAsync(amount);
        instance = await PassChainAsync(host, instance);

        var visited = new System.Collections.Generic.List<string>();
        while (instance.Status == WorkflowStatus.Running)
        {
            var node = instance.CurrentNodes.Single();
            visited.Add(node);
            instance = await host.ApproveAsync(instance, ApprovalHost.Pending(instance)[0]);
            if (node == "countersign")
            {
                instance = await host.ApproveAsync(instance, ApprovalHost.Pending(instance)[0]);
            }
        }

        Assert.Equal(expected, visited);
        Assert.Equal(WorkflowStatus.Approved, instance.Status);
    }

    [Fact]
    public async Task Approve_DirectorEditsDiscount_IsRecordedButPriceIsNotWritable()
    {
        var (host, instance) = await StartAsync(10_000);
        instance = await PassChainAsync(host, instance);

        var refused = await host.ActAsync(instance, WorkflowActionKind.Approve, "director", changes: new RecordData().Set("price", Value.FromNumber(1)));
        Assert.Equal("FWA0107", refused.Error!.Code);
        Assert.Equal("price", refused.Error.Path);
        Assert.Equal("You may not change 单价 at node 'director'.", refused.Error.Message);
        Assert.Equal("您无权在节点“director”修改单价。", refused.Error.MessageChinese);
        Assert.Same(instance, (await host.Engine.GetInstanceAsync(instance.Id))!);

        instance = await host.OkAsync(instance, WorkflowActionKind.Approve, "director", "给个折扣", new RecordData().Set("discount", Value.FromNumber(0.2m)));
        Assert.Equal(Value.FromNumber(0.2m), instance.Data["discount"]);
        var entry = (await host.Engine.GetTimelineAsync(instance.Id)).Last(e => e.Action == "approve");
        Assert.Equal("director", entry.ActorId);
        Assert.Equal("director", entry.NodeId);
        Assert.Equal("给个折扣", entry.Comment);
        var change = Assert.Single(entry.Changes);
        Assert.Equal(("discount", Value.FromNumber(0.1m), Value.FromNumber(0.2m)), (change.Field, change.Before, change.After));
    }

    [Fact]
    public async Task Return_ToSubmitter_SubmitterEditsAndResubmits()
    {
        var (host, instance) = await StartAsync(10_000);
        instance = await PassChainAsync(host, instance);

        instance = await host.OkAsync(instance, WorkflowActionKind.Return, "director", "请补充客户等级");
        Assert.Equal(WorkflowStatus.Returned, instance.Status);
        Assert.Empty(ApprovalHost.Pending(instance));
        Assert.Equal("FWA0104", (await host.ActAsync(instance, WorkflowActionKind.Resubmit, "director")).Error!.Code);

        instance = await host.OkAsync(instance, WorkflowActionKind.Resubmit, "sales", changes: new RecordData().Set("amount", Value.FromNumber(60_000)));

        Assert.Equal(WorkflowStatus.Running, instance.Status);
        Assert.Equal(["m1"], ApprovalHost.Pending(instance));
        instance = await PassChainAsync(host, instance);
        Assert.Equal(["ceo", "director"], ApprovalHost.Pending(instance));
    }

    [Fact]
    public async Task Return_ToEarlierNode_ReassignsThatNode()
    {
        var (host, instance) = await StartAsync(10_000);
        instance = await PassChainAsync(host, instance);
        instance = await host.ApproveAsync(instance, "director");

        var refused = await host.ActAsync(instance, WorkflowActionKind.Return, "legal1", target: "ceo");
        Assert.Equal("FWA0108", refused.Error!.Code);
        instance = await host.OkAsync(instance, WorkflowActionKind.Return, "legal1", "金额有误", target: "director");

        Assert.Equal(WorkflowStatus.Running, instance.Status);
        Assert.Equal(["director"], instance.CurrentNodes);
        Assert.Equal(["director"], ApprovalHost.Pending(instance));
        Assert.Equal(2, instance.Tasks.Single(t => t.NodeId == "director" && t.Status == ApprovalTaskStatus.Pending).Visit);
    }

    [Fact]
    public async Task Transfer_PendingTask_MovesItToTheTarget()
    {
        var (host, instance) = await StartAsync(10_000);
        instance = await PassChainAsync(host, instance);

        Assert.Equal("FWA0109", (await host.ActAsync(instance, WorkflowActionKind.Transfer, "director", users: ["gone"])).Error!.Code);
        Assert.Equal("Cannot transfer to 'director': that is yourself.", (await host.ActAsync(instance, WorkflowActionKind.Transfer, "director", users: ["director"])).Error!.Message);
        instance = await host.OkAsync(instance, WorkflowActionKind.Transfer, "director", "出差，转给区域经理", users: ["m2"]);

        Assert.Equal(["m2"], ApprovalHost.Pending(instance));
        var moved = instance.Tasks.Single(t => t.Status == ApprovalTaskStatus.Pending);
        Assert.Equal("director", moved.TransferredFrom);
        Assert.Equal("FWA0103", (await host.ActAsync(instance, WorkflowActionKind.Approve, "director")).Error!.Code);
        instance = await host.ApproveAsync(instance, "m2");
        Assert.Equal(["legal1", "legal2", "legal3"], ApprovalHost.Pending(instance));
    }

    [Fact]
    public async Task AddSigner_Before_SignerDecidesFirstThenTheAdder()
    {
        var (host, instance) = await StartAsync(10_000);
        instance = await PassChainAsync(host, instance);

        instance = await host.OkAsync(instance, WorkflowActionKind.AddSigner, "director", users: ["fin1"], position: AddSignerPosition.Before);
        Assert.Equal(["fin1"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "fin1");
        Assert.Equal(["director"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "director");
        Assert.Equal(["legal"], instance.CurrentNodes);
    }

    [Fact]
    public async Task AddSigner_After_NodeWaitsForTheSigner()
    {
        var (host, instance) = await StartAsync(10_000);
        instance = await PassChainAsync(host, instance);

        instance = await host.OkAsync(instance, WorkflowActionKind.AddSigner, "director", users: ["ceo"], position: AddSignerPosition.After);
        Assert.Equal(["ceo"], ApprovalHost.Pending(instance));
        Assert.Equal(["director"], instance.CurrentNodes);
        instance = await host.ApproveAsync(instance, "ceo");
        Assert.Equal(["legal"], instance.CurrentNodes);
    }

    [Fact]
    public async Task AddSigner_ParallelOnCountersign_SignerMustApproveToo()
    {
        var (host, instance) = await StartAsync(60_000);
        instance = await PassChainAsync(host, instance);

        instance = await host.OkAsync(instance, WorkflowActionKind.AddSigner, "ceo", users: ["fin1"], position: AddSignerPosition.Parallel);
        Assert.Equal(["ceo", "director", "fin1"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "ceo");
        instance = await host.ApproveAsync(instance, "director");
        Assert.Equal(["countersign"], instance.CurrentNodes);
        instance = await host.ApproveAsync(instance, "fin1");
        Assert.Equal(["legal"], instance.CurrentNodes);
    }

    [Fact]
    public async Task Withdraw_BeforeFirstDecision_Withdraws()
    {
        var (host, instance) = await StartAsync(10_000);

        Assert.Equal("FWA0104", (await host.ActAsync(instance, WorkflowActionKind.Withdraw, "m1")).Error!.Code);
        instance = await host.OkAsync(instance, WorkflowActionKind.Withdraw, "sales", "填错了");

        Assert.Equal(WorkflowStatus.Withdrawn, instance.Status);
        Assert.All(instance.Tasks, t => Assert.Equal(ApprovalTaskStatus.Cancelled, t.Status));
        var refused = await host.ActAsync(instance, WorkflowActionKind.Approve, "m1");
        Assert.Equal("The instance is withdrawn; approve is not possible.", refused.Error!.Message);
        Assert.Equal("实例状态为已撤回，无法执行同意。", refused.Error.MessageChinese);
    }

    [Fact]
    public async Task Withdraw_AfterADecision_IsRefusedAndChangesNothing()
    {
        var (host, instance) = await StartAsync(10_000);
        instance = await host.ApproveAsync(instance, "m1");
        var events = host.Outbox.All.Count;

        var refused = await host.ActAsync(instance, WorkflowActionKind.Withdraw, "sales");

        Assert.Equal("The instance can no longer be withdrawn: 'm1' already decided at node 'chain'.", refused.Error!.Message);
        Assert.Equal(instance.Version, (await host.Engine.GetInstanceAsync(instance.Id))!.Version);
        Assert.Equal(events, host.Outbox.All.Count);
    }

    [Fact]
    public async Task Urge_BySubmitter_RemindsPendingApprovers()
    {
        var (host, instance) = await StartAsync(10_000);

        await host.OkAsync(instance, WorkflowActionKind.Urge, "sales", "客户在等");

        var reminded = host.Outbox.All.Single(m => m.Type == WorkflowEvents.TaskReminded);
        Assert.Contains("\"assigneeId\":\"m1\"", reminded.Payload, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"urged\"", reminded.Payload, StringComparison.Ordinal);
        Assert.Equal("FWA0104", (await host.ActAsync(instance, WorkflowActionKind.Urge, "m1")).Error!.Code);
    }

    [Fact]
    public async Task Comment_ByOutsider_IsRefused_ByParticipant_IsOnTheTimeline()
    {
        var (host, instance) = await StartAsync(10_000);

        Assert.Equal("FWA0113", (await host.ActAsync(instance, WorkflowActionKind.Comment, "outsider", "hi")).Error!.Code);
        await host.OkAsync(instance, WorkflowActionKind.Comment, "m1", "看一下附件");

        var timeline = await host.Engine.GetTimelineAsync(instance.Id);
        Assert.Equal(["submit", "comment"], timeline.Select(e => e.Action));
        Assert.True((await host.Engine.ViewAsync(instance.Id, Organization.Actor(host.Directory, "auditor"))).Succeeded);
        Assert.Equal("FWA0113", (await host.Engine.ViewAsync(instance.Id, Organization.Actor(host.Directory, "outsider"))).Error!.Code);
    }

    [Fact]
    public async Task Queries_InboxActedStarted_ListTheRightTasks()
    {
        var (host, instance) = await StartAsync(10_000);
        await host.StartAsync("contract-approval", ContractWorkflow.Data(20_000));
        instance = await host.ApproveAsync(instance, "m1");

        Assert.Single(await host.Engine.GetInboxAsync("m1"));
        Assert.Equal(instance.Id, (await host.Engine.GetInboxAsync("m2")).Single().Instance.Id);
        Assert.Equal("chain", (await host.Engine.GetActedTasksAsync("m1")).Single().Task.NodeId);
        Assert.Equal(2, (await host.Engine.GetStartedAsync("sales")).Count);
    }

    [Fact]
    public async Task Timers_RemindEscalateThenAutoApprove_WithFakeClock()
    {
        var (host, instance) = await StartAsync(10_000);
        instance = await PassChainAsync(host, instance);
        instance = await host.ApproveAsync(instance, "director");
        Assert.Equal(["legal"], instance.CurrentNodes);

        host.Time.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await host.Engine.ProcessDueTimersAsync());
        host.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(3, await host.Engine.ProcessDueTimersAsync());
        Assert.Equal(3, host.Outbox.All.Count(m => m.Type == WorkflowEvents.TaskReminded));

        host.Time.Advance(TimeSpan.FromHours(20));
        Assert.Equal(3, await host.Engine.ProcessDueTimersAsync());
        var escalated = host.Outbox.All.Where(m => m.Type == WorkflowEvents.TaskEscalated).ToArray();
        Assert.Equal(3, escalated.Length);
        Assert.All(escalated, e => Assert.Contains("\"escalateTo\":\"director\"", e.Payload, StringComparison.Ordinal));

        host.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(3, await host.Engine.ProcessDueTimersAsync());
        instance = (await host.Engine.GetInstanceAsync(instance.Id))!;
        Assert.Equal(WorkflowStatus.Approved, instance.Status);
        Assert.Single(instance.Tasks, t => t.Status == ApprovalTaskStatus.AutoApproved && t.DecidedBy == "system");
    }

    [Fact]
    public async Task Timers_ThousandsDue_AllProcessedOnce()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("quick")
            .Start("start", "review")
            .Approval("review", n => n.Role("sales-director").Timeout(new NodeTimeout { AutoAfter = TimeSpan.FromDays(1), AutoAction = TimeoutAction.AutoApprove }).Next("end"))
            .End("end")
            .Build());
        const int Count = 3000;
        for (var i = 0; i < Count; i++)
        {
            await host.StartAsync("quick", new RecordData());
        }

        Assert.Equal(Count, host.Timers.Count);
        host.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(Count, await host.Engine.ProcessDueTimersAsync());
        Assert.Equal(0, await host.Engine.ProcessDueTimersAsync());

        var done = await host.Store.FindAsync(new WorkflowInstanceQuery { Status = WorkflowStatus.Approved, Take = Count });
        Assert.Equal(Count, done.Count);
        Assert.Equal(Count, host.Outbox.All.Count(m => m.Type == WorkflowEvents.InstanceCompleted));
    }

    [Fact]
    public async Task Timers_TaskDecidedBeforeDue_DoNothing()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("quick")
            .Start("start", "review")
            .Approval("review", n => n.Role("sales-director").Timeout(new NodeTimeout { AutoAfter = TimeSpan.FromHours(1), AutoAction = TimeoutAction.AutoReject }).Next("end"))
            .End("end")
            .Build());
        var instance = await host.StartAsync("quick", new RecordData());
        instance = await host.ApproveAsync(instance, "director");

        host.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await host.Engine.ProcessDueTimersAsync());

        var after = (await host.Engine.GetInstanceAsync(instance.Id))!;
        Assert.Equal(WorkflowStatus.Approved, after.Status);
        Assert.Equal(instance.Version, after.Version);
    }

    [Fact]
    public async Task Timers_Transfer_MovesTheTimedOutTask()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("quick")
            .Start("start", "review")
            .Approval("review", n => n.Role("sales-director").Timeout(new NodeTimeout { AutoAfter = TimeSpan.FromHours(8), AutoAction = TimeoutAction.Transfer, TransferTo = "ceo" }).Next("end"))
            .End("end")
            .Build());
        var instance = await host.StartAsync("quick", new RecordData());

        host.Time.Advance(TimeSpan.FromHours(8));
        await host.Engine.ProcessDueTimersAsync();

        Assert.Equal(["ceo"], ApprovalHost.Pending((await host.Engine.GetInstanceAsync(instance.Id))!));
    }
}
