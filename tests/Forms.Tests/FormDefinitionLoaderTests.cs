using System.Linq;
using Formwork.Forms;

namespace Formwork.Forms.Tests;

public sealed class FormDefinitionLoaderTests
{
    private static string[] Errors(string json) =>
        new FormDefinitionLoader().Load(json).Diagnostics.Select(d => $"{d.Code} {d.Path}: {d.Message}").ToArray();

    [Fact]
    public void Load_Contract_CompilesSlotsKindsAndScope()
    {
        var form = TestForms.LoadContract();

        Assert.Equal(("contract", 1, "合同"), (form.Id, form.Version, form.Title));
        Assert.Equal(13, form.SlotCount);
        Assert.True(form.TryGetField("LINES", out var lines));
        Assert.Equal((FieldType.Subform, ValueKind.Table, 9), (lines!.Type, lines.Kind, lines.Slot));
        Assert.Equal("lines.amount", form.FindField("lines.amount")!.Path);
        Assert.Equal(ValueKind.Boolean, form.FindField("bigDeal")!.Kind);
        var scope = form.CreateFormulaScope();
        Assert.Equal(13, scope.SlotCount);
        Assert.True(scope.TryGetEntry("lines", out var entry));
        Assert.Equal(4, entry!.Scope!.SlotCount);
        Assert.True(form.TryGetProfile("sales", out var sales));
        Assert.Equal(FieldAccess.Masked, sales!.GetAccess("phone"));
    }

    [Fact]
    public void Load_InvalidJson_ReportsPosition()
    {
        var result = new FormDefinitionLoader().Load("{ \"id\": \"x\", ");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("FWF0001", error.Code);
        Assert.NotNull(error.Span);
        Assert.Null(result.Form);
    }

    [Fact]
    public void Load_UnknownPropertiesAndWrongTypes_ReportsEveryOneWithPath()
    {
        var errors = Errors("""
            { "id": "f", "version": "2", "fields": [
              { "name": "a", "type": "text", "requird": true, "settings": { "maxLength": "10" } },
              { "name": "b", "type": "colour" },
              { "type": "text" },
              { "name": "c", "type": "number", "settings": { "maxLength": 5 } }
            ] }
            """);

        Assert.Contains("FWF0003 $.version: 'version' must be a whole number, not a string.", errors);
        Assert.Contains(errors, e => e.StartsWith("FWF0002 $.fields[0].requird: Unknown property 'requird'", System.StringComparison.Ordinal));
        Assert.Contains("FWF0003 $.fields[0].settings.maxLength: 'maxLength' must be a whole number, not a string.", errors);
        Assert.Contains(errors, e => e.StartsWith("FWF0006 $.fields[1].type: 'colour' is not a field type", System.StringComparison.Ordinal));
        Assert.Contains("FWF0004 $.fields[2].name: The property 'name' is required.", errors);
    }

    [Fact]
    public void Load_SemanticErrors_ReportsEveryOneWithPath()
    {
        var errors = Errors("""
            { "id": "f", "fields": [
              { "name": "a", "type": "number", "settings": { "maxLength": 5, "min": 10, "max": 1 } },
              { "name": "1b", "type": "text" },
              { "name": "s", "type": "select" },
              { "name": "t", "type": "text", "settings": { "pattern": "([a-z" } },
              { "name": "sn", "type": "serialNumber", "settings": { "serialPattern": "HT-{yyyy}" } },
              { "name": "lines", "type": "subform", "fields": [ { "name": "inner", "type": "subform", "fields": [ { "name": "x", "type": "text" } ] } ] },
              { "name": "lk", "type": "lookup", "settings": { "source": "a.level" } },
              { "name": "opts", "type": "multiSelect", "settings": { "options": [ "x", "x" ] } }
            ],
            "permissions": [ { "name": "p", "fields": { "nope": "hidden" } }, { "name": "p" } ],
            "rules": [ { "name": "r", "condition": "a >", "message": "m" } ] }
            """);

        Assert.Contains("FWF0008 $.fields[0].settings.maxLength: The setting 'maxLength' does not apply to number fields.", errors);
        Assert.Contains("FWF0009 $.fields[0].settings.min: 'min' is 10; expected at most max (1).", errors);
        Assert.Contains(errors, e => e.StartsWith("FWF0007 $.fields[1].name: '1b' is not a valid field name", System.StringComparison.Ordinal));
        Assert.Contains("FWF0022 $.fields[2].settings.options: select fields need the setting 'options'.", errors);
        Assert.Contains(errors, e => e.StartsWith("FWF0014 $.fields[3].settings.pattern:", System.StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("FWF0015 $.fields[4].settings.serialPattern:", System.StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("FWF0019 $.fields[5].fields[0].type:", System.StringComparison.Ordinal));
        Assert.Contains("FWF0020 $.fields[7].settings.options[1].value: The option value 'x' is used more than once.", errors);
    }

    [Fact]
    public void Load_FormulaErrorsAndLookups_AreReportedAfterStructure()
    {
        var errors = Errors("""
            { "id": "f", "fields": [
              { "name": "a", "type": "number" },
              { "name": "lk", "type": "lookup", "settings": { "source": "a.level" } },
              { "name": "c", "type": "computed", "formula": "SUMM(a)" }
            ],
            "rules": [ { "name": "r", "condition": "a >", "message": "m", "field": "zz" } ] }
            """);

        Assert.Contains("FWF0021 $.fields[1].settings.source: The lookup source 'a.level' must be relationField.field, where relationField is a single relation field of this form.", errors);
        Assert.Contains(errors, e => e.StartsWith("FWF0010 $.fields[2].formula: The formula 'SUMM(a)' is invalid: Unknown function 'SUMM'", System.StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("FWF0010 $.rules[0].condition:", System.StringComparison.Ordinal));
        Assert.Contains("FWF0012 $.rules[0].field: 'zz' is not a field of this form.", errors);
    }

    [Fact]
    public void Load_Cycle_NamesTheCyclePath()
    {
        var errors = Errors("""
            { "id": "f", "fields": [
              { "name": "a", "type": "computed", "formula": "c * 2" },
              { "name": "b", "type": "computed", "formula": "a + 1" },
              { "name": "c", "type": "computed", "formula": "b + 1" },
              { "name": "lines", "type": "subform", "fields": [ { "name": "p", "type": "number", "formula": "q" }, { "name": "q", "type": "number", "formula": "p" } ] }
            ] }
            """);

        Assert.Contains("FWF0011 $.fields[0].formula: Computed fields depend on each other in a cycle: a → c → b → a.", errors);
        Assert.Contains("FWF0011 $.fields[3].fields[0].formula: Computed fields depend on each other in a cycle: lines.p → lines.q → lines.p.", errors);
    }

    [Fact]
    public void Load_TooManyFields_IsRefused()
    {
        var options = new FormsOptions { MaxFields = 2 };

        var result = new FormDefinitionLoader(options).Load("""{ "id": "f", "fields": [ { "name": "a", "type": "text" }, { "name": "b", "type": "text" }, { "name": "c", "type": "text" } ] }""");

        Assert.Equal("The form has 3 fields; at most 2 are allowed.", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void ToJson_Contract_RoundTripsStably()
    {
        var form = TestForms.LoadContract();

        var json = form.ToJson();
        var again = TestForms.Load(json);

        Assert.Equal(json, again.ToJson());
        Assert.Equal(form.Fields.Select(f => (f.Name, f.Type, f.Kind, f.Slot)), again.Fields.Select(f => (f.Name, f.Type, f.Kind, f.Slot)));
    }

    [Fact]
    public void Compile_BuilderDefinition_MatchesJsonModel()
    {
        var definition = new FormBuilder("order", 2)
            .Title("订单")
            .Field("customer", FieldType.Text, f => f.Label("客户").Required().Length(null, 20).Alias("客户名称"))
            .Field("level", FieldType.Select, f => f.Option("a", "重要").Option("b", "一般", disabled: true))
            .Subform("lines", s => s.Field("qty", FieldType.Number).Field("price", FieldType.Money).Field("amount", FieldType.Money, f => f.Formula("qty * price")), f => f.Settings(x => x with { MinRows = 1 }))
            .Computed("total", "SUM(lines.amount)")
            .Rule("positive", "total > 0", "The total must be positive.", "合计必须大于零。", "total")
            .Profile("clerk", new System.Collections.Generic.Dictionary<string, FieldAccess> { ["customer"] = FieldAccess.ReadOnly })
            .Build();

        var result = new FormDefinitionLoader().Compile(definition);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var reloaded = TestForms.Load(result.Form!.ToJson());
        Assert.Equal(result.Form.ToJson(), reloaded.ToJson());
        Assert.Equal(ValueKind.Number, reloaded.FindField("total")!.Kind);
    }

    [Fact]
    public void ToJsonSchema_Contract_DescribesSubmissions()
    {
        var schema = TestForms.LoadContract().ToJsonSchema();

        using var document = System.Text.Json.JsonDocument.Parse(schema);
        var root = document.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        var properties = root.GetProperty("properties");
        Assert.Equal("date", properties.GetProperty("startDate").GetProperty("format").GetString());
        Assert.Equal(["vip", "normal", "old", null], properties.GetProperty("level").GetProperty("enum").EnumerateArray().Select(e => e.ValueKind == System.Text.Json.JsonValueKind.Null ? null : e.GetString()));
        Assert.Equal(50, properties.GetProperty("lines").GetProperty("maxItems").GetInt32());
        Assert.True(properties.GetProperty("total").GetProperty("readOnly").GetBoolean());
        Assert.Equal(["customer"], root.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
    }
}
