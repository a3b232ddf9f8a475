using System;
using System.Linq;
using System.Threading.Tasks;
using Formwork.Auditing;
using Formwork.Forms;
using Formwork.Stores;
using Formwork.Testing;
using Microsoft.Extensions.Options;

namespace Formwork.Forms.Tests;

/// <summary><see cref="FormsOptions.AuditSensitiveValues"/>: fields a profile masks stay out of the stored trail.</summary>
public sealed class AuditSensitiveValuesTests
{
    private const string Payroll = """
        {
          "id": "payroll",
          "fields": [
            { "name": "name", "type": "text" },
            { "name": "card", "type": "text", "settings": { "format": "bankCard" } },
            { "name": "items", "type": "subform", "fields": [
                { "name": "label", "type": "text" },
                { "name": "amount", "type": "number" }
            ] }
          ],
          "permissions": [ { "name": "clerk", "fields": { "card": "masked", "items.amount": "masked" } } ]
        }
        """;

    [Theory]
    [InlineData(AuditValueMode.Clear, "phone: 13812341234|idNumber: 11010519491231002X")]
    [InlineData(AuditValueMode.Masked, "phone: 138****1234|idNumber: 110105********002X")]
    [InlineData(AuditValueMode.ChangedOnly, "phone: |idNumber: ")]
    public async Task SubmitAsync_MaskedFields_StoredInTheTrailAsTheModeSays(AuditValueMode mode, string expected)
    {
        var (engine, records, audit) = Create(mode);
        var form = TestForms.LoadContract();

        var result = await engine.SubmitAsync(form, TestForms.ValidContract(), new SubmissionOptions { Actor = TestForms.Alice });

        Assert.True(result.Success, string.Join("\n", result.Errors));
        var changes = Assert.Single(audit.All).Changes;
        Assert.Equal(expected, string.Join("|", changes.Where(c => c.Field is "phone" or "idNumber").Select(c => $"{c.Field}: {c.After}")));
        Assert.All(changes.Where(c => c.Field is "phone" or "idNumber"), c => Assert.True(c.Before.IsBlank));
        Assert.Equal("杭州云杉科技", changes.Single(c => c.Field == "customer").After.AsText());
        var stored = (await records.QueryAsync(new RecordQuery { FormId = "contract" })).Items.Single();
        Assert.Equal("13812341234", stored.Data["phone"].AsText());
    }

    [Fact]
    public async Task SubmitAsync_UpdateOfAMaskedField_MasksBeforeAndAfter()
    {
        var (engine, _, audit) = Create(AuditValueMode.Masked);
        var form = TestForms.LoadContract();
        var created = await engine.SubmitAsync(form, TestForms.ValidContract(), new SubmissionOptions { Actor = TestForms.Alice });
        var data = created.Data.Clone();
        data["phone"] = "13900005678";

        var updated = await engine.SubmitAsync(form, data, new SubmissionOptions { Actor = TestForms.Alice, RecordId = created.Record!.Id });

        Assert.True(updated.Success, string.Join("\n", updated.Errors));
        var change = Assert.Single(audit.All[1].Changes);
        Assert.Equal(("phone", "138****1234", "139****5678"), (change.Field, change.Before.AsText(), change.After.AsText()));
    }

    [Fact]
    public async Task ImportAsync_MaskedSubformColumnAndTextFormat_MaskedInTheTrail()
    {
        var (engine, _, audit) = Create(AuditValueMode.Masked);
        var form = TestForms.Load(Payroll);

        var result = await new FormImporter(engine).ImportAsync(form, [["name", "card", "items.label", "items.amount"], ["张三", "4111111111111111", "base", "8000"], [null, null, "bonus", "1200"]], new ImportOptions { Actor = TestForms.Alice });

        Assert.True(result.Success, string.Join("\n", result.Errors.Select(e => e.Message)));
        var changes = Assert.Single(audit.All).Changes;
        Assert.Equal("张三", changes.Single(c => c.Field == "name").After.AsText());
        Assert.Equal("4111********1111", changes.Single(c => c.Field == "card").After.AsText());
        var items = changes.Single(c => c.Field == "items").After.AsTable();
        Assert.Equal(["base 8**0", "bonus 1**0"], items.Select(r => $"{r["label"]} {r["amount"]}"));
    }

    [Fact]
    public async Task SubmitAsync_FormWithoutProfiles_KeepsValuesInClear()
    {
        var (engine, _, audit) = Create(AuditValueMode.ChangedOnly);
        var form = TestForms.Load("""{ "id": "note", "fields": [ { "name": "phone", "type": "phone" } ] }""");

        await engine.SubmitAsync(form, new RecordData().Set("phone", "13812341234"), new SubmissionOptions { Actor = TestForms.Alice });

        Assert.Equal("13812341234", Assert.Single(Assert.Single(audit.All).Changes).After.AsText());
    }

    private static (FormEngine Engine, InMemoryRecordStore Records, InMemoryAuditLog Audit) Create(AuditValueMode mode)
    {
        var records = new InMemoryRecordStore();
        var audit = new InMemoryAuditLog();
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 3, 15, 2, 0, 0, TimeSpan.Zero));
        var engine = new FormEngine(records, new InMemorySequenceStore(), audit, new InMemoryOutbox(), time, Options.Create(new FormsOptions { AuditSensitiveValues = mode }));
        return (engine, records, audit);
    }
}
