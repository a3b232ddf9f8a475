using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Formwork.Identity;
using Formwork.Workflow;

namespace Formwork.Benchmarks.Approvals;

/// <summary>
/// A dry run of a 20-node definition (manager chain, thresholds, countersign, parallel review, vote, department head,
/// CC, handler, VIP branch) with every approver approving: the baseline is the <see cref="WorkflowSimulator"/>; the
/// comparison runs the same path for real through the engine on fresh in-memory stores (start plus one approve
/// action per decision). Both return the approval and handler nodes visited, in order.
/// </summary>
[MemoryDiagnoser]
public class SimulationBenchmark
{
    private CompiledWorkflow _workflow = null!;
    private InMemoryOrganizationDirectory _directory = null!;
    private WorkflowSimulator _simulator = null!;
    private RecordData _data = null!;
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _workflow = ApprovalBenchmarkData.Twenty();
        _directory = ApprovalBenchmarkData.Directory();
        _simulator = new WorkflowSimulator(_directory);
        _data = ApprovalBenchmarkData.Data(600_000);
    }

    [Benchmark(Baseline = true)]
    public async Task<string> Simulate()
    {
        var result = await _simulator.SimulateAsync(_workflow, _data, "sales");
        return string.Join(",", result.Steps.Where(s => s.Kind is WorkflowNodeKind.Approval or WorkflowNodeKind.Handler or WorkflowNodeKind.CarbonCopy).Select(s => s.NodeId));
    }

    [Benchmark]
    public async Task<string> RunThroughEngine()
    {
        var engine = ApprovalBenchmarkData.Engine(_workflow, new InMemoryWorkflowInstanceStore(), _directory);
        var run = ++_run;
        var instance = (await engine.StartAsync(new StartWorkflowRequest { DefinitionId = "twenty", Submitter = new Actor("sales"), Data = _data, IdempotencyKey = "run" + run })).Instance!;
        var step = 0;
        while (instance.Status == WorkflowStatus.Running)
        {
            var task = instance.Tasks.First(t => t.Status == ApprovalTaskStatus.Pending);
            instance = (await engine.ActAsync(new WorkflowAction { InstanceId = instance.Id, Kind = WorkflowActionKind.Approve, Actor = new Actor(task.AssigneeId), IdempotencyKey = "a" + step++ })).GetInstanceOrThrow();
        }

        var nodes = new List<string>();
        foreach (var task in instance.Tasks)
        {
            if (nodes.Count == 0 || nodes[^1] != task.NodeId)
            {
                nodes.Add(task.NodeId);
            }
        }

        return string.Join(",", nodes);
    }
}
