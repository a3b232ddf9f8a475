using System.Linq;
using System.Threading.Tasks;
using Formwork.Diagnostics;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>Dry runs, approver policies and export.</summary>
public class WorkflowSimulatorTests
{
    [Fact]
    public async Task Simulate_LargeContract_ReportsPathAndApprovers()
    {
        var workflow = new WorkflowDefinitionLoader().Load(ContractWorkflow.Json, ContractWorkflow.Form).GetWorkflowOrThrow();
        var simulator = new WorkflowSimulator(Organization.Create());

        var result = await simulator.SimulateAsync(workflow, ContractWorkflow.Data(600_000), "sales");

        Assert.Equal(WorkflowStatus.Approved, result.Status);
        Assert.Equal(["chain", "amount", "countersign", "financeCheck", "finance", "ceoCheck", "ceo", "legal", "end"], result.Steps.Select(s => s.NodeId));
        Assert.Equal(["m1", "m2"], result.Steps[0].Approvers);
        Assert.Equal("large", result.Steps[1].Branch);
        Assert.Equal(["director", "ceo"], result.Steps[2].Approvers);
        Assert.Equal(["legal1", "legal2", "legal3"], result.Steps[7].Approvers);
        var json = result.ToJson();
        Assert.Contains("\"node\": \"countersign\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"mode\": \"countersign\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"name\": \"总监+CEO会签\"", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_Deduplicate_AutoApprovesTheSameApproverOnTheNextNode()
    {
        var workflow = new WorkflowDefinitionLoader().Compile(new WorkflowBuilder("dedupe")
            .DeduplicateApprovers()
            .Start("start", "a")
            .Approval("a", n => n.Manager(1).Next("b"))
            .Approval("b", n => n.Users("m1", "m2").Mode(ApprovalMode.Countersign).Next("end"))
            .End("end")
            .Build()).GetWorkflowOrThrow();

        var result = await new WorkflowSimulator(Organization.Create()).SimulateAsync(workflow, new RecordData(), "sales");

        Assert.Equal(["m1"], result.Steps[1].AutoApproved);
    }

    [Fact]
    public async Task Policies_EmptySet_AutoApproveAdminOrRefuse()
    {
        static WorkflowDefinition Definition(EmptyApproverPolicy policy) => new WorkflowBuilder("empty")
            .WhenNoApprovers(policy, "auditor")
            .Start("start", "a")
            .Approval("a", n => n.Role("nobody-has-this-role").Next("end"))
            .End("end")
            .Build();

        var auto = new ApprovalHost();
        auto.Deploy(Definition(EmptyApproverPolicy.AutoApprove));
        Assert.Equal(WorkflowStatus.Approved, (await auto.StartAsync("empty", new RecordData())).Status);

        var admin = new ApprovalHost();
        admin.Deploy(Definition(EmptyApproverPolicy.RouteToAdmin));
        Assert.Equal(["auditor"], ApprovalHost.Pending(await admin.StartAsync("empty", new RecordData())));

        var refuse = new ApprovalHost();
        refuse.Deploy(Definition(EmptyApproverPolicy.Refuse));
        var refused = await refuse.Engine.StartAsync(new StartWorkflowRequest { DefinitionId = "empty", Submitter = new Formwork.Identity.Actor("sales"), Data = new RecordData(), IdempotencyKey = "k" });
        Assert.Equal("No approver was found for node 'a' and the workflow refuses to continue.", refused.Error!.Message);
        Assert.Equal(0, refuse.Store.Count);
        Assert.Empty(refuse.Outbox.All);
        await Assert.ThrowsAsync<FormworkException>(() => new WorkflowSimulator(Organization.Create()).SimulateAsync(refuse.Registry.Find("empty")!, new RecordData(), "sales"));
    }

    [Fact]
    public async Task Policies_SubmitterIsApprover_AutoApproved()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("self")
            .AutoApproveSubmitter()
            .Start("start", "a")
            .Approval("a", n => n.Users("sales", "m1").Mode(ApprovalMode.Countersign).Next("end"))
            .End("end")
            .Build());

        var instance = await host.StartAsync("self", new RecordData());

        Assert.Equal(["m1"], ApprovalHost.Pending(instance));
        Assert.Equal(ApprovalTaskStatus.AutoApproved, instance.Tasks.Single(t => t.AssigneeId == "sales").Status);
    }

    [Theory]
    [InlineData(2, null, 2)]
    [InlineData(null, 50, 2)]
    [InlineData(null, 51, 3)]
    public async Task Vote_Threshold_CountOrPercentRoundedUp(int? count, int? percent, int needed)
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("vote")
            .Start("start", "v")
            .Approval("v", n =>
            {
                n.Users("legal1", "legal2", "legal3", "fin1");
                if (count is { } c)
                {
                    n.VoteCount(c);
                }
                else
                {
                    n.VotePercent(percent!.Value);
                }

                n.Next("end");
            })
            .End("end")
            .Build());
        var instance = await host.StartAsync("vote", new RecordData());

        var voters = new[] { "legal1", "legal2", "legal3" };
        for (var i = 0; i < needed - 1; i++)
        {
            instance = await host.ApproveAsync(instance, voters[i]);
            Assert.Equal(WorkflowStatus.Running, instance.Status);
        }

        instance = await host.ApproveAsync(instance, voters[needed - 1]);
        Assert.Equal(WorkflowStatus.Approved, instance.Status);
    }

    [Fact]
    public async Task Approvers_FormulaAndUserFieldAndDepartmentHead_Resolve()
    {
        var scope = new Formwork.Expressions.FormulaScope().AddField("reviewer", ValueKind.Text).AddField("amount", ValueKind.Number);
        var workflow = new WorkflowDefinitionLoader().Compile(new WorkflowBuilder("rules")
            .Start("start", "a")
            .Approval("a", n => n.Approvers(ApproverRule.FromField("reviewer")).Approvers(ApproverRule.DepartmentHead()).Approvers(ApproverRule.FromFormula("IF(amount > 10, \"ceo\", \"fin1\")")).Approvers(ApproverRule.Manager(3)).Mode(ApprovalMode.Countersign).Next("end"))
            .End("end")
            .Build(), scope).GetWorkflowOrThrow();

        var result = await new WorkflowSimulator(Organization.Create()).SimulateAsync(workflow, new RecordData().Set("reviewer", Value.FromText("legal2")).Set("amount", Value.FromNumber(11)), "sales");

        Assert.Equal(["legal2", "director", "ceo"], result.Steps[0].Approvers);
    }

    [Fact]
    public void Export_MermaidAndDot_DescribeTheGraph()
    {
        var workflow = new WorkflowDefinitionLoader().Load(ContractWorkflow.Json, ContractWorkflow.Form).GetWorkflowOrThrow();

        var mermaid = workflow.ToMermaid();
        var dot = workflow.ToDot();

        Assert.StartsWith("flowchart TD\n", mermaid, System.StringComparison.Ordinal);
        Assert.Contains("|\"amount < 50000\"|", mermaid, System.StringComparison.Ordinal);
        Assert.Contains("总监+CEO会签 (approval, countersign)", mermaid, System.StringComparison.Ordinal);
        Assert.StartsWith("digraph \"contract-approval\" {", dot, System.StringComparison.Ordinal);
        Assert.Contains("\"amount\" -> \"director\" [label=\"amount < 50000\"];", dot, System.StringComparison.Ordinal);
        Assert.Contains("\"legal\" [label=\"法务或签 (approval, orsign)\", shape=box, style=rounded];", dot, System.StringComparison.Ordinal);
    }
}
