using System;
using System.Linq;
using Formwork.Forms;

namespace Formwork.Forms.Tests;

public sealed class SubmissionLayoutTests
{
    private const string Order = """
        { "id": "order", "fields": [
          { "name": "title", "type": "text" },
          { "name": "level", "type": "select", "settings": { "options": [ { "value": "a", "label": "甲" } ] } },
          { "name": "lines", "type": "subform", "fields": [
            { "name": "product", "type": "text" },
            { "name": "quantity", "type": "number" },
            { "name": "amount", "type": "number", "formula": "quantity * 2" }
          ] },
          { "name": "total", "type": "computed", "formula": "SUM(lines.amount)", "settings": { "resultKind": "number" } }
        ] }
        """;

    [Fact]
    public void Validate_Result_IsLayoutBackedInFieldOrder()
    {
        var form = TestForms.Load(Order);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var data = new RecordData().Set("lines", Value.FromTable([new RecordData().Set("quantity", 3).Set("product", "A")])).Set("title", "T");

        var result = engine.Validate(form, data, new SubmissionOptions { Actor = TestForms.Alice });

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Data.Layout);
        Assert.Equal(["title", "lines", "total"], result.Data.Keys.ToArray());
        var row = result.Data["lines"].AsTable()[0];
        Assert.NotNull(row.Layout);
        Assert.True(row.IsFrozen);
        Assert.Equal(["product", "quantity", "amount"], row.Keys.ToArray());
        Assert.Equal(6m, result.Data["total"].AsNumber());

        // Hosts change engine output like any record data; a field outside the form still works.
        var edited = result.Data.Clone().Set("extra", 1).Set("title", "U");
        Assert.Equal(["title", "lines", "total", "extra"], edited.Keys.ToArray());
        Assert.Equal(RecordData.FromJson(result.Data.ToJson()).ToJson(), result.Data.ToJson());
    }

    [Fact]
    public void Validate_TypedTextWithNothingToTrim_IsKeptAsGiven_OtherTextIsNormalised()
    {
        var form = TestForms.Load(Order);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var title = string.Concat("Ti", "tle");

        var kept = engine.Validate(form, new RecordData().Set("title", title).Set("level", "甲"), new SubmissionOptions { Actor = TestForms.Alice });
        var trimmed = engine.Validate(form, new RecordData().Set("title", "  Title "), new SubmissionOptions { Actor = TestForms.Alice });
        var blank = engine.Validate(form, new RecordData().Set("title", ""), new SubmissionOptions { Actor = TestForms.Alice });

        Assert.Same(title, kept.Data["title"].AsText());
        Assert.Equal("a", kept.Data["level"].AsText());
        Assert.Equal("Title", trimmed.Data["title"].AsText());
        Assert.False(blank.Data.ContainsKey("title"));
    }

    [Fact]
    public void Validate_ComputedRowsOfTheSameLayout_AreReusedWhenNothingChanges()
    {
        var form = TestForms.Load(Order);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var first = engine.Validate(form, new RecordData().Set("lines", Value.FromTable([new RecordData().Set("product", "A").Set("quantity", 3)])), new SubmissionOptions { Actor = TestForms.Alice });
        var row = first.Data["lines"].AsTable()[0];

        var again = engine.Validate(form, first.Data.Clone(), new SubmissionOptions { Actor = TestForms.Alice });
        var changed = engine.Validate(form, new RecordData().Set("lines", Value.FromTable([row.Clone().Set("quantity", 4)])), new SubmissionOptions { Actor = TestForms.Alice });

        Assert.Same(row, again.Data["lines"].AsTable()[0]);
        Assert.Equal(8m, changed.Data["lines"].AsTable()[0]["amount"].AsNumber());
        Assert.True(first.Data.ContentEquals(again.Data));
    }

    [Fact]
    public void Validate_ValidSubmission_ErrorsAreEmpty()
    {
        var form = TestForms.Load(Order);
        var (engine, _, _, _) = TestForms.CreateEngine();

        var a = engine.Validate(form, new RecordData().Set("title", "x"), new SubmissionOptions { Actor = TestForms.Alice });
        var b = engine.Validate(form, new RecordData().Set("title", "y"), new SubmissionOptions { Actor = TestForms.Alice });

        Assert.True(a.Success);
        Assert.Empty(a.Errors);
        Assert.Same(a.Errors, b.Errors);
    }

    [Fact]
    public void Validate_SuccessiveCalls_KeepEachResultIntact()
    {
        var form = TestForms.Load(Order);
        var other = TestForms.LoadContract();
        var (engine, _, _, _) = TestForms.CreateEngine();

        var first = engine.Validate(form, new RecordData().Set("title", "x").Set("nothing", 1), new SubmissionOptions { Actor = TestForms.Alice });
        var second = engine.Validate(other, TestForms.ValidContract().Set("unknown", 2), new SubmissionOptions { Actor = TestForms.Alice });
        var third = engine.Validate(form, new RecordData().Set("level", "甲"), new SubmissionOptions { Actor = TestForms.Alice });

        Assert.Equal("nothing", Assert.Single(first.Errors).Path);
        Assert.Equal("unknown", Assert.Single(second.Errors).Path);
        Assert.Empty(third.Errors);
        Assert.Equal("x", first.Data["title"].AsText());
        Assert.False(third.Data.ContainsKey("title"));
        Assert.Equal("a", third.Data["level"].AsText());
    }

    [Fact]
    public void Validate_ProfileAccess_IsEnforcedForFieldsAndColumns()
    {
        var form = TestForms.Load(Order.TrimEnd()[..^1] + """, "permissions": [ { "name": "clerk", "fields": { "title": "readOnly", "lines.quantity": "readOnly" } } ] }""");
        var (engine, _, _, _) = TestForms.CreateEngine();
        var data = new RecordData().Set("title", "x").Set("lines", Value.FromTable([new RecordData().Set("product", "A").Set("quantity", 3)]));

        var result = engine.Validate(form, data, new SubmissionOptions { Actor = TestForms.Alice, Profile = "clerk" });

        Assert.Equal(["lines[0].quantity FWF1029", "title FWF1029"], result.Errors.Select(e => $"{e.Path} {e.Code}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_ComputedMoney_HasExactlyTwoDecimals_RandomValues()
    {
        var form = TestForms.Load("""
            { "id": "m", "fields": [ { "name": "lines", "type": "subform", "fields": [
              { "name": "q", "type": "number" }, { "name": "p", "type": "number" }, { "name": "amount", "type": "money", "formula": "q * p" } ] } ] }
            """);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var random = new Random(4242);
        for (var i = 0; i < 300; i++)
        {
            var q = (decimal)random.Next(-1000, 1000);
            var p = new decimal(random.Next(), random.Next(100), 0, random.Next(2) == 0, (byte)random.Next(0, 6));
            var data = new RecordData().Set("lines", Value.FromTable([new RecordData().Set("q", q).Set("p", p)]));

            var amount = engine.Validate(form, data, new SubmissionOptions { Actor = TestForms.Alice }).Data["lines"].AsTable()[0]["amount"].AsNumber();

            Assert.Equal(decimal.Round(q * p, 2, MidpointRounding.AwayFromZero), amount);
            Assert.Equal(2, amount.Scale);
        }
    }
}
