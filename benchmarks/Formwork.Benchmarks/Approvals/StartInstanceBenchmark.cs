using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Formwork.Auditing;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Identity;
using Formwork.Stores;
using Formwork.Workflow;

namespace Formwork.Benchmarks.Approvals;

/// <summary>
/// Starts (submits) <see cref="Starts"/> instances per invocation into an empty in-memory store: the baseline on a
/// three-node countersign workflow, the subject on the S4 contract workflow (manager chain resolved through the
/// directory, a reminder timer scheduled on the legal node later). Both return the number of running instances.
/// The setup also prints the memory one stored instance keeps alive (store only, audit and outbox discarded).
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class StartInstanceBenchmark
{
    /// <summary>Starts per invocation.</summary>
    public const int Starts = 10_000;

    private readonly Actor _submitter = new("sales", null, ["d-sales"]);
    private readonly RecordData _data = ApprovalBenchmarkData.Data(60_000);
    private CompiledWorkflow _countersign = null!;
    private CompiledWorkflow _contract = null!;
    private InMemoryOrganizationDirectory _directory = null!;
    private WorkflowEngine _countersignEngine = null!;
    private WorkflowEngine _contractEngine = null!;
    private string[] _ids = [];

    /// <summary>Gets the bytes one stored instance keeps alive, measured in the setup.</summary>
    public static long RetainedBytesPerInstance { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _countersign = ApprovalBenchmarkData.Countersign();
        _contract = ApprovalBenchmarkData.Contract();
        _directory = ApprovalBenchmarkData.Directory();
        _ids = new string[BenchmarkScale.Size(Starts)];
        for (var i = 0; i < _ids.Length; i++)
        {
            _ids[i] = "s" + i.ToString(CultureInfo.InvariantCulture);
        }

        RetainedBytesPerInstance = MeasureRetained();
        Console.WriteLine($"// retained bytes per stored instance (contract workflow, first node pending): {RetainedBytesPerInstance}");
    }

    [IterationSetup]
    public void Prepare()
    {
        _countersignEngine = ApprovalBenchmarkData.Engine(_countersign, new InMemoryWorkflowInstanceStore(), _directory);
        _contractEngine = ApprovalBenchmarkData.Engine(_contract, new InMemoryWorkflowInstanceStore(), _directory);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Starts)]
    public Task<int> StartCountersign() => StartAllAsync(_countersignEngine, "countersign");

    [Benchmark(OperationsPerInvoke = Starts)]
    public Task<int> StartContract() => StartAllAsync(_contractEngine, "contract");

    private async Task<int> StartAllAsync(WorkflowEngine engine, string definition)
    {
        var running = 0;
        foreach (var id in _ids)
        {
            var result = await engine.StartAsync(new StartWorkflowRequest { DefinitionId = definition, Submitter = _submitter, Data = _data, InstanceId = id, IdempotencyKey = id });
            if (result.Instance?.Status == WorkflowStatus.Running)
            {
                running++;
            }
        }

        return running;
    }

    private long MeasureRetained()
    {
        const int Count = 10_000;
        var store = new InMemoryWorkflowInstanceStore();
        var registry = new WorkflowRegistry();
        var engine = new WorkflowEngine(registry, store, _directory, new DiscardingAuditLog(), new DiscardingOutbox(), new InMemoryDueItemStore(), TimeProvider.System);
        engine.Deploy(_contract);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < Count; i++)
        {
            var id = "m" + i.ToString(CultureInfo.InvariantCulture);
            engine.StartAsync(new StartWorkflowRequest { DefinitionId = "contract", Submitter = _submitter, Data = _data, InstanceId = id, IdempotencyKey = id }).GetAwaiter().GetResult();
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(store);
        return (after - before) / Count;
    }

    private sealed class DiscardingAuditLog : IAuditLog
    {
        public Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IReadOnlyList<AuditEntry>> GetTrailAsync(string subjectType, string subjectId, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<AuditEntry>>([]);
    }

    private sealed class DiscardingOutbox : IOutbox
    {
        public Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync(int maxCount, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<OutboxMessage>>([]);

        public Task MarkDeliveredAsync(IEnumerable<Guid> messageIds, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
