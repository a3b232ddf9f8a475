using System.Linq;
using System.Threading.Tasks;
using Formwork.Diagnostics;
using Formwork.Forms;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>Field changes carried by actions go through the form: normalised, computed fields recomputed, validated; writes checked cell by cell.</summary>
public class FieldChangeTests
{
    private const string FormJson = """
        {
          "kind": "form",
          "id": "quote",
          "version": 1,
          "fields": [
            { "name": "customer", "type": "text", "label": "客户", "required": true },
            { "name": "listPrice", "type": "money", "label": "标价" },
            { "name": "discount", "type": "percent", "label": "折扣", "settings": { "min": 0, "max": 0.5 } },
            { "name": "amount", "type": "money", "label": "金额", "formula": "listPrice * (1 - discount)" },
            { "name": "reason", "type": "text", "label": "折扣原因" },
            { "name": "lines", "type": "subform", "label": "明细", "fields": [
                { "name": "product", "type": "text", "label": "产品" },
                { "name": "quantity", "type": "number", "label": "数量" },
                { "name": "unitPrice", "type": "money", "label": "单价" },
                { "name": "lineTotal", "type": "money", "label": "小计", "formula": "quantity * unitPrice" }
            ] }
          ],
          "rules": [
            { "name": "deepDiscount", "condition": "OR(discount <= 0.3, reason <> \"\")", "field": "reason",
              "message": "A discount above 30% needs a reason.", "messageChinese": "折扣超过 30% 需要填写原因。" }
          ],
          "permissions": [
            { "name": "applicant", "default": "editable" },
            { "name": "ceo", "default": "readOnly", "fields": { "discount": "editable" } },
            { "name": "director", "default": "readOnly",
              "fields": { "discount": "editable", "reason": "editable", "lines": "editable", "lines.quantity": "editable" } }
          ]
        }
        """;

    private const string Json = """
        {
          "id": "quote-approval",
          "version": 1,
          "form": "quote",
          "nodes": [
            { "id": "start", "type": "start", "next": "director", "permission": "applicant" },
            { "id": "director", "type": "approval", "approvers": [ { "type": "role", "role": "sales-director" } ], "permission": "director", "next": "check" },
            { "id": "check", "type": "condition", "branches": [
                { "name": "large", "when": "amount >= 8000", "next": "ceo" },
                { "name": "small", "next": "end" } ] },
            { "id": "ceo", "type": "approval", "approvers": [ { "type": "role", "role": "ceo" } ], "permission": "ceo", "next": "end" },
            { "id": "end", "type": "end" }
          ]
        }
        """;

    private static readonly CompiledForm Form = LoadForm();

    private static RecordData Data(string? customer = "杭州云杉科技") => new RecordData()
        .Set("customer", customer is null ? Value.Blank : Value.FromText(customer))
        .Set("listPrice", Value.FromNumber(10_000))
        .Set("discount", Value.FromNumber(0.1m))
        .Set("amount", Value.FromNumber(9_000))
        .Set("lines", Value.FromTable([new RecordData()
            .Set("product", Value.FromText("A"))
            .Set("quantity", Value.FromNumber(2))
            .Set("unitPrice", Value.FromNumber(50))
            .Set("lineTotal", Value.FromNumber(100))
            .Freeze()]));

    private static async Task<(ApprovalHost Host, WorkflowInstance Instance)> StartAsync(RecordData? data = null)
    {
        var host = new ApprovalHost();
        host.Deploy(Json, Form);
        return (host, await host.StartAsync("quote-approval", data ?? Data()));
    }

    private static Value Lines(decimal quantity, decimal unitPrice) => Value.FromTable([new RecordData()
        .Set("product", Value.FromText("A"))
        .Set("quantity", Value.FromNumber(quantity))
        .Set("unitPrice", Value.FromNumber(unitPrice))
        .Freeze()]);

    [Fact]
    public async Task Approve_WithoutEdit_LargeAmountGoesToTheCeo()
    {
        var (host, instance) = await StartAsync();

        instance = await host.ApproveAsync(instance, "director");

        Assert.Equal(["ceo"], instance.CurrentNodes);
    }

    [Fact]
    public async Task Approve_DirectorEditsDiscount_AmountIsRecomputedAndTheNextBranchUsesIt()
    {
        var (host, instance) = await StartAsync();

        instance = await host.OkAsync(instance, WorkflowActionKind.Approve, "director", "让利", new RecordData().Set("discount", Value.FromNumber(0.25m)));

        Assert.Equal(7_500m, instance.Data["amount"].AsNumber());
        Assert.Equal(WorkflowStatus.Approved, instance.Status);
        var entry = (await host.Engine.GetTimelineAsync(instance.Id)).Single(e => e.Action == "approve");
        Assert.Equal(
            ["amount 9000 -> 7500.00", "discount 0.1 -> 0.25"],
            entry.Changes.Select(c => $"{c.Field} {c.Before} -> {c.After}").Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public async Task Approve_TextInput_IsNormalisedByTheForm()
    {
        var (host, instance) = await StartAsync();

        instance = await host.OkAsync(instance, WorkflowActionKind.Approve, "director", changes: new RecordData().Set("discount", Value.FromText("25%")));

        Assert.Equal(0.25m, instance.Data["discount"].AsNumber());
        Assert.Equal(7_500m, instance.Data["amount"].AsNumber());
    }

    [Fact]
    public async Task Approve_FieldNameInOtherCase_IsStoredUnderTheFormsName()
    {
        var (host, instance) = await StartAsync();

        instance = await host.OkAsync(instance, WorkflowActionKind.Approve, "director", changes: new RecordData().Set("Discount", Value.FromNumber(0.25m)));

        Assert.Equal(0.25m, instance.Data["discount"].AsNumber());
        Assert.DoesNotContain("Discount", instance.Data.Select(p => p.Key));
    }

    [Theory]
    [InlineData("lines.quantity")]
    [InlineData("nope")]
    public async Task Approve_NotATopLevelFieldOfTheForm_IsRefused(string key)
    {
        var (host, instance) = await StartAsync();

        var refused = await host.ActAsync(instance, WorkflowActionKind.Approve, "director", changes: new RecordData().Set(key, Value.FromNumber(3)));

        Assert.Equal(("FWA0025", key), (refused.Error!.Code, refused.Error.Path));
        Assert.Same(instance, await host.Engine.GetInstanceAsync(instance.Id));
    }

    [Fact]
    public async Task Approve_EditBreaksARangeOrARule_IsRefusedWithTheFormsErrorsAndNothingChanges()
    {
        var (host, instance) = await StartAsync();

        var outOfRange = await host.ActAsync(instance, WorkflowActionKind.Approve, "director", changes: new RecordData().Set("discount", Value.FromNumber(0.6m)));
        var noReason = await host.ActAsync(instance, WorkflowActionKind.Approve, "director", changes: new RecordData().Set("discount", Value.FromNumber(0.4m)));

        Assert.False(outOfRange.Succeeded);
        Assert.Equal(["FWF1005 discount", "FWF1027 reason"], outOfRange.Errors.Select(e => $"{e.Code} {e.Path}"));
        Assert.Equal(("折扣 must be at most 0.5.", "折扣不能大于 0.5。"), (outOfRange.Error!.Message, outOfRange.Error.MessageChinese));
        var rule = Assert.Single(noReason.Errors);
        Assert.Equal(("FWF1027", "reason"), (rule.Code, rule.Path));
        Assert.Equal("A discount above 30% needs a reason.", rule.Message);
        Assert.Equal("折扣超过 30% 需要填写原因。", rule.MessageChinese);
        Assert.Same(rule, noReason.Error);
        var stored = (await host.Engine.GetInstanceAsync(instance.Id))!;
        Assert.Same(instance, stored);
        Assert.Equal(["director"], stored.CurrentNodes);
        Assert.DoesNotContain(await host.Engine.GetTimelineAsync(instance.Id), e => e.Action == "approve");
        var thrown = Assert.Throws<FormworkException>(() => noReason.GetInstanceOrThrow());
        Assert.Equal("FWF1027", thrown.Code);
    }

    [Fact]
    public async Task Approve_EditWithTheRequiredReason_IsApplied()
    {
        var (host, instance) = await StartAsync();

        instance = await host.OkAsync(instance, WorkflowActionKind.Approve, "director", changes: new RecordData()
            .Set("discount", Value.FromNumber(0.4m))
            .Set("reason", Value.FromText("战略客户")));

        Assert.Equal(6_000m, instance.Data["amount"].AsNumber());
    }

    [Fact]
    public async Task Approve_DataInvalidBeforeTheEdit_OnlyErrorsTheEditBringsInRefuse()
    {
        var (host, instance) = await StartAsync(Data(customer: null));

        instance = await host.OkAsync(instance, WorkflowActionKind.Approve, "director", changes: new RecordData().Set("discount", Value.FromNumber(0.2m)));

        Assert.Equal(8_000m, instance.Data["amount"].AsNumber());
        Assert.Equal(["ceo"], instance.CurrentNodes);
    }

    [Fact]
    public async Task Approve_SubformCellNotWritable_IsRefusedWithTheCellPathAndLabel()
    {
        var (host, instance) = await StartAsync();

        var refused = await host.ActAsync(instance, WorkflowActionKind.Approve, "director", changes: new RecordData().Set("lines", Lines(2, 40)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("FWA0107", "lines[0].unitPrice"), (error.Code, error.Path));
        Assert.Equal("You may not change 单价 at node 'director'.", error.Message);
        Assert.Equal("您无权在节点“director”修改单价。", error.MessageChinese);
        Assert.Same(instance, await host.Engine.GetInstanceAsync(instance.Id));
    }

    [Fact]
    public async Task Approve_RowAddedToAReadOnlySubform_IsRefusedWithTheCellPath()
    {
        var (host, instance) = await StartAsync();
        instance = await host.ApproveAsync(instance, "director");
        var lines = Value.FromTable([instance.Data["lines"].AsTable()[0], new RecordData().Set("product", Value.FromText("B")).Freeze()]);

        var refused = await host.ActAsync(instance, WorkflowActionKind.Approve, "ceo", changes: new RecordData().Set("lines", lines));

        Assert.Equal(("FWA0107", "lines[1].product"), (refused.Error!.Code, refused.Error.Path));
        Assert.Equal("You may not change 产品 at node 'ceo'.", refused.Error.Message);
    }

    [Fact]
    public async Task Approve_RowsLeaveOutColumnsTheNodeMayNotWrite_TheStoredValuesAreKept()
    {
        var (host, instance) = await StartAsync();
        var row = new RecordData().Set("quantity", Value.FromNumber(4)).Freeze();

        instance = await host.OkAsync(instance, WorkflowActionKind.Approve, "director", changes: new RecordData().Set("lines", Value.FromTable([row])));

        var stored = instance.Data["lines"].AsTable()[0];
        Assert.Equal(("A", 4m, 50m, 200m), (stored["product"].AsText(), stored["quantity"].AsNumber(), stored["unitPrice"].AsNumber(), stored["lineTotal"].AsNumber()));
    }

    [Fact]
    public async Task Approve_SubformEditableColumn_IsAppliedAndRowFormulasRecomputed()
    {
        var (host, instance) = await StartAsync();

        instance = await host.OkAsync(instance, WorkflowActionKind.Approve, "director", changes: new RecordData()
            .Set("lines", Lines(3, 50))
            .Set("listPrice", Value.FromNumber(10_000)));

        var row = instance.Data["lines"].AsTable()[0];
        Assert.Equal(3m, row["quantity"].AsNumber());
        Assert.Equal(150m, row["lineTotal"].AsNumber());
        var entry = (await host.Engine.GetTimelineAsync(instance.Id)).Single(e => e.Action == "approve");
        Assert.Equal(["lines"], entry.Changes.Select(c => c.Field).Order(System.StringComparer.Ordinal));
    }

    private static CompiledForm LoadForm()
    {
        var result = new FormDefinitionLoader().Load(FormJson);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Form!;
    }
}
