using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>S3 channel partner onboarding: parallel Channel / Legal / Finance review; any rejection ends it; each node's status is pushed as events; approval creates the partner through an automation.</summary>
public class PartnerOnboardingTests
{
    private const string Json = """
        {
          "id": "partner-onboarding",
          "name": "渠道合作伙伴加盟",
          "nodes": [
            { "id": "apply", "type": "start", "next": "review" },
            { "id": "review", "type": "fork", "targets": [ "channel", "legal", "finance" ] },
            { "id": "channel", "type": "approval", "name": "渠道部", "approvers": [ { "type": "role", "role": "channel" } ], "next": "reviewed" },
            { "id": "legal", "type": "approval", "name": "法务部", "approvers": [ { "type": "departmentHead", "field": "legalDepartment" } ], "next": "reviewed" },
            { "id": "finance", "type": "approval", "name": "财务部", "approvers": [ { "type": "role", "role": "finance" } ], "next": "reviewed" },
            { "id": "reviewed", "type": "join", "fork": "review", "mode": "all", "next": "createPartner" },
            { "id": "createPartner", "type": "automation", "action": "createPartner", "next": "notify" },
            { "id": "notify", "type": "cc", "approvers": [ { "type": "submitter" } ], "next": "done" },
            { "id": "done", "type": "end" }
          ]
        }
        """;

    private static readonly Formwork.Expressions.FormulaScope Scope = new Formwork.Expressions.FormulaScope().AddField("legalDepartment", ValueKind.Text);

    private static async Task<(ApprovalHost Host, RecordingAutomation Automation, WorkflowInstance Instance)> StartAsync()
    {
        var automation = new RecordingAutomation();
        var host = new ApprovalHost(automation);
        host.Engine.Deploy(new WorkflowDefinitionLoader().Load(Json, Scope).GetWorkflowOrThrow());
        var instance = await host.StartAsync("partner-onboarding", new RecordData().Set("legalDepartment", Value.FromText("d-legal")), submitter: "outsider");
        return (host, automation, instance);
    }

    [Fact]
    public async Task Start_ForksToThreeDepartments_AtOnce()
    {
        var (_, _, instance) = await StartAsync();

        Assert.Equal(["channel", "legal", "finance"], instance.CurrentNodes);
        Assert.Equal(["channel", "fin1", "legal1"], ApprovalHost.Pending(instance));
    }

    [Fact]
    public async Task Approve_AllThree_JoinsRunsAutomationAndCopiesTheApplicant()
    {
        var (host, automation, instance) = await StartAsync();

        instance = await host.ApproveAsync(instance, "legal1");
        instance = await host.ApproveAsync(instance, "channel");
        Assert.Equal(["finance"], instance.CurrentNodes);
        Assert.Empty(automation.Calls);
        instance = await host.ApproveAsync(instance, "fin1");

        Assert.Equal(WorkflowStatus.Approved, instance.Status);
        Assert.Equal([(instance.Id, "createPartner", "outsider")], automation.Calls);
        Assert.Single(instance.Tasks, t => t.Status == ApprovalTaskStatus.CarbonCopied && t.AssigneeId == "outsider");
    }

    [Fact]
    public async Task Reject_AnyDepartment_EndsTheApplication()
    {
        var (host, automation, instance) = await StartAsync();
        instance = await host.ApproveAsync(instance, "channel");

        instance = await host.OkAsync(instance, WorkflowActionKind.Reject, "legal1", "营业执照已过期");

        Assert.Equal(WorkflowStatus.Rejected, instance.Status);
        Assert.Empty(instance.CurrentNodes);
        Assert.Equal(ApprovalTaskStatus.Cancelled, instance.Tasks.Single(t => t.AssigneeId == "fin1").Status);
        Assert.Empty(automation.Calls);
        Assert.Equal("FWA0105", (await host.ActAsync(instance, WorkflowActionKind.Approve, "fin1")).Error!.Code);
    }

    [Fact]
    public async Task Events_EachNodeStatusAndComment_ArePushedForTheApplicant()
    {
        var (host, _, instance) = await StartAsync();
        instance = await host.OkAsync(instance, WorkflowActionKind.Approve, "channel", "渠道资质齐全");
        instance = await host.ApproveAsync(instance, "legal1");
        await host.ApproveAsync(instance, "fin1");

        var messages = host.Outbox.All.Where(m => m.Subject == instance.Id).ToArray();
        var nodes = messages.Where(m => m.Type == WorkflowEvents.NodeCompleted).Select(m => Read(m.Payload, "nodeId") ?? string.Empty).ToArray();
        Assert.Equal(["channel", "legal", "finance"], nodes);
        var completed = messages.First(m => m.Type == WorkflowEvents.TaskCompleted);
        Assert.Equal("渠道资质齐全", Read(completed.Payload, "comment"));
        Assert.Equal("approved", Read(completed.Payload, "taskStatus"));
        Assert.Equal(3, messages.Count(m => m.Type == WorkflowEvents.TaskAssigned));
        Assert.Equal(["running", "approved"], messages.Where(m => m.Type == WorkflowEvents.StatusChanged).Select(m => Read(m.Payload, "status")));
        Assert.Single(messages, m => m.Type == WorkflowEvents.InstanceCompleted);
        Assert.Single(messages, m => m.Type == WorkflowEvents.CarbonCopied);
    }

    [Fact]
    public async Task Automation_Throwing_FailsTheActionAndSavesNothing()
    {
        var automation = new RecordingAutomation { Fail = true };
        var host = new ApprovalHost(automation);
        host.Engine.Deploy(new WorkflowDefinitionLoader().Load(Json, Scope).GetWorkflowOrThrow());
        var instance = await host.StartAsync("partner-onboarding", new RecordData().Set("legalDepartment", Value.FromText("d-legal")), submitter: "outsider");
        instance = await host.ApproveAsync(instance, "legal1");
        instance = await host.ApproveAsync(instance, "channel");

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.ActAsync(instance, WorkflowActionKind.Approve, "fin1"));

        Assert.Equal(["finance"], (await host.Engine.GetInstanceAsync(instance.Id))!.CurrentNodes);
    }

    [Fact]
    public async Task JoinAny_FirstBranch_CancelsTheOthers()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("any")
            .Start("start", "fork")
            .Fork("fork", "a", "b")
            .Approval("a", n => n.Users("channel").Next("join"))
            .Approval("b", n => n.Users("fin1").Next("join"))
            .Join("join", "fork", "end", JoinMode.Any)
            .End("end")
            .Build());
        var instance = await host.StartAsync("any", new RecordData());

        instance = await host.ApproveAsync(instance, "fin1");

        Assert.Equal(WorkflowStatus.Approved, instance.Status);
        Assert.Equal(ApprovalTaskStatus.Cancelled, instance.Tasks.Single(t => t.AssigneeId == "channel").Status);
    }

    private static string? Read(string json, string property)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(property, out var value) ? value.GetString() : null;
    }

    private sealed class RecordingAutomation : IWorkflowAutomation
    {
        public List<(string, string, string)> Calls { get; } = [];

        public bool Fail { get; init; }

        public string Name => "createPartner";

        public ValueTask ExecuteAsync(WorkflowAutomationContext context, CancellationToken cancellationToken)
        {
            if (Fail)
            {
                throw new InvalidOperationException("ERP unavailable");
            }

            Calls.Add((context.InstanceId, context.NodeId, context.SubmitterId));
            return ValueTask.CompletedTask;
        }
    }
}
