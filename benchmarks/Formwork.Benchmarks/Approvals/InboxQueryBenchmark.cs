using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Identity;
using Formwork.Workflow;

namespace Formwork.Benchmarks.Approvals;

/// <summary>
/// Inbox (待办) queries over <see cref="Instances"/> stored instances, one per user of <see cref="Users"/> per invocation.
/// Each instance has one pending approver among 1,000 users, so an inbox holds about 100 instances. The baseline scans
/// every instance (what the store did before it was indexed); the store's indexed query reads only the user's instances.
/// Both return the ids found, newest first, 20 per user.
/// </summary>
[MemoryDiagnoser]
public class InboxQueryBenchmark
{
    /// <summary>Stored instances.</summary>
    public const int Instances = 100_000;

    /// <summary>Inbox queries per invocation.</summary>
    public const int Users = 100;

    private const int Approvers = 1_000;
    private const int Take = 20;

    private InMemoryWorkflowInstanceStore _store = null!;
    private WorkflowInstance[] _all = [];
    private string[] _users = [];

    [GlobalSetup]
    public void Setup()
    {
        var workflow = new WorkflowDefinitionLoader().Compile(new WorkflowBuilder("inbox")
            .Start("start", "review")
            .Approval("review", n => n.Approvers(ApproverRule.FromField("approver")).Next("end"))
            .End("end")
            .Build(), new Formwork.Expressions.FormulaScope().AddField("approver", ValueKind.Text)).GetWorkflowOrThrow();
        _store = new InMemoryWorkflowInstanceStore();
        var engine = ApprovalBenchmarkData.Engine(workflow, _store, ApprovalBenchmarkData.Directory());
        var count = BenchmarkScale.Size(Instances);
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = "i" + i.ToString(CultureInfo.InvariantCulture);
            var data = new RecordData().Set("approver", Value.FromText("u" + (i % Approvers).ToString(CultureInfo.InvariantCulture))).Freeze();
            var submitter = new Actor("s" + (i % 500).ToString(CultureInfo.InvariantCulture));
            engine.StartAsync(new StartWorkflowRequest { DefinitionId = "inbox", Submitter = submitter, Data = data, InstanceId = ids[i], IdempotencyKey = ids[i] }).GetAwaiter().GetResult();
        }

        _all = ids.Select(id => _store.GetAsync(id).AsTask().GetAwaiter().GetResult()!).ToArray();
        _users = Enumerable.Range(0, Users).Select(u => "u" + (u * 7 % Approvers).ToString(CultureInfo.InvariantCulture)).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Users)]
    public List<string> Scan()
    {
        var found = new List<string>();
        foreach (var user in _users)
        {
            found.AddRange(_all
                .Where(i => i.Tasks.Any(t => t.Status == ApprovalTaskStatus.Pending && t.AssigneeId == user))
                .OrderByDescending(i => i.UpdatedAt)
                .ThenBy(i => i.Id, StringComparer.Ordinal)
                .Take(Take)
                .Select(i => i.Id));
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Users)]
    public async Task<List<string>> Indexed()
    {
        var found = new List<string>();
        foreach (var user in _users)
        {
            var page = await _store.FindAsync(new WorkflowInstanceQuery { PendingAssignee = user, Take = Take });
            found.AddRange(page.Select(i => i.Id));
        }

        return found;
    }
}
