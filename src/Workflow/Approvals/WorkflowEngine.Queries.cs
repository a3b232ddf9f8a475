using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Auditing;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Workflow.Internal;

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

    /// <summary>Gets an instance's timeline as a viewer may see it (the same viewer rules and permission profile as <see cref="ViewAsync"/>): field changes of fields hidden to the viewer are left out, masked fields show masked before and after values.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="viewer">Who views.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The audit entries.</returns>
    /// <exception cref="FormworkException">The instance does not exist (<c>FWA0102</c>) or the viewer may not see it (<c>FWA0113</c>).</exception>
    public async Task<IReadOnlyList<AuditEntry>> GetTimelineAsync(string instanceId, Actor viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        ArgumentNullException.ThrowIfNull(viewer);
        var (workflow, profile, error, _) = await FindViewAsync(instanceId, viewer, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            throw new FormworkException(error);
        }

        var trail = await _audit.GetTrailAsync(WorkflowConstants.AuditSubjectType, instanceId, cancellationToken).ConfigureAwait(false);
        if (profile is null || workflow!.Form is null)
        {
            return trail;
        }

        var entries = new List<AuditEntry>(trail.Count);
        foreach (var entry in trail)
        {
            entries.Add(entry.Changes.Count == 0 ? entry : entry with { Changes = FormViews.ViewChanges(workflow.Form, entry.Changes, profile) });
        }

        return entries;
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
