using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>加签 before the adding approver with several signers, all at once or one after another.</summary>
public class AddSignerTests
{
    private static async Task<(ApprovalHost Host, WorkflowInstance Instance)> StartAsync()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("sign")
            .Start("start", "director")
            .Approval("director", n => n.Users("director").Next("end"))
            .End("end")
            .Build());
        return (host, await host.StartAsync("sign", new RecordData()));
    }

    private static Task<WorkflowActionResult> AddAsync(ApprovalHost host, WorkflowInstance instance, IReadOnlyList<string> signers, bool inOrder, string user = "director") =>
        host.Engine.ActAsync(new WorkflowAction
        {
            InstanceId = instance.Id,
            Kind = WorkflowActionKind.AddSigner,
            Actor = Organization.Actor(host.Directory, user),
            IdempotencyKey = "add-" + string.Join("-", signers) + inOrder,
            TargetUsers = signers,
            SignerPosition = AddSignerPosition.Before,
            SignInOrder = inOrder,
        });

    [Fact]
    public async Task AddSigner_SeveralBeforeInParallel_AdderWaitsForAll()
    {
        var (host, instance) = await StartAsync();

        instance = (await AddAsync(host, instance, ["fin1", "ceo"], inOrder: false)).GetInstanceOrThrow();

        Assert.Equal(["ceo", "fin1"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "ceo");
        Assert.Equal(["fin1"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "fin1");
        Assert.Equal(["director"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "director");
        Assert.Equal(WorkflowStatus.Approved, instance.Status);
    }

    [Fact]
    public async Task AddSigner_SeveralBeforeInOrder_SignOneAfterAnother()
    {
        var (host, instance) = await StartAsync();

        instance = (await AddAsync(host, instance, ["fin1", "ceo", "m2"], inOrder: true)).GetInstanceOrThrow();

        Assert.Equal(["fin1"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "fin1");
        Assert.Equal(["ceo"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "ceo");
        Assert.Equal(["m2"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "m2");
        Assert.Equal(["director"], ApprovalHost.Pending(instance));
    }

    [Fact]
    public async Task AddSigner_InOrderSignerTransfers_ChainContinuesWithTheNewAssignee()
    {
        var (host, instance) = await StartAsync();
        instance = (await AddAsync(host, instance, ["fin1", "ceo"], inOrder: true)).GetInstanceOrThrow();

        instance = await host.OkAsync(instance, WorkflowActionKind.Transfer, "fin1", users: ["m1"]);
        instance = await host.ApproveAsync(instance, "m1");

        Assert.Equal(["ceo"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "ceo");
        Assert.Equal(["director"], ApprovalHost.Pending(instance));
    }

    [Fact]
    public async Task AddSigner_OneOfSeveralRejects_RejectsTheNode()
    {
        var (host, instance) = await StartAsync();
        instance = (await AddAsync(host, instance, ["fin1", "ceo"], inOrder: false)).GetInstanceOrThrow();

        instance = await host.OkAsync(instance, WorkflowActionKind.Reject, "ceo");

        Assert.Equal(WorkflowStatus.Rejected, instance.Status);
        Assert.Empty(ApprovalHost.Pending(instance));
    }

    [Theory]
    [InlineData(new string[0], "Cannot add '' as a signer: name at least one signer.")]
    [InlineData(new[] { "fin1", "fin1" }, "Cannot add 'fin1' as a signer: they are named twice.")]
    [InlineData(new[] { "fin1", "gone" }, "Cannot add 'gone' as a signer: no such active user in the directory.")]
    [InlineData(new[] { "fin1", "director" }, "Cannot add 'director' as a signer: that is yourself.")]
    public async Task AddSigner_BadSigners_AreRefusedAndNothingChanges(string[] signers, string message)
    {
        var (host, instance) = await StartAsync();

        var refused = await AddAsync(host, instance, signers, inOrder: true);

        Assert.Equal("FWA0117", refused.Error!.Code);
        Assert.Equal(message, refused.Error.Message);
        Assert.Same(instance, await host.Engine.GetInstanceAsync(instance.Id));
        Assert.DoesNotContain(host.Audit.All, e => e.Action == "add-signer");
    }
}
