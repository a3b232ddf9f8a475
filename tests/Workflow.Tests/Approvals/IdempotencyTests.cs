using System.Linq;
using System.Threading.Tasks;
using Formwork.Identity;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>Idempotency keys: a repeated start or action is applied once.</summary>
public class IdempotencyTests
{
    private static ApprovalHost Host()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("two")
            .Start("start", "a")
            .Approval("a", n => n.Users("m1", "m2").Mode(ApprovalMode.Countersign).Next("end"))
            .End("end")
            .Build());
        return host;
    }

    [Fact]
    public async Task Approve_RepeatedKey_IsADuplicateAndAppliedOnce()
    {
        var host = Host();
        var instance = await host.StartAsync("two", new RecordData());

        var first = await host.ActAsync(instance, WorkflowActionKind.Approve, "m1", key: "k1");
        var second = await host.ActAsync(instance, WorkflowActionKind.Approve, "m1", key: "k1");

        Assert.False(first.IsDuplicate);
        Assert.True(second.IsDuplicate);
        Assert.Equal(first.Instance!.Version, second.Instance!.Version);
        Assert.Single(host.Audit.All, e => e.Action == "approve");
    }

    [Fact]
    public async Task Start_RepeatedKey_StartsOnce_OtherKeySameId_IsRefused()
    {
        var host = Host();
        var request = new StartWorkflowRequest { DefinitionId = "two", Submitter = new Actor("sales"), Data = new RecordData(), IdempotencyKey = "order-42" };

        var first = await host.Engine.StartAsync(request);
        var second = await host.Engine.StartAsync(request);
        var other = await host.Engine.StartAsync(request with { IdempotencyKey = "other", InstanceId = "order-42" });

        Assert.True(first.Succeeded);
        Assert.True(second.IsDuplicate);
        Assert.Equal("order-42", second.Instance!.Id);
        Assert.Equal("FWA0112", other.Error!.Code);
        Assert.Equal(1, host.Store.Count);
        Assert.Single(host.Audit.All, e => e.Action == "submit");
    }

    [Fact]
    public async Task Act_EmptyKey_IsRefused()
    {
        var host = Host();
        var instance = await host.StartAsync("two", new RecordData());

        var result = await host.ActAsync(instance, WorkflowActionKind.Approve, "m1", key: " ");

        Assert.Equal("An idempotency key is required.", result.Error!.Message);
    }

    [Fact]
    public async Task Versions_RunningInstance_StaysOnItsVersion()
    {
        var host = Host();
        var old = await host.StartAsync("two", new RecordData());
        host.Deploy(new WorkflowBuilder("two", 2)
            .Start("start", "a")
            .Approval("a", n => n.Users("ceo").Next("end"))
            .End("end")
            .Build());

        var fresh = await host.StartAsync("two", new RecordData());
        old = await host.ApproveAsync(old, "m1");

        Assert.Equal(1, old.DefinitionVersion);
        Assert.Equal(["m2"], ApprovalHost.Pending(old));
        Assert.Equal(2, fresh.DefinitionVersion);
        Assert.Equal(["ceo"], ApprovalHost.Pending(fresh));
    }
}
