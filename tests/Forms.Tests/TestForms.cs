using Formwork.Auditing;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Stores;
using Formwork.Testing;
using Microsoft.Extensions.Options;

namespace Formwork.Forms.Tests;

/// <summary>Forms and engines shared by the tests.</summary>
internal static class TestForms
{
    public const string Contract = """
        {
          "kind": "form",
          "id": "contract",
          "version": 1,
          "title": "合同",
          "fields": [
            { "name": "serial", "type": "serialNumber", "label": "编号", "settings": { "serialPattern": "HT-{yyyyMMdd}-{0000}" } },
            { "name": "customer", "type": "text", "label": "客户", "required": true, "aliases": ["客户名称"], "settings": { "maxLength": 20 } },
            { "name": "phone", "type": "phone", "label": "手机", "settings": { "format": "mobile", "unique": true } },
            { "name": "idNumber", "type": "idNumber", "label": "身份证" },
            { "name": "level", "type": "select", "label": "等级", "settings": { "options": [ { "value": "vip", "label": "VIP客户" }, { "value": "normal", "label": "普通" }, { "value": "old", "label": "旧", "disabled": true } ] } },
            { "name": "startDate", "type": "date", "label": "开始日期" },
            { "name": "endDate", "type": "date", "label": "结束日期" },
            { "name": "discount", "type": "percent", "label": "折扣", "visibleIf": "level = \"vip\"" },
            { "name": "owner", "type": "user", "label": "负责人", "default": { "source": "currentUser" } },
            { "name": "lines", "type": "subform", "label": "明细", "settings": { "minRows": 1, "maxRows": 50 }, "fields": [
                { "name": "product", "type": "text", "label": "产品", "required": true },
                { "name": "quantity", "type": "number", "label": "数量", "settings": { "min": 1, "scale": 0 } },
                { "name": "price", "type": "money", "label": "单价", "settings": { "currency": "CNY", "min": 0 } },
                { "name": "amount", "type": "money", "label": "金额", "formula": "quantity * price" }
            ] },
            { "name": "total", "type": "computed", "label": "合计", "formula": "SUM(lines.amount)", "settings": { "resultKind": "number", "scale": 2 } },
            { "name": "bigDeal", "type": "computed", "label": "大单", "formula": "total > 100000" },
            { "name": "note", "type": "textarea", "label": "备注", "requiredIf": "bigDeal" }
          ],
          "rules": [
            { "name": "dates", "condition": "endDate >= startDate", "message": "The end date must not be before the start date.", "messageChinese": "结束日期不能早于开始日期。", "field": "endDate" }
          ],
          "permissions": [
            { "name": "sales", "fields": { "discount": "readOnly", "idNumber": "masked", "phone": "masked" } },
            { "name": "viewer", "default": "readOnly", "fields": { "idNumber": "hidden" } }
          ]
        }
        """;

    public static readonly Actor Alice = new("alice", ["sales"], ["d-east"], "Alice");

    public static CompiledForm Load(string json)
    {
        var result = new FormDefinitionLoader().Load(json);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Form!;
    }

    private static readonly System.Lazy<CompiledForm> ContractForm = new(() => Load(Contract));

    public static CompiledForm LoadContract() => ContractForm.Value;

    public static (FormEngine Engine, InMemoryRecordStore Records, InMemoryAuditLog Audit, InMemoryOutbox Outbox) CreateEngine(FakeTimeProvider? time = null)
    {
        var records = new InMemoryRecordStore();
        var audit = new InMemoryAuditLog();
        var outbox = new InMemoryOutbox();
        var engine = new FormEngine(records, new InMemorySequenceStore(), audit, outbox, time ?? new FakeTimeProvider(new System.DateTimeOffset(2024, 3, 15, 2, 0, 0, System.TimeSpan.Zero)), Options.Create(new FormsOptions()));
        return (engine, records, audit, outbox);
    }

    public static RecordData ValidContract() => LoadContract().ReadData("""
        {
          "customer": "  杭州云杉科技  ",
          "phone": "13812341234",
          "idNumber": "11010519491231002X",
          "level": "VIP客户",
          "startDate": "2024年3月1日",
          "endDate": "2024/12/31",
          "discount": "12.5%",
          "lines": [
            { "product": "A", "quantity": "2", "price": "1,200.50" },
            { "product": "B", "quantity": 3, "price": 100 }
          ]
        }
        """);
}
