using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Diagnostics;
using Formwork.Identity;
using Formwork.Workflow.Internal;

namespace Formwork.Workflow;

/// <summary>Dry runs for designers: runs a workflow against sample data and a directory without persisting anything, assuming every approver approves, and reports the path and who approves at each step. Automations are not called.</summary>
public sealed class WorkflowSimulator
{
    private readonly IOrganizationDirectory _directory;
    private readonly TimeProvider _time;
    private readonly int _maxSteps;

    /// <summary>Creates a simulator.</summary>
    /// <param name="directory">The (sample) directory approvers are resolved through.</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> for the system clock.</param>
    /// <param name="options">The options (the step limit); <see langword="null"/> for the defaults.</param>
    public WorkflowSimulator(IOrganizationDirectory directory, TimeProvider? timeProvider = null, WorkflowOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _directory = directory;
        _time = timeProvider ?? TimeProvider.System;
        _maxSteps = (options ?? new WorkflowOptions()).MaxStepsPerAction;
    }

    /// <summary>Simulates a run.</summary>
    /// <param name="workflow">The compiled workflow.</param>
    /// <param name="data">The sample form data.</param>
    /// <param name="submitterId">The submitter.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The path.</returns>
    /// <exception cref="FormworkException">The run is refused, e.g. a node finds no approver under the <see cref="EmptyApproverPolicy.Refuse"/> policy (<c>FWA0110</c>).</exception>
    public async Task<SimulationResult> SimulateAsync(CompiledWorkflow workflow, RecordData data, string submitterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrEmpty(submitterId);
        var now = _time.GetUtcNow();
        var instance = new WorkflowInstance("simulation", workflow.Id, workflow.Version, submitterId, data.IsFrozen ? data : data.Clone().Freeze(), now);
        var steps = new List<SimulationStep>();
        var session = new Session(instance, workflow, _directory, now, submitterId, "simulation", _maxSteps, null) { Trace = steps, CancellationToken = cancellationToken };
        try
        {
            session.ChangeStatus(LifecycleTrigger.Submit, workflow.Start.Id);
            await session.EnterAsync(workflow.Start.Id, string.Empty, []).ConfigureAwait(false);
            var decisions = 0;
            while (instance.Status == WorkflowStatus.Running)
            {
                var index = instance.TaskList.FindIndex(t => t.Status == ApprovalTaskStatus.Pending);
                if (index < 0 || ++decisions > _maxSteps * 10)
                {
                    break;
                }

                await session.DecideAsync(index, ApprovalTaskStatus.Approved, null, instance.TaskList[index].AssigneeId).ConfigureAwait(false);
            }
        }
        catch (WorkflowRefusal refusal)
        {
            throw new FormworkException(refusal.Diagnostic);
        }

        return new SimulationResult(workflow.Id, workflow.Version, instance.Status, steps);
    }
}
