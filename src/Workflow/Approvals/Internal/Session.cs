using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Auditing;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Stores;

namespace Formwork.Workflow.Internal;

/// <summary>One action on one (copied) instance: moves the flow, records audit entries and events. Nothing here touches a store.</summary>
internal sealed partial class Session
{
    private Value[]? _slots;
    private int _steps;

    public Session(WorkflowInstance instance, CompiledWorkflow workflow, IOrganizationDirectory directory, DateTimeOffset now, string actorId, string key, int maxSteps, IReadOnlyDictionary<string, IWorkflowAutomation>? automations)
    {
        Instance = instance;
        Workflow = workflow;
        Directory = directory;
        Now = now;
        ActorId = actorId;
        Key = key;
        MaxSteps = maxSteps;
        Automations = automations;
    }

    public WorkflowInstance Instance { get; }

    public CompiledWorkflow Workflow { get; }

    public IOrganizationDirectory Directory { get; }

    public DateTimeOffset Now { get; }

    public string ActorId { get; }

    public string Key { get; }

    public int MaxSteps { get; }

    /// <summary>Gets the host automations, or <see langword="null"/> in a simulation (automations are not run).</summary>
    public IReadOnlyDictionary<string, IWorkflowAutomation>? Automations { get; }

    public List<AuditEntry> Audit { get; } = [];

    public List<OutboxMessage> Events { get; } = [];

    public List<ApprovalTask> NewPending { get; } = [];

    public List<SimulationStep>? Trace { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>Gets the form engine field changes go through, or <see langword="null"/> when the workflow has no form.</summary>
    public FormEngine? Forms { get; init; }

    public ReadOnlySpan<Value> Slots => _slots ??= Workflow.Scope.ToSlots(Instance.Data);

    public void DataChanged() => _slots = null;

    public void Record(string action, string? nodeId, string? comment, IReadOnlyList<FieldChange>? changes = null, string? actorId = null) =>
        Audit.Add(new AuditEntry
        {
            Id = Guid.NewGuid(),
            At = Now,
            ActorId = actorId ?? ActorId,
            Action = action,
            SubjectType = WorkflowConstants.AuditSubjectType,
            SubjectId = Instance.Id,
            NodeId = nodeId,
            Comment = comment,
            Changes = changes ?? [],
        });

    public void Emit(string type, string? nodeId, ApprovalTask? task = null, params (string Name, string? Value)[] extra)
    {
        var payload = JsonText.Write((Session: this, NodeId: nodeId, Task: task, Extra: extra), static (writer, state) =>
        {
            var (session, nodeId, task, extra) = state;
            var instance = session.Instance;
            writer.WriteStartObject();
            writer.WriteString("instanceId", instance.Id);
            writer.WriteString("definitionId", instance.DefinitionId);
            writer.WriteNumber("definitionVersion", instance.DefinitionVersion);
            writer.WriteString("status", StatusName(instance.Status));
            writer.WriteString("submitterId", instance.SubmitterId);
            if (nodeId is not null)
            {
                writer.WriteString("nodeId", nodeId);
            }

            if (task is not null)
            {
                writer.WriteString("taskId", task.Id);
                writer.WriteString("assigneeId", task.AssigneeId);
                writer.WriteString("taskStatus", TaskStatusName(task.Status));
                if (task.Comment is not null)
                {
                    writer.WriteString("comment", task.Comment);
                }
            }

            foreach (var (name, value) in extra)
            {
                if (value is not null)
                {
                    writer.WriteString(name, value);
                }
            }

            writer.WriteString("actorId", session.ActorId);
            writer.WriteEndObject();
        });

        Events.Add(new OutboxMessage
        {
            Id = Guid.NewGuid(),
            Type = type,
            Payload = payload,
            OccurredAt = Now,
            Subject = Instance.Id,
            CorrelationId = Key,
        });
    }

    public void Step()
    {
        if (++_steps > MaxSteps)
        {
            throw WorkflowRefusal.Of(WorkflowMessages.TooManySteps, ("max", MaxSteps));
        }
    }

    public PermissionProfile? ProfileOf(CompiledNode node) => node.Profile;

    public static string StatusName(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Draft => "draft",
        WorkflowStatus.Running => "running",
        WorkflowStatus.Returned => "returned",
        WorkflowStatus.Approved => "approved",
        WorkflowStatus.Rejected => "rejected",
        _ => "withdrawn",
    };

    public static string StatusChinese(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Draft => "草稿",
        WorkflowStatus.Running => "审批中",
        WorkflowStatus.Returned => "已退回",
        WorkflowStatus.Approved => "已通过",
        WorkflowStatus.Rejected => "已驳回",
        _ => "已撤回",
    };

    public static string TaskStatusName(ApprovalTaskStatus status) => status switch
    {
        ApprovalTaskStatus.Waiting => "waiting",
        ApprovalTaskStatus.Pending => "pending",
        ApprovalTaskStatus.Approved => "approved",
        ApprovalTaskStatus.AutoApproved => "autoApproved",
        ApprovalTaskStatus.Rejected => "rejected",
        ApprovalTaskStatus.Returned => "returned",
        ApprovalTaskStatus.Transferred => "transferred",
        ApprovalTaskStatus.Cancelled => "cancelled",
        _ => "carbonCopied",
    };
}
