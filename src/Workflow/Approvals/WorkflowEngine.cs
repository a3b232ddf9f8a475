using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Auditing;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Stores;
using Formwork.Workflow.Internal;

namespace Formwork.Workflow;

/// <summary>
/// The approval engine: starts instances of deployed workflows and applies actions to them. Stateless over its stores:
/// every action loads the instance, checks the actor's entitlement, moves the flow on a copy, saves it with optimistic
/// concurrency (retrying on a conflict), then appends to the audit log, publishes domain events to the outbox and
/// schedules timers. A refused action changes nothing. Thread-safe.
/// </summary>
public sealed partial class WorkflowEngine
{
    private readonly IWorkflowInstanceStore _store;
    private readonly IOrganizationDirectory _directory;
    private readonly IAuditLog _audit;
    private readonly IOutbox _outbox;
    private readonly IDueItemStore _timers;
    private readonly TimeProvider _time;
    private readonly WorkflowOptions _options;
    private readonly Dictionary<string, IWorkflowAutomation> _automations;
    private FormEngine? _forms;

    /// <summary>Creates an engine.</summary>
    /// <param name="registry">The deployed workflows.</param>
    /// <param name="store">The instance store.</param>
    /// <param name="directory">The organisation directory approvers are resolved through.</param>
    /// <param name="audit">The audit log.</param>
    /// <param name="outbox">The outbox domain events go to.</param>
    /// <param name="timers">The store of due timers.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="automations">The host actions automation nodes call.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    public WorkflowEngine(
        WorkflowRegistry registry,
        IWorkflowInstanceStore store,
        IOrganizationDirectory directory,
        IAuditLog audit,
        IOutbox outbox,
        IDueItemStore timers,
        TimeProvider timeProvider,
        IEnumerable<IWorkflowAutomation>? automations = null,
        WorkflowOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(timers);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Registry = registry;
        _store = store;
        _directory = directory;
        _audit = audit;
        _outbox = outbox;
        _timers = timers;
        _time = timeProvider;
        _options = options ?? new WorkflowOptions();
        _automations = new Dictionary<string, IWorkflowAutomation>(StringComparer.Ordinal);
        foreach (var automation in automations ?? [])
        {
            _automations[automation.Name] = automation;
        }
    }

    /// <summary>Gets the deployed workflows.</summary>
    public WorkflowRegistry Registry { get; }

    /// <summary>Deploys a compiled workflow version after checking that its automations are registered; a workflow with a problem is not deployed at all.</summary>
    /// <param name="workflow">The compiled workflow.</param>
    /// <returns>The workflow.</returns>
    /// <exception cref="FormworkException">An automation is not registered (<c>FWA0035</c>) or the version is already deployed (<c>FWA0036</c>).</exception>
    public CompiledWorkflow Deploy(CompiledWorkflow workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        var missing = workflow.Nodes
            .Where(n => n.Node.Kind == WorkflowNodeKind.Automation && !_automations.ContainsKey(n.Node.Action!))
            .OrderBy(n => n.Index)
            .Select(n => Diagnostic.Error(WorkflowMessages.UnknownAutomation, $"$.nodes[{n.Index}].action", null, ("action", n.Node.Action), ("node", n.Id)))
            .ToArray();
        if (missing.Length > 0)
        {
            throw new FormworkException(missing);
        }

        Registry.Add(workflow);
        return workflow;
    }

    /// <summary>Starts (submits) an instance: resolves the first approvers and assigns their tasks.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The started instance, a duplicate of an earlier start with the same key, or the reason it was refused.</returns>
    public async Task<WorkflowActionResult> StartAsync(StartWorkflowRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.IdempotencyKey))
        {
            return Refuse(WorkflowMessages.IdempotencyKeyRequired);
        }

        var workflow = Registry.Find(request.DefinitionId, request.Version);
        if (workflow is null)
        {
            return Refuse(WorkflowMessages.DefinitionNotFound, ("id", request.DefinitionId), ("version", request.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "latest"));
        }

        var id = request.InstanceId ?? request.IdempotencyKey;
        var existing = await _store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return SameStart(existing, request.IdempotencyKey);
        }

        var now = _time.GetUtcNow();
        var data = request.Data.IsFrozen ? request.Data : request.Data.Clone().Freeze();
        var instance = new WorkflowInstance(id, workflow.Id, workflow.Version, request.Submitter.UserId, data, now)
        {
            Version = 1,
            StartKey = request.IdempotencyKey,
        };
        var session = NewSession(instance, workflow, now, request.Submitter.UserId, request.IdempotencyKey, cancellationToken);
        try
        {
            await session.CheckRefusingNodesAsync().ConfigureAwait(false);
            session.Record("submit", workflow.Start.Id, null, FieldChange.Diff(null, data));
            session.ChangeStatus(LifecycleTrigger.Submit, workflow.Start.Id);
            await session.EnterAsync(workflow.Start.Id, string.Empty, []).ConfigureAwait(false);
        }
        catch (WorkflowRefusal refusal)
        {
            return WorkflowActionResult.Refused(refusal.Diagnostics, null);
        }

        instance.ProcessedKeys.Add(request.IdempotencyKey);
        try
        {
            await _store.AddAsync(instance, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyException)
        {
            var winner = await _store.GetAsync(id, cancellationToken).ConfigureAwait(false);
            return winner is null ? Refuse(WorkflowMessages.InstanceExists, ("id", id)) : SameStart(winner, request.IdempotencyKey);
        }

        await PublishAsync(session, cancellationToken).ConfigureAwait(false);
        return WorkflowActionResult.Applied(instance);
    }

    /// <summary>Applies an action. The actor must be entitled to it (an assignee of a pending task; the submitter for resubmit, withdraw and urge; a participant for comments) and may only change fields writable at the node; otherwise nothing changes and the result says why.</summary>
    /// <param name="action">The action.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The result.</returns>
    public Task<WorkflowActionResult> ActAsync(WorkflowAction action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        var actor = action.Actor;
        return ExecuteAsync(action.InstanceId, action.IdempotencyKey, actor.UserId, (session, _) => session.ApplyAsync(action, actor, _options.AdminRole), cancellationToken);
    }

    /// <summary>
    /// Returns an instance read-only to someone entitled to see it, with the form data as their permission profile shows it:
    /// hidden fields removed, masked fields masked (<c>138****1234</c>). Who the viewer is decides the profile: an assignee of an
    /// open task sees with that node's profile; an approver who decided, with the node of their latest decision; the submitter,
    /// with the start node's; a CC recipient, with the CC node's; a member of one of the definition's
    /// <see cref="WorkflowDefinition.ViewerRoles"/>, with that role's; a member of <see cref="WorkflowOptions.AdminRole"/>,
    /// with <see cref="WorkflowDefinition.ViewPermission"/>. A node without a profile falls back to
    /// <see cref="WorkflowDefinition.ViewPermission"/>; without either (or without a form) every field is shown. Anyone else is
    /// refused (<c>FWA0113</c>). Nothing is recorded.
    /// </summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="actor">Who views.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>A copy of the instance whose <see cref="WorkflowInstance.Data"/> is the viewer's view, or the reason it is refused.</returns>
    public async Task<WorkflowActionResult> ViewAsync(string instanceId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        ArgumentNullException.ThrowIfNull(actor);
        var (workflow, profile, error, instance) = await FindViewAsync(instanceId, actor, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return WorkflowActionResult.Refused(error, null);
        }

        if (profile is null || workflow!.Form is null)
        {
            return WorkflowActionResult.Applied(instance!);
        }

        var view = instance!.Clone();
        view.Data = FormViews.View(workflow.Form, instance.Data, profile);
        return WorkflowActionResult.Applied(view);
    }

    private async Task<(CompiledWorkflow? Workflow, PermissionProfile? Profile, Diagnostic? Error, WorkflowInstance? Instance)> FindViewAsync(string instanceId, Actor actor, CancellationToken cancellationToken)
    {
        var instance = await _store.GetAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            return (null, null, Diagnostic.Error(WorkflowMessages.InstanceNotFound, null, null, ("id", instanceId)), null);
        }

        var workflow = Registry.Find(instance.DefinitionId, instance.DefinitionVersion);
        if (workflow is null)
        {
            return (null, null, Diagnostic.Error(WorkflowMessages.DefinitionNotFound, null, null, ("id", instance.DefinitionId), ("version", instance.DefinitionVersion)), null);
        }

        var session = new Session(instance, workflow, _directory, _time.GetUtcNow(), actor.UserId, string.Empty, 0, null) { CancellationToken = cancellationToken };
        var (allowed, profile) = await session.FindViewerAsync(actor, _options.AdminRole).ConfigureAwait(false);
        return allowed
            ? (workflow, profile, null, instance)
            : (workflow, null, Diagnostic.Error(WorkflowMessages.CannotView, null, null, ("actor", actor.UserId), ("instance", instanceId)), null);
    }

    internal async Task<WorkflowActionResult> ExecuteAsync(string instanceId, string key, string actorId, Func<Session, WorkflowInstance, ValueTask> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        if (string.IsNullOrWhiteSpace(key))
        {
            return Refuse(WorkflowMessages.IdempotencyKeyRequired);
        }

        for (var attempt = 0; attempt <= _options.MaxConcurrencyRetries; attempt++)
        {
            var stored = await _store.GetAsync(instanceId, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                return Refuse(WorkflowMessages.InstanceNotFound, ("id", instanceId));
            }

            if (stored.ProcessedKeys.Contains(key))
            {
                return WorkflowActionResult.Duplicate(stored);
            }

            var workflow = Registry.Find(stored.DefinitionId, stored.DefinitionVersion);
            if (workflow is null)
            {
                return Refuse(WorkflowMessages.DefinitionNotFound, ("id", stored.DefinitionId), ("version", stored.DefinitionVersion));
            }

            var now = _time.GetUtcNow();
            var instance = stored.Clone();
            var session = NewSession(instance, workflow, now, actorId, key, cancellationToken);
            try
            {
                await apply(session, stored).ConfigureAwait(false);
            }
            catch (WorkflowRefusal refusal)
            {
                return WorkflowActionResult.Refused(refusal.Diagnostics, stored);
            }

            if (session.Audit.Count == 0 && session.Events.Count == 0)
            {
                return WorkflowActionResult.Applied(stored);
            }

            instance.ProcessedKeys.Add(key);
            instance.Version = stored.Version + 1;
            instance.UpdatedAt = now;
            try
            {
                await _store.SaveAsync(instance, stored.Version, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyException)
            {
                continue;
            }

            await PublishAsync(session, cancellationToken).ConfigureAwait(false);
            return WorkflowActionResult.Applied(instance);
        }

        return Refuse(WorkflowMessages.TooManyConflicts, ("id", instanceId), ("attempts", _options.MaxConcurrencyRetries + 1));
    }

    /// <summary>Gets the form engine that normalises, computes and validates field changes (it reads no store; the engine's clock drives TODAY()).</summary>
    private FormEngine FormEngine => _forms ??= new FormEngine(new InMemoryRecordStore(), new InMemorySequenceStore(), new InMemoryAuditLog(), new InMemoryOutbox(), _time);

    private Session NewSession(WorkflowInstance instance, CompiledWorkflow workflow, DateTimeOffset now, string actorId, string key, CancellationToken cancellationToken) =>
        new(instance, workflow, _directory, now, actorId, key, _options.MaxStepsPerAction, _automations) { CancellationToken = cancellationToken, Forms = workflow.Form is null ? null : FormEngine };

    private async Task PublishAsync(Session session, CancellationToken cancellationToken)
    {
        if (session.Audit.Count > 0)
        {
            await _audit.AppendAsync(session.Audit, cancellationToken).ConfigureAwait(false);
        }

        if (session.Events.Count > 0)
        {
            await _outbox.EnqueueAsync(session.Events, cancellationToken).ConfigureAwait(false);
        }

        foreach (var task in session.NewPending)
        {
            if (session.Workflow.Node(task.NodeId).Node.Timeout is { } timeout)
            {
                await ScheduleAsync(session.Instance, task, timeout, session.Now, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static WorkflowActionResult SameStart(WorkflowInstance existing, string key) =>
        existing.StartKey == key
            ? WorkflowActionResult.Duplicate(existing)
            : WorkflowActionResult.Refused(Diagnostic.Error(WorkflowMessages.InstanceExists, null, null, ("id", existing.Id)), null);

    private static WorkflowActionResult Refuse(MessageTemplate template, params (string Name, object? Value)[] arguments) =>
        WorkflowActionResult.Refused(Diagnostic.Error(template, null, null, arguments), null);
}
