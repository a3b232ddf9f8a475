using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Stores;

namespace Formwork.Workflow;

/// <summary>The default <see cref="IWorkflowInstanceStore"/>: a thread-safe in-memory map with compare-and-swap saves.</summary>
public sealed class InMemoryWorkflowInstanceStore : IWorkflowInstanceStore
{
    private readonly ConcurrentDictionary<string, WorkflowInstance> _instances = new(StringComparer.Ordinal);

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
        if (!_instances.TryAdd(instance.Id, instance))
        {
            throw ConcurrencyException.Stale("workflow instance", instance.Id, 0, _instances[instance.Id].Version);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask SaveAsync(WorkflowInstance instance, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        while (true)
        {
            if (!_instances.TryGetValue(instance.Id, out var current) || current.Version != expectedVersion)
            {
                throw ConcurrencyException.Stale("workflow instance", instance.Id, expectedVersion, current?.Version ?? 0);
            }

            if (_instances.TryUpdate(instance.Id, instance, current))
            {
                return ValueTask.CompletedTask;
            }
        }
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<WorkflowInstance>> FindAsync(WorkflowInstanceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        IReadOnlyList<WorkflowInstance> found = _instances.Values
            .Where(i => Matches(i, query))
            .OrderByDescending(i => i.UpdatedAt)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .Take(Math.Max(0, query.Take))
            .ToArray();
        return new(found);
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
