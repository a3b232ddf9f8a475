using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Identity;
using Formwork.Stores;
using Formwork.Workflow.Internal;

namespace Formwork.Workflow;

/// <summary>Timers: reminders, escalations and automatic actions of pending tasks, as due items driven by the <see cref="TimeProvider"/>.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>Processes every timer due now: reminds, escalates, or approves / rejects / transfers timed-out tasks (as <c>system</c>). Timers of tasks that were decided meanwhile do nothing. Call it periodically.</summary>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The number of due timers taken.</returns>
    public async Task<int> ProcessDueTimersAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var processed = 0;
        while (true)
        {
            var due = await _timers.TakeDueAsync(now, Math.Max(1, _options.TimerBatchSize), WorkflowConstants.TimerKindPrefix, cancellationToken).ConfigureAwait(false);
            if (due.Count == 0)
            {
                return processed;
            }

            foreach (var item in due)
            {
                await HandleTimerAsync(item, cancellationToken).ConfigureAwait(false);
                processed++;
            }
        }
    }

    /// <summary>
    /// A background loop without a hosted service: processes due timers now and then every <paramref name="interval"/>
    /// of the engine's <see cref="TimeProvider"/> until <paramref name="cancellationToken"/> is cancelled. Run it with
    /// <c>_ = engine.RunTimersAsync(TimeSpan.FromSeconds(30), stopping)</c> or from the host's own hosted service.
    /// </summary>
    /// <param name="interval">The time between two passes.</param>
    /// <param name="cancellationToken">Stops the loop.</param>
    /// <returns>A task that completes when the loop stops.</returns>
    public async Task RunTimersAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        using var timer = new PeriodicTimer(interval, _time);
        try
        {
            do
            {
                await ProcessDueTimersAsync(cancellationToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task ScheduleAsync(WorkflowInstance instance, ApprovalTask task, NodeTimeout timeout, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var payload = JsonText.Write((instance.Id, task.Id), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("instanceId", state.Item1);
            writer.WriteString("taskId", state.Item2);
            writer.WriteEndObject();
        });
        if (timeout.RemindAfter is { } remind)
        {
            await _timers.ScheduleAsync(Timer(instance, task, WorkflowConstants.RemindTimer, now + remind, payload), cancellationToken).ConfigureAwait(false);
        }

        if (timeout.EscalateAfter is { } escalate)
        {
            await _timers.ScheduleAsync(Timer(instance, task, WorkflowConstants.EscalateTimer, now + escalate, payload), cancellationToken).ConfigureAwait(false);
        }

        if (timeout.AutoAfter is { } auto && timeout.AutoAction != TimeoutAction.None)
        {
            await _timers.ScheduleAsync(Timer(instance, task, WorkflowConstants.AutoActionTimer, now + auto, payload), cancellationToken).ConfigureAwait(false);
        }
    }

    private static DueItem Timer(WorkflowInstance instance, ApprovalTask task, string kind, DateTimeOffset dueAt, string payload) => new()
    {
        Id = $"{instance.Id}/{task.Id}/{kind}",
        Kind = kind,
        DueAt = dueAt,
        Payload = payload,
        Subject = instance.Id,
    };

    private async Task HandleTimerAsync(DueItem item, CancellationToken cancellationToken)
    {
        if (item.Kind is not (WorkflowConstants.RemindTimer or WorkflowConstants.EscalateTimer or WorkflowConstants.AutoActionTimer))
        {
            return;
        }

        string? instanceId = null, taskId = null;
        try
        {
            using var document = JsonDocument.Parse(item.Payload);
            instanceId = document.RootElement.GetProperty("instanceId").GetString();
            taskId = document.RootElement.GetProperty("taskId").GetString();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or System.Collections.Generic.KeyNotFoundException)
        {
            return;
        }

        if (instanceId is null || taskId is null)
        {
            return;
        }

        await ExecuteAsync(instanceId, item.Id, Actor.System.UserId, async (session, _) =>
        {
            var index = session.Instance.TaskList.FindIndex(t => t.Id == taskId);
            if (index < 0 || session.Instance.TaskList[index].Status != ApprovalTaskStatus.Pending)
            {
                return;
            }

            var task = session.Instance.TaskList[index];
            var timeout = session.Workflow.Node(task.NodeId).Node.Timeout!;
            switch (item.Kind)
            {
                case WorkflowConstants.RemindTimer:
                    session.Record("remind", task.NodeId, null);
                    session.Emit(WorkflowEvents.TaskReminded, task.NodeId, task, ("reason", "timeout"));
                    break;
                case WorkflowConstants.EscalateTimer:
                    session.Record("escalate", task.NodeId, timeout.EscalateTo);
                    session.Emit(WorkflowEvents.TaskEscalated, task.NodeId, task, ("escalateTo", timeout.EscalateTo), ("escalateAction", EscalationName(timeout.EscalateAction)));
                    if (timeout.EscalateAction == EscalationAction.AddTask)
                    {
                        session.AddEscalationTask(index, timeout.EscalateTo!);
                    }
                    else if (timeout.EscalateAction == EscalationAction.Transfer && !session.HasOpenTask(task.NodeId, task.Visit, timeout.EscalateTo!))
                    {
                        session.Transfer(index, timeout.EscalateTo!, "escalated");
                    }

                    break;
                default:
                    switch (timeout.AutoAction)
                    {
                        case TimeoutAction.AutoApprove:
                        case TimeoutAction.AutoReject:
                            var reject = timeout.AutoAction == TimeoutAction.AutoReject;
                            session.Record(reject ? "auto-reject" : "auto-approve", task.NodeId, "timeout");
                            await session.DecideAsync(index, reject ? ApprovalTaskStatus.Rejected : ApprovalTaskStatus.AutoApproved, "timeout", Actor.System.UserId).ConfigureAwait(false);
                            break;
                        case TimeoutAction.Transfer:
                            if (timeout.TransferTo != task.AssigneeId)
                            {
                                session.Transfer(index, timeout.TransferTo!, "timeout");
                            }

                            break;
                    }

                    break;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private static string EscalationName(EscalationAction action) => action switch
    {
        EscalationAction.AddTask => "addTask",
        EscalationAction.Transfer => "transfer",
        _ => "notify",
    };
}
