using System;
using System.Linq;
using System.Threading.Tasks;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>Escalation after a timeout: notify only, add a stand-in task for the escalation target, or transfer.</summary>
public class EscalationTests
{
    private static async Task<(ApprovalHost Host, WorkflowInstance Instance)> StartAsync(EscalationAction action, ApprovalMode mode = ApprovalMode.Single, params string[] users)
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("escalate")
            .Start("start", "legal")
            .Approval("legal", n => n.Users(users.Length == 0 ? ["legal1"] : users).Mode(mode)
                .Timeout(new NodeTimeout { EscalateAfter = TimeSpan.FromHours(4), EscalateTo = "director", EscalateAction = action })
                .Next("end"))
            .End("end")
            .Build());
        var instance = await host.StartAsync("escalate", new RecordData());
        return (host, instance);
    }

    private static async Task<WorkflowInstance> EscalateAsync(ApprovalHost host, WorkflowInstance instance)
    {
        host.Time.Advance(TimeSpan.FromHours(4));
        await host.Engine.ProcessDueTimersAsync();
        return (await host.Engine.GetInstanceAsync(instance.Id))!;
    }

    [Fact]
    public async Task Escalate_Notify_OnlyEmitsTheEvent()
    {
        var (host, instance) = await StartAsync(EscalationAction.Notify);

        instance = await EscalateAsync(host, instance);

        Assert.Equal(["legal1"], ApprovalHost.Pending(instance));
        var escalated = Assert.Single(host.Outbox.All, m => m.Type == WorkflowEvents.TaskEscalated);
        Assert.Contains("\"escalateTo\":\"director\"", escalated.Payload, StringComparison.Ordinal);
        Assert.Contains("\"escalateAction\":\"notify\"", escalated.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escalate_AddTask_TargetDecidesAndTheEscalatedTaskIsCancelled()
    {
        var (host, instance) = await StartAsync(EscalationAction.AddTask);

        instance = await EscalateAsync(host, instance);

        Assert.Equal(["director", "legal1"], ApprovalHost.Pending(instance));
        var added = instance.Tasks.Single(t => t.AssigneeId == "director");
        Assert.Equal(instance.Tasks.Single(t => t.AssigneeId == "legal1").Id, added.EscalatedFrom);
        Assert.Contains(host.Outbox.All, m => m.Type == WorkflowEvents.TaskAssigned && m.Payload.Contains("\"assigneeId\":\"director\"", StringComparison.Ordinal));
        instance = await host.ApproveAsync(instance, "director");
        Assert.Equal(WorkflowStatus.Approved, instance.Status);
        Assert.Equal(ApprovalTaskStatus.Cancelled, instance.Tasks.Single(t => t.AssigneeId == "legal1").Status);
        Assert.Contains(await host.Engine.GetTimelineAsync(instance.Id), e => e.Action == "escalate-task" && e.NodeId == "legal");
    }

    [Fact]
    public async Task Escalate_AddTask_AssigneeDecidesFirstAndTheAddedTaskIsCancelled()
    {
        var (host, instance) = await StartAsync(EscalationAction.AddTask);
        instance = await EscalateAsync(host, instance);

        instance = await host.OkAsync(instance, WorkflowActionKind.Reject, "legal1");

        Assert.Equal(WorkflowStatus.Rejected, instance.Status);
        Assert.Equal(ApprovalTaskStatus.Cancelled, instance.Tasks.Single(t => t.AssigneeId == "director").Status);
    }

    [Fact]
    public async Task Escalate_AddTaskOnCountersign_CountsTheStandInOnce()
    {
        var (host, instance) = await StartAsync(EscalationAction.AddTask, ApprovalMode.Countersign, "m1", "m2");
        instance = await host.ApproveAsync(instance, "m2");

        instance = await EscalateAsync(host, instance);
        Assert.Equal(["director", "m1"], ApprovalHost.Pending(instance));
        instance = await host.ApproveAsync(instance, "director");

        Assert.Equal(WorkflowStatus.Approved, instance.Status);
    }

    [Fact]
    public async Task Escalate_Transfer_MovesTheTaskToTheTarget()
    {
        var (host, instance) = await StartAsync(EscalationAction.Transfer);

        instance = await EscalateAsync(host, instance);

        Assert.Equal(["director"], ApprovalHost.Pending(instance));
        Assert.Equal("legal1", instance.Tasks.Single(t => t.IsOpen).TransferredFrom);
        Assert.Equal(ApprovalTaskStatus.Transferred, instance.Tasks.Single(t => t.AssigneeId == "legal1").Status);
    }

    [Fact]
    public async Task Escalate_AddTaskTwice_AddsOneTask()
    {
        var (host, instance) = await StartAsync(EscalationAction.AddTask);
        instance = await EscalateAsync(host, instance);

        instance = await EscalateAsync(host, instance);

        Assert.Single(instance.Tasks, t => t.AssigneeId == "director");
    }

    [Theory]
    [InlineData("\"escalateAction\": \"addTask\"", "FWA0030 $.nodes[1].timeout The timeout is incomplete: escalateAction needs escalateAfter.")]
    [InlineData("\"escalateAction\": \"page\"", "FWA0005 $.nodes[1].timeout.escalateAction 'page' is not a valid escalation action; use one of: notify, addTask, transfer.")]
    public void Load_BadEscalateAction_IsReported(string property, string expected)
    {
        var json = $$"""
            { "id": "x", "nodes": [
              { "id": "start", "type": "start", "next": "a" },
              { "id": "a", "type": "approval", "approvers": [ { "type": "users", "users": ["m1"] } ], "timeout": { {{property}} }, "next": "end" },
              { "id": "end", "type": "end" } ] }
            """;

        var result = new WorkflowDefinitionLoader().Load(json);

        Assert.Equal(expected, string.Join("\n", result.Diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
    }
}
