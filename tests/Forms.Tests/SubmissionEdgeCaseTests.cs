using System;
using System.Linq;
using Formwork.Forms;

namespace Formwork.Forms.Tests;

public sealed class SubmissionEdgeCaseTests
{
    [Fact]
    public void Validate_CatastrophicPattern_TimesOutWithAnError()
    {
        var options = new FormsOptions { RegexTimeout = TimeSpan.FromMilliseconds(20) };
        var form = new FormDefinitionLoader(options).Load("""{ "id": "p", "fields": [ { "name": "code", "type": "text", "label": "代码", "settings": { "pattern": "^(a+)+$" } } ] }""").GetFormOrThrow();
        var (engine, _, _, _) = TestForms.CreateEngine();

        var result = engine.Validate(form, new RecordData().Set("code", new string('a', 40) + "!"), new SubmissionOptions { Actor = TestForms.Alice });

        var error = Assert.Single(result.Errors);
        Assert.Equal("FWF1009", error.Code);
        Assert.Equal("代码 could not be checked against its pattern within 20 ms.", error.Message);
    }

    [Fact]
    public void Validate_UnknownFieldsAndUnknownColumns_AreErrors()
    {
        var form = TestForms.LoadContract();
        var (engine, _, _, _) = TestForms.CreateEngine();
        var data = TestForms.ValidContract();
        data["colour"] = "red";
        data["lines"] = Value.FromTable([new RecordData().Set("product", "A").Set("quantity", 1).Set("price", 1).Set("weight", 3)]);

        var result = engine.Validate(form, data, new SubmissionOptions { Actor = TestForms.Alice });

        Assert.Equal(["colour FWF1028", "lines[0].weight FWF1028"], result.Errors.Select(e => $"{e.Path} {e.Code}").Order());
        Assert.Equal("'colour' is not a field of the form 'contract'.", result.Errors.First(e => e.Path == "colour").Message);
    }

    [Fact]
    public void Validate_ComputedInputIsIgnoredAndComputedErrorsReported()
    {
        var form = TestForms.Load("""{ "id": "c", "fields": [ { "name": "a", "type": "number" }, { "name": "b", "type": "number" }, { "name": "ratio", "type": "computed", "label": "比例", "formula": "a / b" } ] }""");
        var (engine, _, _, _) = TestForms.CreateEngine();

        var ok = engine.Validate(form, new RecordData().Set("a", 1).Set("b", 4).Set("ratio", 99), new SubmissionOptions { Actor = TestForms.Alice });
        var divide = engine.Validate(form, new RecordData().Set("a", 1).Set("b", 0), new SubmissionOptions { Actor = TestForms.Alice });

        Assert.Equal(0.25m, ok.Data["ratio"].AsNumber());
        Assert.Equal("比例 could not be computed: the formula gives #DIV/0!.", Assert.Single(divide.Errors).Message);
    }

    [Fact]
    public void Validate_ProfileRequiredAndColumnPermissions_AreEnforced()
    {
        var form = TestForms.Load("""
            { "id": "o", "fields": [ { "name": "memo", "type": "text", "label": "意见" },
              { "name": "lines", "type": "subform", "fields": [ { "name": "qty", "type": "number", "label": "数量" }, { "name": "price", "type": "money", "label": "单价" } ] } ],
              "permissions": [ { "name": "approver", "fields": { "memo": "required", "lines.price": "readOnly" } } ] }
            """);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var before = engine.Compute(form, new RecordData().Set("lines", Value.FromTable([new RecordData().Set("qty", 1).Set("price", 10)])));

        var result = engine.Validate(form, new RecordData().Set("lines", Value.FromTable([new RecordData().Set("qty", 2).Set("price", 5)])), new SubmissionOptions { Actor = TestForms.Alice, Profile = "approver" }, before);

        Assert.Equal(["lines[0].price FWF1029", "memo FWF1001"], result.Errors.Select(e => $"{e.Path} {e.Code}").Order());
    }

    [Fact]
    public void Validate_ColumnReadOnlyIf_RefusesChangesToCellsOfRowsWhereItHolds()
    {
        // A locked line keeps its price (also when it is unlocked in the same write); other lines may change. The
        // condition reads the row and the parent's fields; rows are compared by position.
        var form = TestForms.Load("""
            { "id": "o", "fields": [ { "name": "frozen", "type": "boolean" },
              { "name": "lines", "type": "subform", "fields": [ { "name": "status", "type": "text" },
                { "name": "price", "type": "money", "label": "单价", "readOnlyIf": "OR(status = \"locked\", frozen)" } ] } ] }
            """);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var options = new SubmissionOptions { Actor = TestForms.Alice };
        static Value Lines(params (string Status, decimal Price)[] rows) => Value.FromTable([.. rows.Select(r => new RecordData().Set("status", r.Status).Set("price", r.Price))]);
        var before = engine.Compute(form, new RecordData().Set("lines", Lines(("locked", 10), ("open", 20))));

        var changed = engine.Validate(form, new RecordData().Set("lines", Lines(("locked", 11), ("open", 21))), options, before);
        var unchangedLocked = engine.Validate(form, new RecordData().Set("lines", Lines(("locked", 10), ("open", 25))), options, before);
        var frozen = engine.Validate(form, new RecordData().Set("frozen", true).Set("lines", Lines(("locked", 10), ("open", 25))), options, before);
        var removedLocked = engine.Validate(form, new RecordData().Set("lines", Lines(("open", 20))), options, before);
        var unlockedAndChanged = engine.Validate(form, new RecordData().Set("lines", Lines(("open", 11), ("open", 20))), options, before);

        Assert.Equal(["lines[0].price FWF1029"], changed.Errors.Select(e => $"{e.Path} {e.Code}"));
        Assert.Equal("You may not change 单价.", changed.Errors[0].Message);
        Assert.Empty(unchangedLocked.Errors);
        Assert.Equal(["lines[1].price FWF1029"], frozen.Errors.Select(e => $"{e.Path} {e.Code}"));
        Assert.Equal(["lines[0].price FWF1029"], removedLocked.Errors.Select(e => $"{e.Path} {e.Code}"));
        Assert.Equal(["lines[0].price FWF1029"], unlockedAndChanged.Errors.Select(e => $"{e.Path} {e.Code}"));
    }

    [Fact]
    public void Normalize_RandomTextForPhoneEmailIdAndSelect_GivesTheNormalisedForm()
    {
        // Text that is already normal passes unconverted; anything else is trimmed (Unicode white space), narrowed (full-width to ASCII), stripped
        // of spaces (phone, ID), upper-cased (ID) or mapped from a label or a value in other case (select). Both ways must give the same result.
        var form = TestForms.Load("""
            { "id": "n", "fields": [ { "name": "phone", "type": "phone" }, { "name": "mail", "type": "email" }, { "name": "id", "type": "idNumber" }, { "name": "note", "type": "text" },
              { "name": "level", "type": "select", "settings": { "options": [ { "value": "a1", "label": "甲" }, { "value": "B2", "label": "x" } ] } } ] }
            """);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var random = new Random(20261125);
        string[] pieces = ["1", "3", "8", "x", "X", "a", "@", ".", " ", "\t", "\u3000", "\u2003", "\u00A0", "\uFEFF", "１", "Ｘ", "＠", "a1", "B2", "甲", "b2"];
        for (var i = 0; i < 2000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => pieces[random.Next(pieces.Length)]));
            var data = engine.Validate(form, new RecordData().Set("phone", text).Set("mail", text).Set("id", text).Set("note", text).Set("level", text), new SubmissionOptions { Actor = TestForms.Alice }).Data;
            Assert.Equal(Expected(text.Trim()), data["note"]);

            var narrow = Narrow(text.Trim());
            Assert.Equal(Expected(narrow.Replace(" ", string.Empty, StringComparison.Ordinal)), data["phone"]);
            Assert.Equal(Expected(narrow), data["mail"]);
            Assert.Equal(Expected(narrow.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()), data["id"]);
            var trimmed = text.Trim();
            var option = trimmed.ToUpperInvariant() switch
            {
                "A1" or "甲" => "a1",
                "B2" or "X" => "B2",
                _ => trimmed,
            };
            Assert.Equal(Expected(option), data["level"]);
        }

        static Value Expected(string text) => text.Length == 0 ? Value.Blank : Value.FromText(text);

        static string Narrow(string text) => string.Concat(text.Select(c => c switch
        {
            >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
            '\u3000' => ' ',
            _ => c,
        }));
    }

    [Theory]
    [InlineData("")]
    [InlineData(", \"visibleIf\": \"TRUE\"")]
    public void Validate_RowErrors_ComeInFormOrderOnce_WhetherRowsAreCheckedEarlyOrLate(string columnCondition)
    {
        // Rows that nothing changes after normalisation are validated while they are normalised (the first case); a
        // column condition makes them wait for the validation stage. The errors must be the same, in form order.
        var form = TestForms.Load($$"""
            { "id": "o", "fields": [ { "name": "a", "type": "text", "required": true },
              { "name": "lines", "type": "subform", "settings": { "maxRows": 2 }, "fields": [ { "name": "product", "type": "text", "required": true },
                { "name": "qty", "type": "number", "settings": { "min": 1 }{{columnCondition}} }, { "name": "amount", "type": "money", "formula": "qty * 2" } ] },
              { "name": "z", "type": "text", "required": true } ] }
            """);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var lines = Value.FromTable([new RecordData().Set("qty", 2), new RecordData().Set("product", "p").Set("qty", 0), new RecordData().Set("product", "q").Set("qty", "many")]);

        var result = engine.Validate(form, new RecordData().Set("lines", lines), new SubmissionOptions { Actor = TestForms.Alice });
        var preview = engine.Compute(form, new RecordData().Set("lines", lines));

        Assert.Equal(
            ["lines[2].qty FWF1020", "a FWF1001", "lines FWF1022", "lines[0].product FWF1001", "lines[1].qty FWF1004", "lines[2].amount FWF1036", "z FWF1001"],
            result.Errors.Select(e => $"{e.Path} {e.Code}"));
        Assert.Equal(4m, preview["lines"].AsTable()[0]["amount"].AsNumber());
    }

    [Fact]
    public void Validate_UnknownProfile_Throws()
    {
        var form = TestForms.LoadContract();
        var (engine, _, _, _) = TestForms.CreateEngine();

        var error = Assert.Throws<ArgumentException>(() => engine.Validate(form, new RecordData(), new SubmissionOptions { Actor = TestForms.Alice, Profile = "boss" }));

        Assert.StartsWith("The form 'contract' has no permission profile 'boss'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TooManySubformRows_IsRefusedEarly()
    {
        var form = new FormDefinitionLoader(new FormsOptions { MaxSubformRows = 3 }).Load(TestForms.Contract).GetFormOrThrow();
        var (engine, _, _, _) = TestForms.CreateEngine();
        var data = TestForms.ValidContract();
        data["lines"] = Value.FromTable(Enumerable.Range(0, 4).Select(i => new RecordData().Set("product", "p").Set("quantity", 1).Set("price", 1)));

        var result = engine.Validate(form, data, new SubmissionOptions { Actor = TestForms.Alice });

        Assert.Contains(result.Errors, e => e.Path == "lines" && e.Code == "FWF1022");
    }
}
