using System.Threading.Tasks;
using Formwork.Identity;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>The "refuse" empty-approver policy is checked when the instance starts, as far down the path as it can be known.</summary>
public class EmptyApproverPolicyTests
{
    private static ApprovalHost Deploy(WorkflowBuilder builder)
    {
        var host = new ApprovalHost();
        var scope = new Formwork.Expressions.FormulaScope().AddField("amount", ValueKind.Number);
        host.Engine.Deploy(new WorkflowDefinitionLoader().Compile(builder.Build(), scope).GetWorkflowOrThrow());
        return host;
    }

    private static Task<WorkflowActionResult> StartAsync(ApprovalHost host, string id, RecordData data) =>
        host.Engine.StartAsync(new StartWorkflowRequest
        {
            DefinitionId = id,
            Submitter = new Actor("sales"),
            Data = data,
            IdempotencyKey = "start-1",
        });

    private static WorkflowBuilder Branching() => new WorkflowBuilder("refuse")
        .WhenNoApprovers(EmptyApproverPolicy.Refuse)
        .Start("start", "manager")
        .Approval("manager", n => n.Users("m1").Next("amount"))
        .Condition("amount", b => b.When("amount > 100000", "nobody", "big").Otherwise("end"))
        .Approval("nobody", n => n.Role("no-such-role").Next("end"))
        .End("end");

    [Fact]
    public async Task Start_RefusingNodeLaterOnTheKnownPath_IsRefusedAndNothingPersisted()
    {
        var host = Deploy(Branching());

        var result = await StartAsync(host, "refuse", new RecordData().Set("amount", Value.FromNumber(200_000)));

        Assert.Equal("FWA0110", result.Error!.Code);
        Assert.Equal("No approver was found for node 'nobody' and the workflow refuses to continue.", result.Error.Message);
        Assert.Equal(0, host.Store.Count);
        Assert.Empty(host.Audit.All);
        Assert.Empty(host.Outbox.All);
    }

    [Fact]
    public async Task Start_RefusingNodeOnABranchNotTaken_Starts()
    {
        var host = Deploy(Branching());

        var result = await StartAsync(host, "refuse", new RecordData().Set("amount", Value.FromNumber(10)));

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(["m1"], ApprovalHost.Pending(result.Instance!));
    }

    [Fact]
    public async Task Start_RefusingNodeInAParallelBranch_IsRefused()
    {
        var host = Deploy(new WorkflowBuilder("fork")
            .Start("start", "fork")
            .Fork("fork", "a", "b")
            .Approval("a", n => n.Users("m1").Next("join"))
            .Approval("b", n => n.Role("no-such-role").WhenEmpty(EmptyApproverPolicy.Refuse).Next("join"))
            .Join("join", "fork", "end")
            .End("end"));

        var result = await StartAsync(host, "fork", new RecordData());

        Assert.Equal("FWA0110", result.Error!.Code);
        Assert.Equal(0, host.Store.Count);
    }

    [Fact]
    public async Task Start_RefusingNodeAfterAHandler_IsCheckedWhenReached()
    {
        var host = Deploy(new WorkflowBuilder("handler")
            .WhenNoApprovers(EmptyApproverPolicy.Refuse)
            .Start("start", "fill")
            .Handler("fill", n => n.Users("fin1").Next("nobody"))
            .Approval("nobody", n => n.Role("no-such-role").Next("end"))
            .End("end"));

        var started = await StartAsync(host, "handler", new RecordData());
        Assert.True(started.Succeeded, started.Error?.ToString());

        var refused = await host.ActAsync(started.Instance!, WorkflowActionKind.Approve, "fin1");
        Assert.Equal("FWA0110", refused.Error!.Code);
        Assert.Same(started.Instance, await host.Engine.GetInstanceAsync(started.Instance!.Id));
    }
}
