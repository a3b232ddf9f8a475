using Formwork.Forms;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>The S4 contract approval: a sequential manager chain, then amount thresholds, finance, CEO and an or-sign legal team.</summary>
internal static class ContractWorkflow
{
    public const string FormJson = """
        {
          "kind": "form",
          "id": "contract",
          "version": 1,
          "title": "合同",
          "fields": [
            { "name": "customer", "type": "text", "label": "客户" },
            { "name": "level", "type": "text", "label": "客户等级" },
            { "name": "amount", "type": "money", "label": "金额" },
            { "name": "price", "type": "money", "label": "单价" },
            { "name": "discount", "type": "percent", "label": "折扣" },
            { "name": "reviewer", "type": "user", "label": "评审人" }
          ],
          "permissions": [
            { "name": "applicant", "default": "editable" },
            { "name": "director", "default": "readOnly", "fields": { "discount": "editable" } },
            { "name": "finance", "default": "readOnly" }
          ]
        }
        """;

    public const string Json = """
        {
          "id": "contract-approval",
          "version": 1,
          "name": "合同审批",
          "form": "contract",
          "nodes": [
            { "id": "start", "type": "start", "next": "chain", "permission": "applicant" },
            { "id": "chain", "type": "approval", "name": "连续多级主管", "mode": "sequential", "approvers": [ { "type": "managerChain", "level": 2 } ], "next": "amount" },
            { "id": "amount", "type": "condition", "branches": [
                { "name": "small", "when": "amount < 50000", "next": "director" },
                { "name": "large", "next": "countersign" } ] },
            { "id": "director", "type": "approval", "name": "销售总监", "approvers": [ { "type": "role", "role": "sales-director" } ], "permission": "director", "next": "legal" },
            { "id": "countersign", "type": "approval", "name": "总监+CEO会签", "mode": "countersign", "approvers": [ { "type": "role", "role": "sales-director" }, { "type": "role", "role": "ceo" } ], "permission": "director", "next": "financeCheck" },
            { "id": "financeCheck", "type": "condition", "branches": [ { "when": "amount > 100000", "next": "finance" }, { "next": "legal" } ] },
            { "id": "finance", "type": "approval", "name": "财务", "approvers": [ { "type": "role", "role": "finance" } ], "permission": "finance", "next": "ceoCheck" },
            { "id": "ceoCheck", "type": "condition", "branches": [ { "when": "amount > 500000", "next": "ceo" }, { "next": "legal" } ] },
            { "id": "ceo", "type": "approval", "name": "CEO", "approvers": [ { "type": "role", "role": "ceo" } ], "next": "legal" },
            { "id": "legal", "type": "approval", "name": "法务或签", "mode": "orSign", "approvers": [ { "type": "role", "role": "legal" } ],
              "timeout": { "remindAfter": "PT4H", "escalateAfter": "P1D", "escalateTo": "director", "autoAfter": "P3D", "autoAction": "approve" },
              "next": "end" },
            { "id": "end", "type": "end" }
          ]
        }
        """;

    public static CompiledForm Form { get; } = Load();

    public static RecordData Data(decimal amount, string level = "normal") => new RecordData()
        .Set("customer", Value.FromText("杭州云杉科技"))
        .Set("level", Value.FromText(level))
        .Set("amount", Value.FromNumber(amount))
        .Set("price", Value.FromNumber(100))
        .Set("discount", Value.FromNumber(0.1m));

    private static CompiledForm Load()
    {
        var result = new FormDefinitionLoader().Load(FormJson);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Form!;
    }
}
