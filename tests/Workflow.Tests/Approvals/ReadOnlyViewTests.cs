using System.Linq;
using System.Threading.Tasks;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Identity;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>S8 read-only views: the viewer's relation to the instance picks the node permission profile that hides and masks fields; field edits obey the node profile.</summary>
public class ReadOnlyViewTests
{
    private const string FormJson = """
        {
          "kind": "form",
          "id": "customer-file",
          "version": 1,
          "title": "客户档案",
          "fields": [
            { "name": "customer", "type": "text", "label": "客户" },
            { "name": "mobile", "type": "phone", "label": "手机", "settings": { "format": "mobile" } },
            { "name": "idNumber", "type": "idNumber", "label": "身份证" },
            { "name": "cost", "type": "money", "label": "成本" },
            { "name": "discount", "type": "percent", "label": "折扣" }
          ],
          "permissions": [
            { "name": "applicant", "default": "editable" },
            { "name": "manager", "default": "readOnly", "fields": { "cost": "hidden", "mobile": "masked", "discount": "editable" } },
            { "name": "finance", "default": "readOnly", "fields": { "cost": "editable", "idNumber": "masked" } },
            { "name": "cc", "default": "readOnly", "fields": { "cost": "hidden", "idNumber": "hidden", "mobile": "masked" } },
            { "name": "viewer", "default": "readOnly", "fields": { "cost": "hidden", "mobile": "masked", "idNumber": "masked" } },
            { "name": "audit", "default": "readOnly" }
          ]
        }
        """;

    private const string Json = """
        {
          "id": "customer-file",
          "form": "customer-file",
          "view": { "permission": "viewer", "roles": { "inspectors": "audit" } },
          "nodes": [
            { "id": "start", "type": "start", "next": "manager", "permission": "applicant" },
            { "id": "manager", "type": "approval", "approvers": [ { "type": "users", "users": ["m1"] } ], "permission": "manager", "next": "costing" },
            { "id": "costing", "type": "handler", "approvers": [ { "type": "users", "users": ["fin1"] } ], "permission": "finance", "next": "notify" },
            { "id": "notify", "type": "cc", "approvers": [ { "type": "users", "users": ["channel"] } ], "permission": "cc", "next": "director" },
            { "id": "director", "type": "approval", "approvers": [ { "type": "users", "users": ["director"] } ], "next": "end" },
            { "id": "end", "type": "end" }
          ]
        }
        """;

    private static readonly CompiledForm Form = new FormDefinitionLoader().Load(FormJson).Form!;

    private static async Task<(ApprovalHost Host, WorkflowInstance Instance)> StartAsync()
    {
        var host = new ApprovalHost();
        host.Directory.AddUser(new DirectoryUser { Id = "inspector", Name = "Inspector", Roles = ["inspectors"] });
        host.Deploy(Json, Form);
        var data = new RecordData()
            .Set("customer", Value.FromText("杭州云杉科技"))
            .Set("mobile", Value.FromText("13812345678"))
            .Set("idNumber", Value.FromText("110101199003071234"))
            .Set("cost", Value.FromNumber(8_000))
            .Set("discount", Value.FromNumber(0.1m));
        return (host, await host.StartAsync("customer-file", data));
    }

    private static async Task<RecordData> ViewAsync(ApprovalHost host, WorkflowInstance instance, string user)
    {
        var result = await host.Engine.ViewAsync(instance.Id, Organization.Actor(host.Directory, user));
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Instance!.Data;
    }

    private static string Show(RecordData data) => string.Join("; ", data.Select(f => $"{f.Key}={f.Value}"));

    [Fact]
    public async Task View_CurrentAssignee_SeesThroughTheirNodeProfile()
    {
        var (host, instance) = await StartAsync();

        var view = await ViewAsync(host, instance, "m1");

        Assert.Equal("customer=杭州云杉科技; mobile=138****5678; idNumber=110101199003071234; discount=0.1", Show(view));
    }

    [Fact]
    public async Task View_PastApproverAndHandler_KeepTheirNodesProfiles()
    {
        var (host, instance) = await StartAsync();
        instance = await host.ApproveAsync(instance, "m1");

        Assert.False((await ViewAsync(host, instance, "m1")).ContainsKey("cost"));
        Assert.Equal("customer=杭州云杉科技; mobile=13812345678; idNumber=110101********1234; cost=8000; discount=0.1", Show(await ViewAsync(host, instance, "fin1")));
    }

    [Fact]
    public async Task View_CarbonCopyRecipient_SeesThroughTheCcNodeProfile()
    {
        var (host, instance) = await StartAsync();
        instance = await host.ApproveAsync(instance, "m1");
        instance = await host.ApproveAsync(instance, "fin1");

        Assert.Equal("customer=杭州云杉科技; mobile=138****5678; discount=0.1", Show(await ViewAsync(host, instance, "channel")));
    }

    [Fact]
    public async Task View_NodeWithoutProfileAndAdministrator_UseTheDefinitionViewProfile()
    {
        var (host, instance) = await StartAsync();
        instance = await host.ApproveAsync(instance, "m1");
        instance = await host.ApproveAsync(instance, "fin1");
        const string expected = "customer=杭州云杉科技; mobile=138****5678; idNumber=110101********1234; discount=0.1";

        Assert.Equal(expected, Show(await ViewAsync(host, instance, "director")));
        Assert.Equal(expected, Show(await ViewAsync(host, instance, "auditor")));
    }

    [Fact]
    public async Task View_SubmitterAndDirectoryRoleViewer_SeeTheirProfiles()
    {
        var (host, instance) = await StartAsync();
        const string everything = "customer=杭州云杉科技; mobile=13812345678; idNumber=110101199003071234; cost=8000; discount=0.1";

        Assert.Equal(everything, Show(await ViewAsync(host, instance, "sales")));
        var inspector = await host.Engine.ViewAsync(instance.Id, new Actor("inspector"));
        Assert.Equal(everything, Show(inspector.Instance!.Data));
    }

    [Fact]
    public async Task View_BuilderViewerRoles_MatchTheJsonDefinition()
    {
        var host = new ApprovalHost();
        host.Deploy(new WorkflowBuilder("built")
            .ForForm("customer-file")
            .ViewPermission("viewer")
            .Viewers("regional", "cc")
            .Start("start", "a", "applicant")
            .Approval("a", n => n.Users("m1").Next("end"))
            .End("end")
            .Build(), Form);
        var instance = await host.StartAsync("built", new RecordData().Set("customer", Value.FromText("A")).Set("cost", Value.FromNumber(1)).Set("idNumber", Value.FromText("110101199003071234")));

        Assert.Equal("customer=A", Show(await ViewAsync(host, instance, "m2")));
        Assert.Equal("customer=A; idNumber=110101********1234", Show(await ViewAsync(host, instance, "m1")));
    }

    [Fact]
    public async Task View_Outsider_IsRefusedAndTheStoredInstanceKeepsItsData()
    {
        var (host, instance) = await StartAsync();
        _ = await ViewAsync(host, instance, "m1");

        var refused = await host.Engine.ViewAsync(instance.Id, new Actor("outsider"));

        Assert.Equal("FWA0113", refused.Error!.Code);
        Assert.Equal($"'outsider' is not a participant of instance '{instance.Id}' and has no role allowed to view it.", refused.Error.Message);
        Assert.Null(refused.Instance);
        Assert.Equal(Value.FromNumber(8_000), (await host.Engine.GetInstanceAsync(instance.Id))!.Data["cost"]);
        Assert.Equal("FWA0102", (await host.Engine.ViewAsync("nope", new Actor("m1"))).Error!.Code);
    }

    [Fact]
    public async Task Complete_HandlerEditsWritableField_AuditSaysNodeAndBeforeAfter()
    {
        var (host, instance) = await StartAsync();
        instance = await host.ApproveAsync(instance, "m1");

        instance = await host.OkAsync(instance, WorkflowActionKind.Approve, "fin1", "核定成本", new RecordData().Set("cost", Value.FromNumber(9_500)));

        var entry = (await host.Engine.GetTimelineAsync(instance.Id)).Single(e => e.Action == "complete");
        Assert.Equal(("fin1", "costing", "核定成本"), (entry.ActorId, entry.NodeId, entry.Comment));
        var change = Assert.Single(entry.Changes);
        Assert.Equal(("cost", Value.FromNumber(8_000), Value.FromNumber(9_500)), (change.Field, change.Before, change.After));
    }

    [Fact]
    public async Task GetTimeline_ForAViewer_HidesAndMasksFieldChanges()
    {
        var (host, instance) = await StartAsync();
        instance = await host.ApproveAsync(instance, "m1");
        instance = await host.OkAsync(instance, WorkflowActionKind.Approve, "fin1", changes: new RecordData().Set("cost", Value.FromNumber(9_500)));

        var forChannel = await host.Engine.GetTimelineAsync(instance.Id, Organization.Actor(host.Directory, "channel"));
        var forFinance = await host.Engine.GetTimelineAsync(instance.Id, Organization.Actor(host.Directory, "fin1"));

        Assert.Empty(forChannel.Single(e => e.Action == "complete").Changes);
        Assert.Equal("customer mobile discount", string.Join(" ", forChannel.Single(e => e.Action == "submit").Changes.Select(c => c.Field)));
        Assert.Equal("138****5678", forChannel.Single(e => e.Action == "submit").Changes.Single(c => c.Field == "mobile").After.AsText());
        Assert.Equal("110101********1234", forFinance.Single(e => e.Action == "submit").Changes.Single(c => c.Field == "idNumber").After.AsText());
        Assert.Equal(Value.FromNumber(9_500), forFinance.Single(e => e.Action == "complete").Changes.Single().After);
        var refused = await Assert.ThrowsAsync<FormworkException>(() => host.Engine.GetTimelineAsync(instance.Id, new Actor("outsider")));
        Assert.Equal("FWA0113", refused.Code);
    }

    [Theory]
    [InlineData("m1", "cost", "manager")]
    [InlineData("m1", "mobile", "manager")]
    [InlineData("m1", "customer", "manager")]
    public async Task Approve_WriteToHiddenMaskedOrReadOnlyField_IsRefusedAndNothingApplied(string user, string field, string node)
    {
        var (host, instance) = await StartAsync();
        var changes = new RecordData().Set("discount", Value.FromNumber(0.3m)).Set(field, Value.FromText("x"));

        var refused = await host.ActAsync(instance, WorkflowActionKind.Approve, user, changes: changes);

        Assert.Equal(field, refused.Error!.Path);
        Assert.Equal($"You may not change {refused.Error.Arguments["label"]} at node '{node}'.", refused.Error.Message);
        Assert.Same(instance, await host.Engine.GetInstanceAsync(instance.Id));
        Assert.DoesNotContain(await host.Engine.GetTimelineAsync(instance.Id), e => e.Action == "approve");
    }

    [Fact]
    public async Task Complete_HandlerWritesMaskedField_IsRefused()
    {
        var (host, instance) = await StartAsync();
        instance = await host.ApproveAsync(instance, "m1");

        var refused = await host.ActAsync(instance, WorkflowActionKind.Approve, "fin1", changes: new RecordData().Set("idNumber", Value.FromText("110101********1234")));

        Assert.Equal("FWA0107", refused.Error!.Code);
        Assert.Equal(Value.FromText("110101199003071234"), (await host.Engine.GetInstanceAsync(instance.Id))!.Data["idNumber"]);
    }

    [Theory]
    [InlineData(WorkflowActionKind.Transfer, "This action (transfer) cannot change form fields; change them when approving, completing or resubmitting.")]
    [InlineData(WorkflowActionKind.Return, "This action (return) cannot change form fields; change them when approving, completing or resubmitting.")]
    [InlineData(WorkflowActionKind.AddSigner, "This action (add a signer) cannot change form fields; change them when approving, completing or resubmitting.")]
    public async Task Act_ActionThatCannotCarryChanges_IsRefused(WorkflowActionKind kind, string message)
    {
        var (host, instance) = await StartAsync();

        var refused = await host.ActAsync(instance, kind, "m1", changes: new RecordData().Set("discount", Value.FromNumber(0.3m)), users: ["m2"]);

        Assert.Equal("FWA0118", refused.Error!.Code);
        Assert.Equal(message, refused.Error.Message);
        Assert.EndsWith("）不能修改表单字段；请在同意、办理或重新提交时修改。", refused.Error.MessageChinese, System.StringComparison.Ordinal);
        Assert.Same(instance, await host.Engine.GetInstanceAsync(instance.Id));
    }

    [Fact]
    public void Load_BadViewSection_IsReportedWithPaths()
    {
        var json = Json.Replace("""{ "permission": "viewer", "roles": { "inspectors": "audit" } }""", """{ "permission": "nope", "roles": { "inspectors": "missing", "x": 3 }, "extra": 1 }""", System.StringComparison.Ordinal);

        var result = new WorkflowDefinitionLoader().Load(json, Form);

        Assert.False(result.Success);
        Assert.Equal(
            ["FWA0003 $.view.extra", "FWA0002 $.view.roles['x']"],
            result.Diagnostics.Select(d => $"{d.Code} {d.Path}").ToArray());
        var second = new WorkflowDefinitionLoader().Load(Json.Replace("\"audit\" }", "\"missing\" }", System.StringComparison.Ordinal).Replace("\"permission\": \"viewer\"", "\"permission\": \"nope\"", System.StringComparison.Ordinal), Form);
        Assert.Equal(
            ["FWA0026 $.view.permission The form has no permission profile named 'nope'.", "FWA0026 $.view.roles['inspectors'] The form has no permission profile named 'missing'."],
            second.Diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}").ToArray());
    }
}
