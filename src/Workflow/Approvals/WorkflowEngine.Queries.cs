using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Auditing;

namespace Formwork.Workflow;

/// <summary>Queries: inbox, tasks acted on, instances started, timeline.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>Gets an instance as stored (no entitlement check; use <see cref="ViewAsync"/> for people).</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The instance, or <see langword="null"/>.</returns>
    public async Task<WorkflowInstance?> GetInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        return await _store.GetAsync(instanceId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets a user's pending tasks (my inbox, 待办), most recently changed instances first.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="take">The most instances to look at.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The tasks.</returns>
    public Task<IReadOnlyList<WorkflowTaskItem>> GetInboxAsync(string userId, int take = 100, CancellationToken cancellationToken = default) =>
        TasksAsync(new WorkflowInstanceQuery { PendingAssignee = userId, Take = take }, t => t.Status == ApprovalTaskStatus.Pending && t.AssigneeId == userId, cancellationToken);

    /// <summary>Gets the tasks a user decided (已办): approved, rejected, returned, transferred.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="take">The most instances to look at.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The tasks.</returns>
    public Task<IReadOnlyList<WorkflowTaskItem>> GetActedTasksAsync(string userId, int take = 100, CancellationToken cancellationToken = default) =>
        TasksAsync(new WorkflowInstanceQuery { DecidedBy = userId, Take = take }, t => t.DecidedBy == userId && !t.IsOpen, cancellationToken);

    /// <summary>Gets the instances a user started (我发起的).</summary>
    /// <param name="userId">The submitter.</param>
    /// <param name="take">The most instances to return.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The instances.</returns>
    public async Task<IReadOnlyList<WorkflowInstance>> GetStartedAsync(string userId, int take = 100, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return await _store.FindAsync(new WorkflowInstanceQuery { SubmitterId = userId, Take = take }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets an instance's timeline: every action, in order, with who, when, node, comment and field changes.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The audit entries.</returns>
    public Task<IReadOnlyList<AuditEntry>> GetTimelineAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        return _audit.GetTrailAsync(WorkflowConstants.AuditSubjectType, instanceId, cancellationToken);
    }

    private async Task<IReadOnlyList<WorkflowTaskItem>> TasksAsync(WorkflowInstanceQuery query, Func<ApprovalTask, bool> match, CancellationToken cancellationToken)
    {
        var instances = await _store.FindAsync(query, cancellationToken).ConfigureAwait(false);
        var items = new List<WorkflowTaskItem>();
        foreach (var instance in instances)
        {
            foreach (var task in instance.Tasks)
            {
                if (match(task))
                {
                    items.Add(new WorkflowTaskItem(instance, task));
                }
            }
        }

        return items;
    }
}
