using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Stores;

namespace Formwork.Workflow;

/// <summary>
/// The default <see cref="IWorkflowInstanceStore"/>: a thread-safe in-memory map with compare-and-swap saves, indexed by
/// submitter, pending assignee and decider so that inbox, started and acted queries read only the instances of their user.
/// </summary>
public sealed class InMemoryWorkflowInstanceStore : IWorkflowInstanceStore
{
    private readonly ConcurrentDictionary<string, WorkflowInstance> _instances = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly Dictionary<string, HashSet<string>> _bySubmitter = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byPendingAssignee = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byDecider = new(StringComparer.Ordinal);

    /// <summary>Gets the number of stored instances.</summary>
    public int Count => _instances.Count;

    /// <inheritdoc/>
    public ValueTask<WorkflowInstance?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return new(_instances.GetValueOrDefault(id));
    }

    /// <inheritdoc/>
    public ValueTask AddAsync(WorkflowInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        lock (_gate)
        {
            if (!_instances.TryAdd(instance.Id, instance))
            {
                throw ConcurrencyException.Stale("workflow instance", instance.Id, 0, _instances[instance.Id].Version);
            }

            Index(instance, add: true);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask SaveAsync(WorkflowInstance instance, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        lock (_gate)
        {
            if (!_instances.TryGetValue(instance.Id, out var current) || current.Version != expectedVersion)
            {
                throw ConcurrencyException.Stale("workflow instance", instance.Id, expectedVersion, current?.Version ?? 0);
            }

            _instances[instance.Id] = instance;
            Index(current, add: false);
            Index(instance, add: true);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<WorkflowInstance>> FindAsync(WorkflowInstanceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        IEnumerable<WorkflowInstance> candidates;
        lock (_gate)
        {
            var ids = Smallest(Smallest(Smallest(null, _bySubmitter, query.SubmitterId), _byPendingAssignee, query.PendingAssignee), _byDecider, query.DecidedBy);
            candidates = ids is null ? _instances.Values.ToArray() : ids.Select(id => _instances[id]).ToArray();
        }

        IReadOnlyList<WorkflowInstance> found = candidates
            .Where(i => Matches(i, query))
            .OrderByDescending(i => i.UpdatedAt)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .Take(Math.Max(0, query.Take))
            .ToArray();
        return new(found);
    }

    private static HashSet<string>? Smallest(HashSet<string>? best, Dictionary<string, HashSet<string>> index, string? key)
    {
        if (key is null)
        {
            return best;
        }

        var ids = index.GetValueOrDefault(key) ?? [];
        return best is null || ids.Count < best.Count ? ids : best;
    }

    private void Index(WorkflowInstance instance, bool add)
    {
        Update(_bySubmitter, instance.SubmitterId, instance.Id, add);
        foreach (var task in instance.Tasks)
        {
            if (task.Status == ApprovalTaskStatus.Pending)
            {
                Update(_byPendingAssignee, task.AssigneeId, instance.Id, add);
            }

            if (task.DecidedBy is { } decider && !task.IsOpen)
            {
                Update(_byDecider, decider, instance.Id, add);
            }
        }
    }

    private static void Update(Dictionary<string, HashSet<string>> index, string key, string id, bool add)
    {
        if (add)
        {
            if (!index.TryGetValue(key, out var ids))
            {
                index[key] = ids = new HashSet<string>(StringComparer.Ordinal);
            }

            ids.Add(id);
        }
        else if (index.TryGetValue(key, out var ids) && ids.Remove(id) && ids.Count == 0)
        {
            index.Remove(key);
        }
    }

    private static bool Matches(WorkflowInstance instance, WorkflowInstanceQuery query)
    {
        if (query.SubmitterId is not null && instance.SubmitterId != query.SubmitterId)
        {
            return false;
        }

        if (query.Status is { } status && instance.Status != status)
        {
            return false;
        }

        if (query.PendingAssignee is not null && !instance.Tasks.Any(t => t.Status == ApprovalTaskStatus.Pending && t.AssigneeId == query.PendingAssignee))
        {
            return false;
        }

        return query.DecidedBy is null || instance.Tasks.Any(t => t.DecidedBy == query.DecidedBy && !t.IsOpen);
    }
}
