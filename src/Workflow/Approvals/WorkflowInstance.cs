using System;
using System.Collections.Generic;
using Formwork.Workflow.Internal;

namespace Formwork.Workflow;

/// <summary>A running (or finished) approval process. Read-only for callers: only the <see cref="WorkflowEngine"/> changes instances, on a copy saved with optimistic concurrency.</summary>
public sealed class WorkflowInstance
{
    internal WorkflowInstance(string id, string definitionId, int definitionVersion, string submitterId, RecordData data, DateTimeOffset createdAt)
    {
        Id = id;
        DefinitionId = definitionId;
        DefinitionVersion = definitionVersion;
        SubmitterId = submitterId;
        Data = data;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    /// <summary>Gets the instance id.</summary>
    public string Id { get; }

    /// <summary>Gets the workflow definition id.</summary>
    public string DefinitionId { get; }

    /// <summary>Gets the definition version the instance started with; it stays on it.</summary>
    public int DefinitionVersion { get; }

    /// <summary>Gets the submitter's user id.</summary>
    public string SubmitterId { get; }

    /// <summary>Gets the lifecycle status.</summary>
    public WorkflowStatus Status { get; internal set; }

    /// <summary>Gets the stored version, incremented by every saved change (optimistic concurrency).</summary>
    public long Version { get; internal set; }

    /// <summary>Gets the form data (frozen).</summary>
    public RecordData Data { get; internal set; }

    /// <summary>Gets when the instance was started.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>Gets when the instance last changed.</summary>
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>Gets when the instance was approved, rejected or withdrawn.</summary>
    public DateTimeOffset? CompletedAt { get; internal set; }

    /// <summary>Gets every task, in creation order.</summary>
    public IReadOnlyList<ApprovalTask> Tasks => TaskList;

    /// <summary>Gets the ids of the nodes currently waiting for people (several inside a parallel fork).</summary>
    public IReadOnlyList<string> CurrentNodes
    {
        get
        {
            var nodes = new string[Tokens.Count];
            for (var i = 0; i < nodes.Length; i++)
            {
                nodes[i] = Tokens[i].NodeId;
            }

            return nodes;
        }
    }

    /// <summary>Gets a value indicating whether the instance is finished (approved, rejected or withdrawn).</summary>
    public bool IsCompleted => Status is WorkflowStatus.Approved or WorkflowStatus.Rejected or WorkflowStatus.Withdrawn;

    internal string StartKey { get; set; } = string.Empty;

    internal List<ApprovalTask> TaskList { get; private set; } = [];

    internal List<Token> Tokens { get; private set; } = [];

    internal List<Token> Completed { get; private set; } = [];

    internal Dictionary<string, int> JoinArrivals { get; private set; } = new(StringComparer.Ordinal);

    internal Dictionary<string, int> VisitCounts { get; private set; } = new(StringComparer.Ordinal);

    internal HashSet<string> ProcessedKeys { get; private set; } = new(StringComparer.Ordinal);

    internal int TaskSequence { get; set; }

    internal WorkflowInstance Clone() => new(Id, DefinitionId, DefinitionVersion, SubmitterId, Data, CreatedAt)
    {
        Status = Status,
        Version = Version,
        UpdatedAt = UpdatedAt,
        CompletedAt = CompletedAt,
        StartKey = StartKey,
        TaskList = new List<ApprovalTask>(TaskList),
        Tokens = new List<Token>(Tokens),
        Completed = new List<Token>(Completed),
        JoinArrivals = new Dictionary<string, int>(JoinArrivals, StringComparer.Ordinal),
        VisitCounts = new Dictionary<string, int>(VisitCounts, StringComparer.Ordinal),
        ProcessedKeys = new HashSet<string>(ProcessedKeys, StringComparer.Ordinal),
        TaskSequence = TaskSequence,
    };
}
