using System;
using System.Linq;
using System.Threading.Tasks;
using Formwork.Forms;
using Formwork.Stores;

namespace Formwork.Forms.Tests;

public sealed class FieldTypeTests
{
    private const string AllTypes = """
        {
          "id": "all",
          "fields": [
            { "name": "head", "type": "section", "label": "基本信息" },
            { "name": "intro", "type": "description", "settings": { "content": "请如实填写" } },
            { "name": "t", "type": "text", "settings": { "minLength": 2, "pattern": "^[A-Z]+$", "patternMessage": "Upper case only.", "patternMessageChinese": "只能大写。" } },
            { "name": "ta", "type": "textarea", "settings": { "maxLength": 5 } },
            { "name": "rt", "type": "richText" },
            { "name": "n", "type": "number", "settings": { "min": 0, "max": 10, "scale": 1 } },
            { "name": "m", "type": "money", "settings": { "currency": "CNY" } },
            { "name": "p", "type": "percent" },
            { "name": "r", "type": "rating", "settings": { "max": 5 } },
            { "name": "b", "type": "boolean" },
            { "name": "d", "type": "date" },
            { "name": "dt", "type": "dateTime" },
            { "name": "tm", "type": "time" },
            { "name": "ms", "type": "multiSelect", "settings": { "max": 2, "options": [ { "value": "a", "label": "甲", "color": "#f00" }, "b", "c" ] } },
            { "name": "cs", "type": "cascade", "settings": { "options": [ { "value": "zj", "label": "浙江", "children": [ { "value": "hz", "label": "杭州", "children": [ { "value": "xh", "label": "西湖区" } ] } ] } ] } },
            { "name": "e", "type": "email" },
            { "name": "u", "type": "url" },
            { "name": "cc", "type": "text", "settings": { "format": "creditCode" } },
            { "name": "bc", "type": "text", "settings": { "format": "bankCard" } },
            { "name": "ll", "type": "phone", "settings": { "format": "landline" } },
            { "name": "addr", "type": "address" },
            { "name": "loc", "type": "location" },
            { "name": "us", "type": "user", "settings": { "multiple": true } },
            { "name": "dep", "type": "department", "default": { "source": "currentDepartment" } },
            { "name": "cust", "type": "relation", "settings": { "relatedForm": "customer" } },
            { "name": "custLevel", "type": "lookup", "settings": { "source": "cust.level" } },
            { "name": "files", "type": "attachment", "settings": { "maxFiles": 2, "maxFileSize": 1000, "contentTypes": [ "application/pdf" ] } },
            { "name": "img", "type": "image" },
            { "name": "sig", "type": "signature" },
            { "name": "since", "type": "date", "default": { "formula": "TODAY()" } },
            { "name": "qty", "type": "number", "default": { "value": 1 } }
          ]
        }
        """;

    [Fact]
    public void Validate_ValidValuesOfEveryType_Converts()
    {
        var form = TestForms.Load(AllTypes);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var data = form.ReadData("""
            {
              "t": "ABC", "ta": "12345", "rt": " <b>x</b> ", "n": "9.5", "m": "¥1,000.5", "p": "50%", "r": 4, "b": "是",
              "d": "2024.2.29", "dt": "2024-03-01 08:30", "tm": "9:05", "ms": "甲、b", "cs": "浙江/杭州/西湖区",
              "e": "a@b.cn", "u": "https://x.cn", "cc": "91350100M000100Y43", "bc": "4111111111111111", "ll": "0571-88888888",
              "addr": { "province": "浙江", "city": "杭州", "detail": "文一路" }, "loc": { "lat": 30.2, "lng": 120.1 },
              "us": "u1,u2", "cust": "c-1",
              "files": [ { "name": "a.pdf", "size": 10, "contentType": "application/pdf", "storageKey": "k1" } ],
              "img": { "name": "x.png", "size": 5, "contentType": "image/png" }, "sig": "sig-key"
            }
            """);

        var result = engine.Validate(form, data, new SubmissionOptions { Actor = TestForms.Alice });

        Assert.True(result.Success, string.Join("\n", result.Errors));
        var v = result.Data;
        Assert.Equal(" <b>x</b> ", v["rt"].AsText());
        Assert.Equal((9.5m, 1000.5m, 0.5m), (v["n"].AsNumber(), v["m"].AsNumber(), v["p"].AsNumber()));
        Assert.True(v["b"].AsBoolean());
        Assert.Equal(new DateOnly(2024, 2, 29), v["d"].AsDate());
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 8, 30, 0, TimeSpan.Zero), v["dt"].AsDateTime());
        Assert.Equal(new TimeOnly(9, 5), v["tm"].AsTime());
        Assert.Equal(["a", "b"], v["ms"].AsList().Select(x => x.AsText()));
        Assert.Equal(["zj", "hz", "xh"], v["cs"].AsList().Select(x => x.AsText()));
        Assert.Equal("杭州", v["addr"].AsTable()[0]["city"].AsText());
        Assert.Equal(["u1", "u2"], v["us"].AsList().Select(x => x.AsText()));
        Assert.Equal("d-east", v["dep"].AsText());
        Assert.Equal(new RecordReference("customer", "c-1"), v["cust"].AsReference());
        Assert.Equal(new DateOnly(2024, 3, 15), v["since"].AsDate());
        Assert.Equal(1m, v["qty"].AsNumber());
        Assert.False(form.TryGetField("head", out _));
    }

    [Fact]
    public void Validate_InvalidValuesOfEveryType_ReportsCodes()
    {
        var form = TestForms.Load(AllTypes);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var data = form.ReadData("""
            {
              "t": "a", "ta": "123456", "n": "10.55", "m": "1.001", "r": 6, "b": "maybe", "d": "2024-02-30", "tm": "25:00",
              "ms": "a,b,c", "cs": "浙江/宁波", "e": "a@b", "u": "ftp://x", "cc": "91350100M000100Y44", "bc": "4111111111111112",
              "ll": "12345",
              "files": [ { "name": "a.exe", "size": 2000, "contentType": "application/x-msdownload" }, { "name": "b.pdf", "contentType": "application/pdf" }, { "size": 1, "contentType": "application/pdf" } ],
              "img": { "name": "x.pdf", "contentType": "application/pdf" }
            }
            """);

        var result = engine.Validate(form, data, new SubmissionOptions { Actor = TestForms.Alice });

        var errors = result.Errors.Select(e => $"{e.Path} {e.Code}").ToHashSet();
        string[] expected =
        [
            "t FWF1002", "t FWF1027", "ta FWF1003", "n FWF1005", "n FWF1031", "m FWF1031", "r FWF1005", "b FWF1020", "d FWF1020", "tm FWF1020",
            "ms FWF1005", "cs FWF1006", "e FWF1010", "u FWF1015", "cc FWF1014", "bc FWF1016", "ll FWF1012",
            "files FWF1023", "files[0] FWF1024", "files[0] FWF1025", "files[2].name FWF1001", "img[0] FWF1025",
        ];
        Assert.Equal(expected.Order(), errors.Order());
        Assert.Equal("Upper case only.", result.Errors.Single(e => e.Path == "t" && e.Code == "FWF1027").Message);
    }

    [Fact]
    public void Validate_DisabledOption_RefusedForNewValuesButKeptWhenUnchanged()
    {
        var form = TestForms.LoadContract();
        var (engine, _, _, _) = TestForms.CreateEngine();
        var data = TestForms.ValidContract();
        data["level"] = "旧";

        var created = engine.Validate(form, data, new SubmissionOptions { Actor = TestForms.Alice });
        var before = engine.Compute(form, data);
        var unchanged = engine.Validate(form, new RecordData().Set("customer", "x"), new SubmissionOptions { Actor = TestForms.Alice }, before);

        Assert.Equal("The option '旧' of 等级 is no longer available.", Assert.Single(created.Errors).Message);
        Assert.True(unchanged.Success, string.Join("\n", unchanged.Errors));
    }

    [Fact]
    public async Task SubmitAsync_Lookup_ReadsThroughTheRelation()
    {
        var customer = TestForms.Load("""{ "id": "customer", "fields": [ { "name": "level", "type": "text" } ] }""");
        var order = TestForms.Load("""{ "id": "order", "fields": [ { "name": "cust", "type": "relation", "settings": { "relatedForm": "customer" } }, { "name": "level", "type": "lookup", "settings": { "source": "cust.level" } }, { "name": "vip", "type": "computed", "formula": "level = \"VIP\"" } ] }""");
        var (engine, _, _, _) = TestForms.CreateEngine();
        var c = await engine.SubmitAsync(customer, new RecordData().Set("level", "VIP"), new SubmissionOptions { Actor = TestForms.Alice, NewRecordId = "c1" });
        Assert.True(c.Success);

        var ok = await engine.SubmitAsync(order, new RecordData().Set("cust", "c1"), new SubmissionOptions { Actor = TestForms.Alice });
        var missing = await engine.SubmitAsync(order, new RecordData().Set("cust", "nope"), new SubmissionOptions { Actor = TestForms.Alice });

        Assert.Equal(("VIP", true), (ok.Record!.Data["level"].AsText(), ok.Record.Data["vip"].AsBoolean()));
        Assert.Equal("cust refers to the record 'nope' of 'customer', which does not exist.", Assert.Single(missing.Errors).Message);
    }

    [Fact]
    public async Task QueryAsync_FormulaFilter_FiltersSortsAndPages()
    {
        var form = TestForms.Load("""{ "id": "q", "fields": [ { "name": "amount", "type": "number" }, { "name": "status", "type": "text" } ] }""");
        var (engine, _, _, _) = TestForms.CreateEngine();
        for (var i = 1; i <= 20; i++)
        {
            await engine.SubmitAsync(form, new RecordData().Set("amount", i * 100).Set("status", i % 2 == 0 ? "open" : "closed"), new SubmissionOptions { Actor = TestForms.Alice });
        }

        var page = await engine.QueryAsync(form, new FormQuery { Filter = "AND(amount > 500, status = \"OPEN\")", OrderBy = [new RecordSort("amount", Descending: true)], Skip = 1, Take = 3 });

        Assert.Equal(8, page.TotalCount);
        Assert.Equal([1800m, 1600m, 1400m], page.Items.Select(r => r.Data["amount"].AsNumber()));
        var bad = await Assert.ThrowsAsync<Formwork.Diagnostics.FormworkException>(() => engine.QueryAsync(form, new FormQuery { Filter = "amount >" }));
        Assert.Equal("FWF0010", bad.Code);
    }

    [Fact]
    public async Task AnalyzeVersionChangeAsync_RemovedAndRetypedFields_ListsAffectedRecords()
    {
        var v1 = TestForms.Load("""{ "id": "v", "fields": [ { "name": "a", "type": "text" }, { "name": "b", "type": "text" }, { "name": "c", "type": "text" }, { "name": "lines", "type": "subform", "fields": [ { "name": "x", "type": "text" } ] } ] }""");
        var v2 = TestForms.Load("""{ "id": "v", "version": 2, "fields": [ { "name": "a", "type": "text" }, { "name": "b", "type": "number" }, { "name": "lines", "type": "subform", "fields": [ { "name": "y", "type": "text" } ] } ] }""");
        var (engine, _, _, _) = TestForms.CreateEngine();
        var options = new SubmissionOptions { Actor = TestForms.Alice };
        await engine.SubmitAsync(v1, new RecordData().Set("a", "1").Set("b", "x"), options with { NewRecordId = "r1" });
        await engine.SubmitAsync(v1, new RecordData().Set("c", "y"), options with { NewRecordId = "r2" });
        await engine.SubmitAsync(v1, new RecordData().Set("a", "only"), options with { NewRecordId = "r3" });
        await engine.SubmitAsync(v1, new RecordData().Set("lines", Value.FromTable([new RecordData().Set("x", "1")])), options with { NewRecordId = "r4" });

        var impact = await engine.AnalyzeVersionChangeAsync(v1, v2);

        Assert.Equal(4, impact.RecordsScanned);
        Assert.Equal(["b", "c", "lines.x"], impact.Changes.Select(c => c.Field));
        Assert.Equal((FieldType.Text, (FieldType?)FieldType.Number), (impact.Changes[0].OldType, impact.Changes[0].NewType));
        Assert.Null(impact.Changes[1].NewType);
        Assert.Equal(["r1", "r2", "r4"], impact.AffectedRecords);
        Assert.False(impact.IsSafe);
    }
}
