using System;
using System.Linq;
using System.Threading.Tasks;
using Formwork.Forms;
using Formwork.Identity;

namespace Formwork.Forms.Tests;

public sealed class FormEngineTests
{
    [Fact]
    public async Task SubmitAsync_ValidContract_NormalisesComputesAndStores()
    {
        var form = TestForms.LoadContract();
        var (engine, records, audit, outbox) = TestForms.CreateEngine();

        var result = await engine.SubmitAsync(form, TestForms.ValidContract(), new SubmissionOptions { Actor = TestForms.Alice });

        Assert.True(result.Success, string.Join("\n", result.Errors));
        var data = result.Record!.Data;
        Assert.Equal("杭州云杉科技", data["customer"].AsText());
        Assert.Equal("vip", data["level"].AsText());
        Assert.Equal(new DateOnly(2024, 3, 1), data["startDate"].AsDate());
        Assert.Equal(0.125m, data["discount"].AsNumber());
        Assert.Equal("alice", data["owner"].AsText());
        Assert.Equal(2401.00m + 300m, data["total"].AsNumber());
        Assert.Equal(2401.00m, data["lines"].AsTable()[0]["amount"].AsNumber());
        Assert.False(data["bigDeal"].AsBoolean());
        Assert.Equal("HT-20240315-0001", data["serial"].AsText());
        Assert.Equal(1, result.Record.FormVersion);
        Assert.Equal(["PHONE=13812341234"], result.Record.UniqueKeys);
        Assert.Single(audit.All);
        Assert.Equal("create", audit.All[0].Action);
        Assert.Contains(audit.All[0].Changes, c => c.Field == "total");
        var pending = await outbox.ReadPendingAsync(10);
        Assert.Equal(FormsConstants.RecordCreatedEvent, Assert.Single(pending).Type);
        Assert.NotNull(await records.GetAsync("contract", result.Record.Id));
    }

    [Fact]
    public void Validate_InvalidContract_ReportsEveryErrorWithPathCodeAndBothLanguages()
    {
        var form = TestForms.LoadContract();
        var (engine, _, _, _) = TestForms.CreateEngine();
        var data = form.ReadData("""
            {
              "phone": "12345",
              "idNumber": "110105194912310021",
              "level": "gold",
              "startDate": "2024-05-01",
              "endDate": "2024-04-01",
              "lines": [ { "product": "A", "quantity": 0.5, "price": -1 }, { "quantity": "many" } ]
            }
            """);

        var result = engine.Validate(form, data, new SubmissionOptions { Actor = TestForms.Alice });

        Assert.False(result.Success);
        var errors = result.Errors.Select(e => $"{e.Path} {e.Code} {e.Message} | {e.MessageChinese}").ToArray();
        Assert.Contains("customer FWF1001 客户 is required. | 客户为必填项。", errors);
        Assert.Contains("phone FWF1011 手机 is not a valid mobile number. | 手机不是有效的手机号码。", errors);
        Assert.Contains("idNumber FWF1013 身份证 is not a valid ID number. | 身份证不是有效的身份证号码。", errors);
        Assert.Contains("level FWF1006 'gold' is not an option of 等级. | “gold”不是等级的可选项。", errors);
        Assert.Contains("endDate FWF1027 The end date must not be before the start date. | 结束日期不能早于开始日期。", errors);
        Assert.Contains("lines[0].quantity FWF1004 数量 must be at least 1. | 数量不能小于 1。", errors);
        Assert.Contains("lines[0].quantity FWF1031 数量 allows at most 0 decimal places. | 数量最多允许 0 位小数。", errors);
        Assert.Contains("lines[0].price FWF1004 单价 must be at least 0. | 单价不能小于 0。", errors);
        Assert.Contains("lines[1].quantity FWF1020 数量: 'many' is not a valid number. | 数量：“many”不是有效的数字。", errors);
        Assert.Contains("lines[1].product FWF1001 产品 is required. | 产品为必填项。", errors);
    }

    [Fact]
    public void Validate_RequiredIfAndVisibleIf_FollowTheFormulas()
    {
        var form = TestForms.LoadContract();
        var (engine, _, _, _) = TestForms.CreateEngine();
        var data = TestForms.ValidContract();
        data["level"] = "normal";
        data["lines"] = Value.FromTable([new RecordData().Set("product", "X").Set("quantity", 1000).Set("price", 200)]);

        var result = engine.Validate(form, data, new SubmissionOptions { Actor = TestForms.Alice });

        Assert.True(result.Data["bigDeal"].AsBoolean());
        Assert.True(result.Data["discount"].IsBlank);
        var error = Assert.Single(result.Errors);
        Assert.Equal("note", error.Path);
        Assert.Equal("FWF1001", error.Code);
    }

    [Fact]
    public async Task SubmitAsync_DuplicatePhone_IsRefusedAsNotUnique()
    {
        var form = TestForms.LoadContract();
        var (engine, _, _, _) = TestForms.CreateEngine();
        Assert.True((await engine.SubmitAsync(form, TestForms.ValidContract(), new SubmissionOptions { Actor = TestForms.Alice })).Success);

        var second = await engine.SubmitAsync(form, TestForms.ValidContract(), new SubmissionOptions { Actor = TestForms.Alice });

        var error = Assert.Single(second.Errors);
        Assert.Equal("FWF1026", error.Code);
        Assert.Equal("手机 '13812341234' is already used by another record.", error.Message);
    }

    [Fact]
    public async Task SubmitAsync_WriteToReadOnlyField_IsRefusedAndStoredValueUntouched()
    {
        var form = TestForms.LoadContract();
        var (engine, records, _, _) = TestForms.CreateEngine();
        var created = await engine.SubmitAsync(form, TestForms.ValidContract(), new SubmissionOptions { Actor = TestForms.Alice });
        var id = created.Record!.Id;

        var update = await engine.SubmitAsync(form, new RecordData().Set("discount", 0.5m).Set("customer", "新名字"), new SubmissionOptions { Actor = TestForms.Alice, Profile = "sales", RecordId = id });

        var error = Assert.Single(update.Errors);
        Assert.Equal(("discount", "FWF1029", "You may not change 折扣."), (error.Path, error.Code, error.Message));
        Assert.Equal("您无权修改折扣。", error.MessageChinese);
        var stored = await records.GetAsync("contract", id);
        Assert.Equal(0.125m, stored!.Data["discount"].AsNumber());
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task SubmitAsync_UpdateWithStaleVersion_ReturnsStaleError()
    {
        var form = TestForms.LoadContract();
        var (engine, _, audit, _) = TestForms.CreateEngine();
        var created = await engine.SubmitAsync(form, TestForms.ValidContract(), new SubmissionOptions { Actor = TestForms.Alice });
        var id = created.Record!.Id;
        var ok = await engine.SubmitAsync(form, new RecordData().Set("customer", "新名字"), new SubmissionOptions { Actor = TestForms.Alice, RecordId = id, ExpectedVersion = 1 });
        Assert.True(ok.Success);
        Assert.Equal(2, ok.Record!.Version);
        Assert.Equal("HT-20240315-0001", ok.Record.Data["serial"].AsText());
        Assert.Equal("update", audit.All[1].Action);
        Assert.Equal(["customer"], audit.All[1].Changes.Select(c => c.Field));

        var stale = await engine.SubmitAsync(form, new RecordData().Set("customer", "再改"), new SubmissionOptions { Actor = TestForms.Alice, RecordId = id, ExpectedVersion = 1 });

        Assert.Equal("FWF1034", Assert.Single(stale.Errors).Code);
    }

    [Fact]
    public async Task View_WithProfiles_MasksAndHides()
    {
        var form = TestForms.LoadContract();
        var (engine, _, _, _) = TestForms.CreateEngine();
        var created = await engine.SubmitAsync(form, TestForms.ValidContract(), new SubmissionOptions { Actor = TestForms.Alice });

        var sales = engine.View(form, created.Record!.Data, "sales");
        var viewer = engine.View(form, created.Record.Data, "viewer");

        Assert.Equal("138****1234", sales["phone"].AsText());
        Assert.Equal("110105********002X", sales["idNumber"].AsText());
        Assert.False(viewer.ContainsKey("idNumber"));
        Assert.Equal("13812341234", viewer["phone"].AsText());
    }

    [Fact]
    public void Compute_SubformRows_AreFrozenWithEveryColumnAndInputUntouched()
    {
        var form = TestForms.LoadContract();
        var (engine, _, _, _) = TestForms.CreateEngine();
        var input = TestForms.ValidContract();
        var inputJson = input.ToJson();

        var data = engine.Compute(form, input, TestForms.Alice);
        var rows = data["lines"].AsTable();
        data["note"] = "ok";
        var view = engine.View(form, data, "sales");
        var viewRows = view["lines"].AsTable();

        Assert.Equal(inputJson, input.ToJson());
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.True(row.IsFrozen));
        Assert.Equal(["product", "quantity", "price", "amount"], rows[1].Keys.ToArray());
        Assert.Equal(300m, rows[1]["amount"].AsNumber());
        Assert.Equal(2, viewRows.Count);
        Assert.All(viewRows, row => Assert.True(row.IsFrozen));
        Assert.True(viewRows[1].ContentEquals(rows[1]));
        Assert.Equal("ok", view["note"].AsText());
    }

    [Fact]
    public void Recalculate_ChangedQuantity_RecomputesOnlyDependents()
    {
        var form = TestForms.LoadContract();
        var (engine, _, _, _) = TestForms.CreateEngine();
        var data = engine.Compute(form, TestForms.ValidContract(), TestForms.Alice);
        var rows = data["lines"].AsTable().Select(r => r.Clone()).ToArray();
        rows[1]["quantity"] = 30;
        data["lines"] = Value.FromTable(rows);

        var result = engine.Recalculate(form, data, ["lines"]);

        Assert.Equal(2401m + 3000m, result.Data["total"].AsNumber());
        Assert.Equal(3000m, result.Data["lines"].AsTable()[1]["amount"].AsNumber());
        Assert.Equal(["total"], result.Changed);
    }

    [Fact]
    public async Task SubmitAsync_ConcurrentSubmissions_SerialNumbersAndUniqueKeysHold()
    {
        var form = TestForms.LoadContract();
        var (engine, records, _, _) = TestForms.CreateEngine();
        var tasks = Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            var data = TestForms.ValidContract();
            data["phone"] = "138" + (i % 50).ToString("00000000", System.Globalization.CultureInfo.InvariantCulture);
            return await engine.SubmitAsync(form, data, new SubmissionOptions { Actor = TestForms.Alice });
        })).ToArray();

        var results = await Task.WhenAll(tasks);

        Assert.Equal(50, results.Count(r => r.Success));
        Assert.All(results.Where(r => !r.Success), r => Assert.Equal("FWF1026", Assert.Single(r.Errors).Code));
        var page = await records.QueryAsync(new Formwork.Stores.RecordQuery { FormId = "contract", Take = 1000 });
        Assert.Equal(50, page.TotalCount);
        Assert.Equal(50, page.Items.Select(r => r.Data["serial"].AsText()).Distinct().Count());
        Assert.Equal(50, page.Items.Select(r => r.Data["phone"].AsText()).Distinct().Count());
    }

    [Fact]
    public async Task PublishRecordEventsAsync_ReplayAfterSubmit_AddsNoSecondEvent()
    {
        var form = TestForms.LoadContract();
        var (engine, _, audit, outbox) = TestForms.CreateEngine();
        var submitted = await engine.SubmitAsync(form, TestForms.ValidContract(), new SubmissionOptions { Actor = TestForms.Alice });

        await engine.PublishRecordEventsAsync(form, null, submitted.Record!, TestForms.Alice);

        var pending = await outbox.ReadPendingAsync(10);
        Assert.Single(pending);
        Assert.Equal(2, audit.All.Count);
        Assert.Equal(audit.All[0].Id, audit.All[1].Id);
        Assert.Equal(submitted.Record!.UpdatedAt, pending[0].OccurredAt);
    }

    private const string PricedLines = """
        {
          "id": "order",
          "fields": [
            { "name": "discount", "type": "percent" },
            { "name": "region", "type": "text" },
            { "name": "lines", "type": "subform", "fields": [
                { "name": "quantity", "type": "number" },
                { "name": "price", "type": "money" },
                { "name": "amount", "type": "money", "formula": "quantity * price * (1 - discount)" },
                { "name": "note", "type": "text", "requiredIf": "region = \"north\"" }
            ] },
            { "name": "total", "type": "money", "formula": "SUM(lines.amount)" }
          ]
        }
        """;

    [Fact]
    public void Compute_ComputedMoney_HasExactlyTheFieldScale()
    {
        var form = TestForms.LoadContract();
        var (engine, _, _, _) = TestForms.CreateEngine();
        var data = form.ReadData("""{ "customer": "c", "lines": [ { "product": "A", "quantity": 2, "price": 9.5 } ] }""");

        var result = engine.Compute(form, data);

        Assert.Equal("19.00", result["lines"].AsTable()[0]["amount"].ToString());
        Assert.Equal("19.00", result["total"].ToString());
        Assert.Contains("\"amount\":19.00", Formwork.Json.ValueJson.ToPlainJson(result["lines"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RowFormulaReadsParentField_UsesTheParentValue()
    {
        var form = TestForms.Load(PricedLines);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var data = form.ReadData("""{ "discount": "10%", "region": "north", "lines": [ { "quantity": 2, "price": 50, "note": "x" }, { "quantity": 1, "price": 10 } ] }""");

        var result = engine.Validate(form, data, new SubmissionOptions { Actor = TestForms.Alice });

        Assert.Equal(90.00m, result.Data["lines"].AsTable()[0]["amount"].AsNumber());
        Assert.Equal("99.00", result.Data["total"].ToString());
        var error = Assert.Single(result.Errors);
        Assert.Equal(("lines[1].note", "FWF1001"), (error.Path, error.Code));
    }

    [Fact]
    public void Recalculate_ParentFieldReadByRows_RecomputesRowsAndAggregates()
    {
        var form = TestForms.Load(PricedLines);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var data = engine.Compute(form, form.ReadData("""{ "discount": 0, "lines": [ { "quantity": 2, "price": 50 } ] }"""));
        data["discount"] = 0.5m;

        var result = engine.Recalculate(form, data, ["discount"]);

        Assert.Equal(50.00m, result.Data["lines"].AsTable()[0]["amount"].AsNumber());
        Assert.Equal(["total"], result.Changed);
    }

    [Fact]
    public void Load_RowFormulaReadsComputedParentField_IsRefused()
    {
        var json = PricedLines.Replace("(1 - discount)", "(1 - total)", StringComparison.Ordinal);

        var result = new FormDefinitionLoader().Load(json);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("$.fields[2].fields[2].formula FWF0026 The column 'lines.amount' reads the computed field 'total' of the form; computed columns may read the form's input fields only (rows are computed first).", $"{error.Path} {error.Code} {error.Message}");
    }

    [Fact]
    public void Compute_DateFieldFromExcelSerial_IsADate()
    {
        // MAX, MIN and LARGE return dates as Excel serial numbers; a computed date field takes them back as dates.
        var form = new FormDefinitionLoader().Load("""
            { "kind": "form", "id": "device", "fields": [
              { "name": "history", "type": "subform", "fields": [ { "name": "date", "type": "date" } ] },
              { "name": "lastServiceOn", "type": "computed", "formula": "IF(COUNTA(history.date) = 0, \"\", MAX(history.date))", "settings": { "resultKind": "date" } },
              { "name": "lastServiceAt", "type": "computed", "formula": "MAX(history.date) + 0.5", "settings": { "resultKind": "dateTime" } } ] }
            """).GetFormOrThrow();
        var (engine, _, _, _) = TestForms.CreateEngine();

        var serviced = engine.Compute(form, form.ReadData("""{ "history": [ { "date": "2026-01-05" }, { "date": "2026-03-01" } ] }"""));
        var never = engine.Compute(form, form.ReadData("""{ "history": [] }"""));

        Assert.Equal(Value.FromDate(new DateOnly(2026, 3, 1)), serviced["lastServiceOn"]);
        Assert.Equal(ValueKind.DateTime, serviced["lastServiceAt"].Kind);
        Assert.Equal(new DateTime(2026, 3, 1, 12, 0, 0), serviced["lastServiceAt"].AsDateTime().DateTime);
        Assert.True(never["lastServiceOn"].IsBlank);
    }

    [Fact]
    public async Task SubmitAsync_WriteFromAWorkflowNode_AuditEntryNamesTheNode()
    {
        var form = TestForms.LoadContract();
        var (engine, _, audit, _) = TestForms.CreateEngine();
        var created = await engine.SubmitAsync(form, TestForms.ValidContract(), new SubmissionOptions { Actor = TestForms.Alice });

        var written = await engine.SubmitAsync(form, new RecordData().Set("customer", "审批后名称"),
            new SubmissionOptions { Actor = TestForms.Alice, RecordId = created.Record!.Id, NodeId = "finance-review" });

        Assert.True(written.Success);
        Assert.Null(audit.All[0].NodeId);
        Assert.Equal(("update", "finance-review"), (audit.All[1].Action, audit.All[1].NodeId));
    }
}
