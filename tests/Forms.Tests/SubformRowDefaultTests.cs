using System;
using Formwork.Forms;
using Formwork.Identity;

namespace Formwork.Forms.Tests;

public sealed class SubformRowDefaultTests
{
    private const string Order = """
        { "id": "order", "fields": [
          { "name": "region", "type": "text" },
          { "name": "lines", "type": "subform", "fields": [
            { "name": "product", "type": "text" },
            { "name": "quantity", "type": "number", "default": { "value": 1 } },
            { "name": "code", "type": "text", "default": { "formula": "product & \"-\" & region & \"-\" & quantity" } },
            { "name": "orderedOn", "type": "date", "default": { "formula": "TODAY()" } },
            { "name": "buyer", "type": "user", "default": { "source": "currentUser" } },
            { "name": "team", "type": "department", "default": { "source": "currentDepartment" } }
          ] }
        ] }
        """;

    private static readonly Actor Bob = new("bob", [], ["d-west"], "Bob");

    [Fact]
    public void Validate_BlankCells_GetFormulaUserAndDepartmentDefaults()
    {
        var form = TestForms.Load(Order);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var data = new RecordData().Set("region", "east").Set("lines", Value.FromTable([new RecordData().Set("product", "A"), new RecordData().Set("product", "B").Set("quantity", 3)]));

        var result = engine.Validate(form, data, new SubmissionOptions { Actor = Bob });

        Assert.Empty(result.Errors);
        var rows = result.Data["lines"].AsTable();
        Assert.Equal("A-east-1", rows[0]["code"].AsText());
        Assert.Equal("B-east-3", rows[1]["code"].AsText());
        Assert.Equal(new DateOnly(2024, 3, 15), rows[0]["orderedOn"].AsDate());
        Assert.Equal("bob", rows[1]["buyer"].AsText());
        Assert.Equal("d-west", rows[1]["team"].AsText());
    }

    [Fact]
    public void Validate_GivenCells_KeepTheirValues()
    {
        var form = TestForms.Load(Order);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var row = new RecordData().Set("product", "A").Set("code", "X-1").Set("orderedOn", new DateOnly(2024, 1, 2)).Set("buyer", "carol");
        var data = new RecordData().Set("region", "east").Set("lines", Value.FromTable([row]));

        var result = engine.Validate(form, data, new SubmissionOptions { Actor = Bob });

        var cells = result.Data["lines"].AsTable()[0];
        Assert.Equal("X-1", cells["code"].AsText());
        Assert.Equal(new DateOnly(2024, 1, 2), cells["orderedOn"].AsDate());
        Assert.Equal("carol", cells["buyer"].AsText());
    }

    [Fact]
    public void Recalculate_ParentFieldChange_FillsOnlyBlankCells()
    {
        var form = TestForms.Load(Order);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var computed = engine.Compute(form, new RecordData().Set("region", "east").Set("lines", Value.FromTable([new RecordData().Set("product", "A")])));
        Assert.Equal("A-east-1", computed["lines"].AsTable()[0]["code"].AsText());

        var changed = computed.Clone().Set("region", "west");
        var again = engine.Recalculate(form, changed, ["region"]);

        Assert.Equal("A-east-1", again.Data["lines"].AsTable()[0]["code"].AsText());
    }

    [Fact]
    public void Load_DefaultFormulaReadingComputedParentField_IsRefusedWithItsPath()
    {
        var result = new FormDefinitionLoader().Load("""
            { "id": "o", "fields": [
              { "name": "total", "type": "computed", "formula": "1 + 1" },
              { "name": "lines", "type": "subform", "fields": [ { "name": "share", "type": "number", "default": { "formula": "total / 2" } } ] }
            ] }
            """);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("FWF0026", error.Code);
        Assert.Equal("$.fields[1].fields[0].default.formula", error.Path);
    }
}
