using System;
using Formwork.Auditing;
using Formwork.Identity;
using Formwork.Stores;
using Formwork.Workflow;

namespace Formwork.Benchmarks.Approvals;

/// <summary>The organisation, definitions and engine shared by the approval benchmarks.</summary>
internal static class ApprovalBenchmarkData
{
    public static InMemoryOrganizationDirectory Directory()
    {
        var directory = new InMemoryOrganizationDirectory();
        directory.AddDepartment(new Department { Id = "d-sales", Name = "Sales", HeadIds = ["director"] });
        directory.AddUser(new DirectoryUser { Id = "sales", Name = "Sales", Departments = ["d-sales"], ManagerId = "m1" });
        directory.AddUser(new DirectoryUser { Id = "m1", Name = "M1", Departments = ["d-sales"], ManagerId = "m2" });
        directory.AddUser(new DirectoryUser { Id = "m2", Name = "M2", Departments = ["d-sales"], ManagerId = "director" });
        directory.AddUser(new DirectoryUser { Id = "director", Name = "Director", Departments = ["d-sales"], ManagerId = "ceo", Roles = ["sales-director"] });
        directory.AddUser(new DirectoryUser { Id = "ceo", Name = "CEO", Roles = ["ceo"] });
        directory.AddUser(new DirectoryUser { Id = "fin1", Name = "Finance", Roles = ["finance"] });
        directory.AddUser(new DirectoryUser { Id = "channel", Name = "Channel", Roles = ["channel"] });
        for (var i = 1; i <= 3; i++)
        {
            directory.AddUser(new DirectoryUser { Id = $"legal{i}", Name = $"Legal {i}", Roles = ["legal"] });
        }

        for (var i = 0; i < 5; i++)
        {
            directory.AddUser(new DirectoryUser { Id = $"board{i}", Name = $"Board {i}", Roles = ["board"] });
        }

        return directory;
    }

    /// <summary>A three-person countersign (会签) then the end: the node the approve benchmark acts on.</summary>
    public static CompiledWorkflow Countersign() => new WorkflowDefinitionLoader().Compile(new WorkflowBuilder("countersign")
        .Start("start", "review")
        .Approval("review", n => n.Users("director", "ceo", "fin1").Mode(ApprovalMode.Countersign).Next("end"))
        .End("end")
        .Build()).GetWorkflowOrThrow();

    /// <summary>The S4 contract approval, 11 nodes.</summary>
    public static CompiledWorkflow Contract() => new WorkflowDefinitionLoader().Compile(new WorkflowBuilder("contract")
        .Start("start", "chain")
        .Approval("chain", n => n.ManagerChain(2).Mode(ApprovalMode.Sequential).Next("amount"))
        .Condition("amount", b => b.When("amount < 50000", "director").Otherwise("countersign"))
        .Approval("director", n => n.Role("sales-director").Next("legal"))
        .Approval("countersign", n => n.Role("sales-director").Role("ceo").Mode(ApprovalMode.Countersign).Next("financeCheck"))
        .Condition("financeCheck", b => b.When("amount > 100000", "finance").Otherwise("legal"))
        .Approval("finance", n => n.Role("finance").Next("ceoCheck"))
        .Condition("ceoCheck", b => b.When("amount > 500000", "ceo").Otherwise("legal"))
        .Approval("ceo", n => n.Role("ceo").Next("legal"))
        .Approval("legal", n => n.Role("legal").Mode(ApprovalMode.OrSign).Timeout(new NodeTimeout { RemindAfter = TimeSpan.FromHours(4) }).Next("end"))
        .End("end")
        .Build(), Scope()).GetWorkflowOrThrow();

    /// <summary>A 20-node definition: chain, thresholds, countersign, a parallel legal/channel review, a vote, department head, CC, handler and a VIP branch.</summary>
    public static CompiledWorkflow Twenty() => new WorkflowDefinitionLoader().Compile(new WorkflowBuilder("twenty")
        .Start("start", "chain")
        .Approval("chain", n => n.ManagerChain(2).Mode(ApprovalMode.Sequential).Next("amount"))
        .Condition("amount", b => b.When("amount < 50000", "director").Otherwise("countersign"))
        .Approval("director", n => n.Role("sales-director").Next("financeCheck"))
        .Approval("countersign", n => n.Role("sales-director").Role("ceo").Mode(ApprovalMode.Countersign).Next("financeCheck"))
        .Condition("financeCheck", b => b.When("amount > 100000", "finance").Otherwise("review"))
        .Approval("finance", n => n.Role("finance").Next("ceoCheck"))
        .Condition("ceoCheck", b => b.When("amount > 500000", "ceo").Otherwise("review"))
        .Approval("ceo", n => n.Role("ceo").Next("review"))
        .Fork("review", "legal", "channel")
        .Approval("legal", n => n.Role("legal").Mode(ApprovalMode.OrSign).Next("reviewed"))
        .Approval("channel", n => n.Role("channel").Next("reviewed"))
        .Join("reviewed", "review", "vote")
        .Approval("vote", n => n.Role("board").VoteCount(3).Next("head"))
        .Approval("head", n => n.Approvers(ApproverRule.DepartmentHead()).Next("copy"))
        .CarbonCopy("copy", n => n.Approvers(ApproverRule.Submitter()).Next("archive"))
        .Handler("archive", n => n.Users("fin1").Next("vipCheck"))
        .Condition("vipCheck", b => b.When("level = \"VIP\"", "vip").Otherwise("end"))
        .Approval("vip", n => n.Role("ceo").Next("end"))
        .End("end")
        .Build(), Scope()).GetWorkflowOrThrow();

    public static RecordData Data(decimal amount) => new RecordData().Set("amount", Value.FromNumber(amount)).Set("level", Value.FromText("VIP")).Freeze();

    public static WorkflowEngine Engine(CompiledWorkflow workflow, InMemoryWorkflowInstanceStore store, IOrganizationDirectory directory)
    {
        var engine = new WorkflowEngine(new WorkflowRegistry(), store, directory, new InMemoryAuditLog(), new InMemoryOutbox(), new InMemoryDueItemStore(), TimeProvider.System);
        engine.Deploy(workflow);
        return engine;
    }

    private static Formwork.Expressions.FormulaScope Scope() => new Formwork.Expressions.FormulaScope().AddField("amount", ValueKind.Number).AddField("level", ValueKind.Text);
}
