using System.Linq;
using Formwork.Diagnostics;
using Formwork.Expressions;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>Malformed definitions: every problem is a diagnostic with a code and a JSON path, and nothing is half-loaded.</summary>
public class WorkflowDefinitionLoaderTests
{
    private static readonly FormulaScope Scope = new FormulaScope().AddField("amount", ValueKind.Number).AddField("reviewer", ValueKind.Text);

    private static string Wrap(string nodes) => "{ \"id\": \"w\", \"nodes\": [ " + nodes + " ] }";

    private const string StartToA = """{ "id": "start", "type": "start", "next": "a" }""";
    private const string A = """{ "id": "a", "type": "approval", "approvers": [ { "type": "users", "users": ["u1"] } ], "next": "end" }""";
    private const string End = """{ "id": "end", "type": "end" }""";

    private static Diagnostic[] Errors(string json)
    {
        var result = new WorkflowDefinitionLoader().Load(json, Scope);
        Assert.False(result.Success);
        Assert.Null(result.Workflow);
        return result.Diagnostics.Where(d => d.IsError).ToArray();
    }

    private static Diagnostic Single(string json) => Assert.Single(Errors(json));

    [Fact]
    public void Load_ValidDefinition_Compiles()
    {
        var result = new WorkflowDefinitionLoader().Load(Wrap(string.Join(",", StartToA, A, End)), Scope);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal("w", result.Workflow!.Id);
        Assert.Equal(1, result.Workflow.Version);
    }

    [Fact]
    public void Load_InvalidJson_ReportsFWA0001()
    {
        var error = Single("{ \"id\": ");

        Assert.Equal("FWA0001", error.Code);
        Assert.Equal("$", error.Path);
    }

    [Fact]
    public void Load_UnknownPropertyAndWrongType_HavePaths()
    {
        var errors = Errors(Wrap(string.Join(",", StartToA, """{ "id": "a", "type": "approval", "aprovers": [], "approvers": "u1", "next": "end" }""", End)));

        Assert.Contains(errors, e => e.Code == "FWA0003" && e.Path == "$.nodes[1].aprovers" && e.Message == "Unknown property 'aprovers'." && e.MessageChinese == "未知属性“aprovers”。");
        Assert.Contains(errors, e => e.Code == "FWA0002" && e.Path == "$.nodes[1].approvers" && e.Message == "Expected an array here, found a string.");
    }

    [Fact]
    public void Load_BadEnumValue_ListsTheAllowedValues()
    {
        var error = Single(Wrap(string.Join(",", StartToA, """{ "id": "a", "type": "approval", "mode": "all", "approvers": [ { "type": "users", "users": ["u1"] } ], "next": "end" }""", End)));

        Assert.Equal("$.nodes[1].mode", error.Path);
        Assert.Equal("'all' is not a valid approval mode; use one of: single, countersign, orSign, vote, sequential.", error.Message);
    }

    [Fact]
    public void Load_UnreachableNode_IsReported()
    {
        var error = Single(Wrap(string.Join(",", StartToA, A, End, """{ "id": "lost", "type": "approval", "approvers": [ { "type": "submitter" } ], "next": "end" }""")));

        Assert.Equal(("FWA0013", "$.nodes[3]"), (error.Code, error.Path));
        Assert.Equal("The node 'lost' can never be reached from the start node.", error.Message);
        Assert.Equal("节点“lost”从发起节点永远无法到达。", error.MessageChinese);
    }

    [Fact]
    public void Load_DeadEnd_IsReported()
    {
        var errors = Errors(Wrap(string.Join(",", """{ "id": "start", "type": "start", "next": "c" }""",
            """{ "id": "c", "type": "condition", "branches": [ { "when": "amount > 1", "next": "a" }, { "next": "x" } ] }""",
            A, End,
            """{ "id": "x", "type": "approval", "approvers": [ { "type": "submitter" } ], "next": "y" }""",
            """{ "id": "y", "type": "approval", "approvers": [ { "type": "submitter" } ], "next": "x" }""")));

        Assert.Equal(["$.nodes[4]", "$.nodes[5]"], errors.Where(e => e.Code == "FWA0014").Select(e => e.Path));
        Assert.Equal("The node 'x' never leads to an end node.", errors.First(e => e.Code == "FWA0014").Message);
        Assert.Contains(errors, e => e.Code == "FWA0032");
    }

    [Fact]
    public void Load_BranchWithoutDefault_IsReported()
    {
        var error = Single(Wrap(string.Join(",", """{ "id": "start", "type": "start", "next": "c" }""",
            """{ "id": "c", "type": "condition", "branches": [ { "when": "amount > 1", "next": "a" } ] }""", A, End)));

        Assert.Equal(("FWA0016", "$.nodes[1].branches"), (error.Code, error.Path));
        Assert.Equal("The condition node 'c' has no default branch (a branch without a condition).", error.Message);
    }

    [Fact]
    public void Load_JoinWithoutMatchingFork_IsReported()
    {
        var errors = Errors(Wrap(string.Join(",", """{ "id": "start", "type": "start", "next": "a" }""",
            """{ "id": "a", "type": "approval", "approvers": [ { "type": "submitter" } ], "next": "j" }""",
            """{ "id": "j", "type": "join", "fork": "a", "next": "end" }""", End)));

        var error = Assert.Single(errors, e => e.Code == "FWA0018");
        Assert.Equal("$.nodes[2].fork", error.Path);
    }

    [Fact]
    public void Load_UnknownFieldInFormula_PointsIntoTheFormula()
    {
        var error = Single(Wrap(string.Join(",", """{ "id": "start", "type": "start", "next": "c" }""",
            """{ "id": "c", "type": "condition", "branches": [ { "when": "amont > 50000", "next": "a" }, { "next": "a" } ] }""", A, End)));

        Assert.Equal(("FWA0021", "$.nodes[1].branches[0].when"), (error.Code, error.Path));
        Assert.Contains("amont", error.Message, System.StringComparison.Ordinal);
        Assert.NotNull(error.Span);
    }

    [Fact]
    public void Load_ConditionNotBoolean_IsReported()
    {
        var error = Single(Wrap(string.Join(",", """{ "id": "start", "type": "start", "next": "c" }""",
            """{ "id": "c", "type": "condition", "branches": [ { "when": "amount + 1", "next": "a" }, { "next": "a" } ] }""", A, End)));

        Assert.Equal("FWA0022", error.Code);
    }

    [Theory]
    [InlineData("""{ "type": "users", "users": [] }""", "$.nodes[1].approvers[0].users", "the user list is empty or has a blank id")]
    [InlineData("""{ "type": "role" }""", "$.nodes[1].approvers[0].role", "no role is given")]
    [InlineData("""{ "type": "manager", "level": 0 }""", "$.nodes[1].approvers[0].level", "the manager level must be 1 or more")]
    [InlineData("""{ "type": "managerChain" }""", "$.nodes[1].approvers[0]", "the chain needs a level of 1 or more or an ending role")]
    [InlineData("""{ "type": "formula", "formula": "amount * 2" }""", "$.nodes[1].approvers[0].formula", "the formula returns number, not user ids")]
    public void Load_ApproverRuleThatNeverResolves_IsReported(string rule, string path, string reason)
    {
        var error = Single(Wrap(string.Join(",", StartToA, """{ "id": "a", "type": "approval", "approvers": [ """ + rule + """ ], "next": "end" }""", End)));

        Assert.Equal(("FWA0024", path), (error.Code, error.Path));
        Assert.Equal($"This approver rule can never find anyone: {reason}.", error.Message);
    }

    [Fact]
    public void Load_UserFieldNotInForm_IsReported()
    {
        var error = Single(Wrap(string.Join(",", StartToA, """{ "id": "a", "type": "approval", "approvers": [ { "type": "userField", "field": "owner" } ], "next": "end" }""", End)));

        Assert.Equal(("FWA0025", "$.nodes[1].approvers[0].field"), (error.Code, error.Path));
    }

    [Fact]
    public void Load_LoopOfForwardEdges_IsReported()
    {
        var errors = Errors(Wrap(string.Join(",", StartToA,
            """{ "id": "a", "type": "approval", "approvers": [ { "type": "submitter" } ], "next": "b" }""",
            """{ "id": "b", "type": "condition", "branches": [ { "when": "amount > 1", "next": "a" }, { "next": "end" } ] }""", End)));

        Assert.Contains(errors, e => e.Code == "FWA0032");
    }

    [Fact]
    public void Load_MissingStartAndEnd_AndDuplicateIds_AreReported()
    {
        var errors = Errors(Wrap(string.Join(",", A, A)));

        Assert.Contains(errors, e => e.Code == "FWA0006" && e.Path == "$.nodes[1].id");
        Assert.Contains(errors, e => e.Code == "FWA0010");
        Assert.Contains(errors, e => e.Code == "FWA0011");
    }

    [Fact]
    public void Load_IncompleteTimeoutAndBadDuration_AreReported()
    {
        var errors = Errors(Wrap(string.Join(",", StartToA,
            """{ "id": "a", "type": "approval", "approvers": [ { "type": "submitter" } ], "timeout": { "remindAfter": "4 hours" }, "next": "end" }""", End)));
        Assert.Equal("'4 hours' is not a positive ISO 8601 duration such as PT4H or P2D.", Assert.Single(errors).Message);

        var incomplete = Single(Wrap(string.Join(",", StartToA,
            """{ "id": "a", "type": "approval", "approvers": [ { "type": "submitter" } ], "timeout": { "escalateAfter": "P1D" }, "next": "end" }""", End)));
        Assert.Equal("The timeout is incomplete: escalateAfter needs escalateTo.", incomplete.Message);
        Assert.Equal("超时设置不完整：设置了 escalateAfter 但缺少 escalateTo。", incomplete.MessageChinese);
    }

    [Fact]
    public void Load_VoteWithoutThreshold_IsReported()
    {
        var error = Single(Wrap(string.Join(",", StartToA, """{ "id": "a", "type": "approval", "mode": "vote", "approvers": [ { "type": "role", "role": "board" } ], "next": "end" }""", End)));

        Assert.Equal(("FWA0028", "$.nodes[1].threshold"), (error.Code, error.Path));
    }

    [Fact]
    public void Load_UnknownPermissionProfile_IsReportedAgainstTheForm()
    {
        var json = ContractWorkflow.Json.Replace("\"permission\": \"finance\"", "\"permission\": \"cfo\"", System.StringComparison.Ordinal);

        var result = new WorkflowDefinitionLoader().Load(json, ContractWorkflow.Form);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("FWA0026", "$.nodes[6].permission"), (error.Code, error.Path));
        Assert.Equal("The form has no permission profile named 'cfo'.", error.Message);
    }

    [Fact]
    public void Deploy_UnregisteredAutomation_DeploysNothing()
    {
        var host = new ApprovalHost();
        var workflow = new WorkflowDefinitionLoader().Compile(new WorkflowBuilder("auto")
            .Start("start", "erp")
            .Automation("erp", "syncErp", "end")
            .End("end")
            .Build()).GetWorkflowOrThrow();

        var error = Assert.Throws<FormworkException>(() => host.Engine.Deploy(workflow));

        Assert.Equal("FWA0035", error.Code);
        Assert.Equal("$.nodes[1].action", error.Diagnostics[0].Path);
        Assert.Null(host.Registry.Find("auto"));
    }

    [Fact]
    public void Deploy_SameVersionTwice_IsRefused()
    {
        var host = new ApprovalHost();
        var definition = new WorkflowBuilder("w").Start("start", "end").End("end").Build();
        host.Deploy(definition);

        var error = Assert.Throws<FormworkException>(() => host.Deploy(definition));

        Assert.Equal("Version 1 of workflow 'w' is already deployed.", error.Diagnostics[0].Message);
    }

    [Fact]
    public void Builder_ProducesTheSameModelAsJson()
    {
        var fromJson = WorkflowDefinitionLoader.ReadDefinition(ContractWorkflow.Json, out var diagnostics);
        Assert.Empty(diagnostics);
        var fromBuilder = new WorkflowBuilder("contract-approval")
            .Named("合同审批")
            .ForForm("contract")
            .Start("start", "chain", "applicant")
            .Approval("chain", n => n.Named("连续多级主管").Mode(ApprovalMode.Sequential).ManagerChain(2).Next("amount"))
            .Condition("amount", b => b.When("amount < 50000", "director", "small").Otherwise("countersign", "large"))
            .Approval("director", n => n.Named("销售总监").Role("sales-director").Permission("director").Next("legal"))
            .Approval("countersign", n => n.Named("总监+CEO会签").Mode(ApprovalMode.Countersign).Role("sales-director").Role("ceo").Permission("director").Next("financeCheck"))
            .Condition("financeCheck", b => b.When("amount > 100000", "finance").Otherwise("legal"))
            .Approval("finance", n => n.Named("财务").Role("finance").Permission("finance").Next("ceoCheck"))
            .Condition("ceoCheck", b => b.When("amount > 500000", "ceo").Otherwise("legal"))
            .Approval("ceo", n => n.Named("CEO").Role("ceo").Next("legal"))
            .Approval("legal", n => n.Named("法务或签").Mode(ApprovalMode.OrSign).Role("legal")
                .Timeout(new NodeTimeout
                {
                    RemindAfter = System.TimeSpan.FromHours(4),
                    EscalateAfter = System.TimeSpan.FromDays(1),
                    EscalateTo = "director",
                    AutoAfter = System.TimeSpan.FromDays(3),
                    AutoAction = TimeoutAction.AutoApprove,
                })
                .Next("end"))
            .End("end")
            .Build();

        var loader = new WorkflowDefinitionLoader();
        var a = loader.Compile(fromJson!, ContractWorkflow.Form).GetWorkflowOrThrow();
        var b = loader.Compile(fromBuilder, ContractWorkflow.Form).GetWorkflowOrThrow();
        Assert.Equal(a.ToMermaid(), b.ToMermaid());
        Assert.Equal(a.ToDot(), b.ToDot());
        Assert.Equal(fromJson!.Nodes.Count, fromBuilder.Nodes.Count);
        for (var i = 0; i < fromJson.Nodes.Count; i++)
        {
            var (x, y) = (fromJson.Nodes[i], fromBuilder.Nodes[i]);
            Assert.Equal((x.Id, x.Kind, x.Name, x.Next, x.Mode, x.Permission, x.Timeout), (y.Id, y.Kind, y.Name, y.Next, y.Mode, y.Permission, y.Timeout));
            Assert.Equal(x.Approvers, y.Approvers, (r, s) => r.Kind == s.Kind && r.Role == s.Role && r.Level == s.Level && r.Users.SequenceEqual(s.Users));
            Assert.Equal(x.Branches, y.Branches);
        }
    }
}
