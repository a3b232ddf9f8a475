using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Formwork.Identity;
using Formwork.Stores;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>The indexed in-memory store answers exactly what a scan of every instance answers.</summary>
public class InMemoryWorkflowInstanceStoreTests
{
    private static readonly string[] Users = ["u0", "u1", "u2", "u3", "u4", "u5"];

    [Fact]
    public async Task FindAsync_RandomActions_MatchesAScanOfEveryInstance()
    {
        var random = new Random(20261122);
        var host = new ApprovalHost();
        host.Engine.Deploy(new WorkflowDefinitionLoader().Compile(new WorkflowBuilder("two")
            .Start("start", "first")
            .Approval("first", n => n.Approvers(ApproverRule.FromField("first")).Mode(ApprovalMode.Countersign).Next("second"))
            .Approval("second", n => n.Approvers(ApproverRule.FromField("second")).Next("end"))
            .End("end")
            .Build(), new Formwork.Expressions.FormulaScope().AddField("first", ValueKind.Text).AddField("second", ValueKind.Text)).GetWorkflowOrThrow());
        var ids = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            var first = string.Join(",", Users.OrderBy(_ => random.Next()).Take(random.Next(1, 3)));
            var data = new RecordData().Set("first", Value.FromText(first)).Set("second", Value.FromText(Users[random.Next(Users.Length)]));
            ids.Add((await host.StartAsync("two", data, submitter: Users[random.Next(Users.Length)], id: "i" + i.ToString(CultureInfo.InvariantCulture))).Id);
            host.Time.Advance(TimeSpan.FromMinutes(1));
        }

        for (var step = 0; step < 300; step++)
        {
            var instance = (await host.Engine.GetInstanceAsync(ids[random.Next(ids.Count)]))!;
            var pending = instance.Tasks.Where(t => t.Status == ApprovalTaskStatus.Pending).ToArray();
            if (pending.Length == 0)
            {
                continue;
            }

            var kind = random.Next(5) == 0 ? WorkflowActionKind.Reject : WorkflowActionKind.Approve;
            Assert.True((await host.ActAsync(instance, kind, pending[random.Next(pending.Length)].AssigneeId)).Succeeded);
            host.Time.Advance(TimeSpan.FromSeconds(random.Next(1, 90)));
        }

        var all = new List<WorkflowInstance>();
        foreach (var id in ids)
        {
            all.Add((await host.Store.GetAsync(id))!);
        }

        foreach (var user in Users.Append("nobody"))
        {
            foreach (var status in new WorkflowStatus?[] { null, WorkflowStatus.Running, WorkflowStatus.Approved })
            {
                await AssertSameAsync(host.Store, all, new WorkflowInstanceQuery { PendingAssignee = user, Status = status, Take = 1000 });
                await AssertSameAsync(host.Store, all, new WorkflowInstanceQuery { DecidedBy = user, Status = status, Take = 7 });
                await AssertSameAsync(host.Store, all, new WorkflowInstanceQuery { SubmitterId = user, DecidedBy = Users[0], Status = status, Take = 1000 });
                await AssertSameAsync(host.Store, all, new WorkflowInstanceQuery { SubmitterId = user, Status = status, Take = 1000 });
            }
        }

        await AssertSameAsync(host.Store, all, new WorkflowInstanceQuery { Status = WorkflowStatus.Rejected, Take = 1000 });
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_ThrowsAndKeepsTheIndex()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("one").Start("start", "a").Approval("a", n => n.Users("m1").Next("end")).End("end").Build());
        var instance = await host.StartAsync("one", new RecordData());

        await Assert.ThrowsAsync<ConcurrencyException>(() => host.Store.SaveAsync(instance, expectedVersion: 5).AsTask());
        await Assert.ThrowsAsync<ConcurrencyException>(() => host.Store.AddAsync(instance).AsTask());

        var inbox = await host.Store.FindAsync(new WorkflowInstanceQuery { PendingAssignee = "m1" });
        Assert.Equal([instance.Id], inbox.Select(i => i.Id));
        await host.ApproveAsync(instance, "m1");
        Assert.Empty(await host.Store.FindAsync(new WorkflowInstanceQuery { PendingAssignee = "m1" }));
        Assert.Equal([instance.Id], (await host.Engine.GetActedTasksAsync("m1")).Select(t => t.Instance.Id));
    }

    private static async Task AssertSameAsync(InMemoryWorkflowInstanceStore store, List<WorkflowInstance> all, WorkflowInstanceQuery query)
    {
        var expected = all
            .Where(i => (query.SubmitterId is null || i.SubmitterId == query.SubmitterId)
                && (query.Status is null || i.Status == query.Status)
                && (query.PendingAssignee is null || i.Tasks.Any(t => t.Status == ApprovalTaskStatus.Pending && t.AssigneeId == query.PendingAssignee))
                && (query.DecidedBy is null || i.Tasks.Any(t => t.DecidedBy == query.DecidedBy && !t.IsOpen)))
            .OrderByDescending(i => i.UpdatedAt)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .Take(query.Take)
            .Select(i => i.Id)
            .ToArray();

        var actual = (await store.FindAsync(query)).Select(i => i.Id).ToArray();

        Assert.Equal(expected, actual);
    }
}
