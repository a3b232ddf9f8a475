using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Formwork.Auditing;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Stores;
using Formwork.Testing;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>An engine over in-memory stores, a fake clock and a sample organisation.</summary>
internal sealed class ApprovalHost
{
    private int _keys;

    public ApprovalHost(params IWorkflowAutomation[] automations)
    {
        Engine = new WorkflowEngine(Registry, Store, Directory, Audit, Outbox, Timers, Time, automations, new WorkflowOptions());
    }

    public static DateTimeOffset Epoch { get; } = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Epoch);

    public InMemoryOrganizationDirectory Directory { get; } = Organization.Create();

    public InMemoryWorkflowInstanceStore Store { get; } = new();

    public InMemoryAuditLog Audit { get; } = new();

    public InMemoryOutbox Outbox { get; } = new();

    public InMemoryDueItemStore Timers { get; } = new();

    public WorkflowRegistry Registry { get; } = new();

    public WorkflowEngine Engine { get; }

    public CompiledWorkflow Deploy(string json, CompiledForm? form = null)
    {
        var result = new WorkflowDefinitionLoader().Load(json, form);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return Engine.Deploy(result.Workflow!);
    }

    public CompiledWorkflow Deploy(WorkflowDefinition definition, CompiledForm? form = null)
    {
        var result = new WorkflowDefinitionLoader().Compile(definition, form);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return Engine.Deploy(result.Workflow!);
    }

    public async Task<WorkflowInstance> StartAsync(string definitionId, RecordData data, string submitter = "sales", string? id = null)
    {
        var result = await Engine.StartAsync(new StartWorkflowRequest
        {
            DefinitionId = definitionId,
            Submitter = Organization.Actor(Directory, submitter),
            Data = data,
            InstanceId = id,
            IdempotencyKey = "start-" + Next(),
        });
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Instance!;
    }

    public Task<WorkflowActionResult> ActAsync(WorkflowInstance instance, WorkflowActionKind kind, string user, string? comment = null, RecordData? changes = null, string? target = null, IReadOnlyList<string>? users = null, AddSignerPosition position = AddSignerPosition.Before, string? key = null) =>
        Engine.ActAsync(new WorkflowAction
        {
            InstanceId = instance.Id,
            Kind = kind,
            Actor = Organization.Actor(Directory, user),
            IdempotencyKey = key ?? "k-" + Next(),
            Comment = comment,
            Changes = changes,
            TargetNodeId = target,
            TargetUsers = users ?? [],
            SignerPosition = position,
        });

    public async Task<WorkflowInstance> OkAsync(WorkflowInstance instance, WorkflowActionKind kind, string user, string? comment = null, RecordData? changes = null, string? target = null, IReadOnlyList<string>? users = null, AddSignerPosition position = AddSignerPosition.Before)
    {
        var result = await ActAsync(instance, kind, user, comment, changes, target, users, position);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Instance!;
    }

    public Task<WorkflowInstance> ApproveAsync(WorkflowInstance instance, string user) => OkAsync(instance, WorkflowActionKind.Approve, user);

    public static string[] Pending(WorkflowInstance instance) =>
        instance.Tasks.Where(t => t.Status == ApprovalTaskStatus.Pending).Select(t => t.AssigneeId).OrderBy(u => u, StringComparer.Ordinal).ToArray();

    public string[] EventTypes(string instanceId) => Outbox.All.Where(m => m.Subject == instanceId).Select(m => m.Type).ToArray();

    private string Next() => System.Threading.Interlocked.Increment(ref _keys).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
