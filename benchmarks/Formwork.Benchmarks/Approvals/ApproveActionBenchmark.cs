using System.Globalization;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Identity;
using Formwork.Workflow;

namespace Formwork.Benchmarks.Approvals;

/// <summary>
/// One approve action on a three-person countersign (会签) node, <see cref="Actions"/> per invocation on as many
/// instances prepared before each iteration (an instance can be approved by the same person only once). The
/// baseline does only what any store-backed approval must: load, copy, change the task, save with the version check.
/// The engine adds the rest of a full action: idempotency, entitlement, approval-mode evaluation, the audit entry,
/// the outbox event and the state-machine lifecycle. Both return the number of approvals applied.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class ApproveActionBenchmark
{
    /// <summary>Approve actions per invocation.</summary>
    public const int Actions = 20_000;

    private readonly Actor _director = new("director", ["sales-director"]);
    private CompiledWorkflow _workflow = null!;
    private InMemoryOrganizationDirectory _directory = null!;
    private InMemoryWorkflowInstanceStore _store = null!;
    private WorkflowEngine _engine = null!;
    private string[] _ids = [];
    private string[] _keys = [];

    [GlobalSetup]
    public void Setup()
    {
        _workflow = ApprovalBenchmarkData.Countersign();
        _directory = ApprovalBenchmarkData.Directory();
        var count = BenchmarkScale.Size(Actions);
        _ids = new string[count];
        _keys = new string[count];
        for (var i = 0; i < count; i++)
        {
            _ids[i] = "i" + i.ToString(CultureInfo.InvariantCulture);
            _keys[i] = "approve-" + i.ToString(CultureInfo.InvariantCulture);
        }
    }

    [IterationSetup]
    public void Prepare()
    {
        _store = new InMemoryWorkflowInstanceStore();
        _engine = ApprovalBenchmarkData.Engine(_workflow, _store, _directory);
        var submitter = new Actor("sales");
        var data = ApprovalBenchmarkData.Data(1000);
        foreach (var id in _ids)
        {
            _engine.StartAsync(new StartWorkflowRequest { DefinitionId = "countersign", Submitter = submitter, Data = data, InstanceId = id, IdempotencyKey = id }).GetAwaiter().GetResult();
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Actions)]
    public async Task<int> LoadChangeSave()
    {
        var applied = 0;
        foreach (var id in _ids)
        {
            var stored = (await _store.GetAsync(id))!;
            var copy = stored.Clone();
            var index = copy.TaskList.FindIndex(t => t.AssigneeId == "director" && t.Status == ApprovalTaskStatus.Pending);
            copy.TaskList[index] = copy.TaskList[index] with { Status = ApprovalTaskStatus.Approved, DecidedBy = "director" };
            copy.Version = stored.Version + 1;
            await _store.SaveAsync(copy, stored.Version);
            applied++;
        }

        return applied;
    }

    [Benchmark(OperationsPerInvoke = Actions)]
    public async Task<int> EngineApprove()
    {
        var applied = 0;
        for (var i = 0; i < _ids.Length; i++)
        {
            var result = await _engine.ActAsync(new WorkflowAction { InstanceId = _ids[i], Kind = WorkflowActionKind.Approve, Actor = _director, IdempotencyKey = _keys[i], Comment = "ok" });
            if (result.Succeeded && !result.IsDuplicate)
            {
                applied++;
            }
        }

        return applied;
    }
}
