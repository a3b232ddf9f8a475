using System;
using System.Linq;
using System.Threading.Tasks;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Identity;

namespace Formwork.Forms.Tests;

/// <summary>Record-level access (数据权限): a profile reaches all records, the actor's own, or the actor's departments'.</summary>
public sealed class RecordScopeTests
{
    private const string Leads = """
        { "id": "lead", "fields": [ { "name": "company", "type": "text", "required": true }, { "name": "amount", "type": "number" },
            { "name": "phone", "type": "phone" }, { "name": "cost", "type": "money" },
            { "name": "lines", "type": "subform", "fields": [ { "name": "item", "type": "text" }, { "name": "margin", "type": "number" } ] } ],
          "permissions": [
            { "name": "rep", "roles": ["sales"], "records": "own", "fields": { "phone": "masked", "cost": "hidden", "lines.margin": "hidden" } },
            { "name": "manager", "roles": ["manager"], "records": "department" },
            { "name": "executive", "roles": ["ceo"], "default": "readOnly" } ] }
        """;

    private static readonly Actor RepEast = new("rep-east", ["sales"], ["d-east"], "East rep");
    private static readonly Actor RepEast2 = new("rep-east-2", ["sales"], ["d-east"], "Second east rep");
    private static readonly Actor RepWest = new("rep-west", ["sales"], ["d-west"], "West rep");
    private static readonly Actor ManagerEast = new("mgr-east", ["manager"], ["d-east"], "East manager");
    private static readonly Actor Ceo = new("ceo", ["ceo"], ["d-hq"], "CEO");

    [Fact]
    public void Load_RecordsScope_ReadsWritesAndRefusesUnknownNames()
    {
        var form = TestForms.Load(Leads);
        Assert.Equal([RecordScope.Own, RecordScope.Department, RecordScope.All], form.Permissions.Select(p => p.Records));

        var written = FormDefinitionLoader.WriteDefinition(form.Definition);
        Assert.Contains("\"records\": \"own\"", written, StringComparison.Ordinal);
        Assert.Equal(form.Permissions, TestForms.Load(written).Permissions, (a, b) => a.Name == b.Name && a.Records == b.Records);

        var bad = new FormDefinitionLoader().Load(Leads.Replace("\"records\": \"own\"", "\"records\": \"mine\"", StringComparison.Ordinal));
        Assert.False(bad.Success);
        Assert.Null(bad.Form);
        var error = Assert.Single(bad.Diagnostics);
        Assert.Equal(("FWF0009", "$.permissions[0].records"), (error.Code, error.Path));
        Assert.Contains("all, own or department", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormBuilder_ProfileWithRecordScope_CompilesAndWritesAsJsonDoes()
    {
        var definition = new FormBuilder("lead")
            .Field("company", FieldType.Text)
            .Profile(new PermissionProfile { Name = "rep", Roles = ["sales"], Records = RecordScope.Own, Fields = new System.Collections.Generic.Dictionary<string, FieldAccess> { ["company"] = FieldAccess.ReadOnly } })
            .Build();

        var form = new FormDefinitionLoader().Compile(definition).GetFormOrThrow();

        var rep = Assert.Single(form.Permissions);
        Assert.Equal((RecordScope.Own, FieldAccess.ReadOnly), (rep.Records, rep.GetAccess("company")));
        Assert.Equal("rep", form.ProfileFor(RepEast));
        Assert.Contains("\"records\": \"own\"", FormDefinitionLoader.WriteDefinition(definition), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_WithViewer_ReturnsOnlyTheRecordsTheProfileReaches()
    {
        var form = TestForms.Load(Leads);
        var (engine, _, _, _) = TestForms.CreateEngine();
        foreach (var (actor, company) in new[] { (RepEast, "东方"), (RepEast, "东海"), (RepEast2, "东湖"), (RepWest, "西山"), (Ceo, "总部") })
        {
            // The executive profile is read-only: the head-office record is entered by host code (no profile).
            var options = actor == Ceo ? new SubmissionOptions { Actor = Ceo } : SubmissionOptions.ForActor(form, actor);
            var saved = await engine.SubmitAsync(form, new RecordData().Set("company", company).Set("amount", company.Length), options);
            Assert.True(saved.Success, string.Join("; ", saved.Errors));
        }

        async Task<string[]> Companies(Actor? viewer, string? filter = null, int take = 100)
        {
            var page = await engine.QueryAsync(form, new FormQuery { Viewer = viewer, Filter = filter, Take = take, OrderBy = [new("company")] });
            return [.. page.Items.Select(r => r.Data["company"].AsText())];
        }

        Assert.Equal(["东方", "东海"], await Companies(RepEast));
        Assert.Equal(["西山"], await Companies(RepWest));
        Assert.Equal(["东方", "东海", "东湖"], (await Companies(ManagerEast)).Order(StringComparer.Ordinal));
        Assert.Equal(5, (await Companies(Ceo)).Length);
        Assert.Equal(5, (await Companies(null)).Length);
        Assert.Equal(["东方"], await Companies(RepEast, "company = \"东方\""));
        Assert.Empty(await Companies(RepEast, "company = \"西山\""));

        // The page is cut after the scope: the rep's first record, and the total counts only what the rep reaches.
        var first = await engine.QueryAsync(form, new FormQuery { Viewer = RepEast, Take = 1, OrderBy = [new("company")] });
        Assert.Equal(("东方", 2), (first.Items.Single().Data["company"].AsText(), first.TotalCount));

        // An explicit profile wins over the roles' profile.
        var asExecutive = await engine.QueryAsync(form, new FormQuery { Viewer = RepEast, Profile = "executive" });
        Assert.Equal(5, asExecutive.TotalCount);
    }

    [Fact]
    public async Task Query_WithViewer_ShowsRecordsAsTheProfileDoes_AndRefusesFiltersOnWhatItHides()
    {
        var form = TestForms.Load(Leads);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var lines = Value.FromTable([new RecordData().Set("item", "A").Set("margin", 0.3m)]);
        await engine.SubmitAsync(form, new RecordData().Set("company", "东方").Set("phone", "13812341234").Set("cost", 99m).Set("lines", lines), new SubmissionOptions { Actor = RepEast });

        var seen = (await engine.QueryAsync(form, new FormQuery { Viewer = RepEast })).Items.Single().Data;
        var raw = (await engine.QueryAsync(form, new FormQuery())).Items.Single().Data;

        Assert.Equal(("138****1234", false), (seen["phone"].AsText(), seen.ContainsKey("cost")));
        Assert.False(seen["lines"].AsTable()[0].ContainsKey("margin"));
        Assert.Equal(("13812341234", 99m), (raw["phone"].AsText(), raw["cost"].AsNumber()));

        // Selecting or ordering by what the viewer may not see would tell it: refused, whatever the spelling.
        foreach (var query in new[]
        {
            new FormQuery { Viewer = RepEast, Filter = "phone = \"13812341234\"" },
            new FormQuery { Viewer = RepEast, Filter = "COST > 50" },
            new FormQuery { Viewer = RepEast, Filter = "SUM(lines.margin) > 0" },
            new FormQuery { Viewer = RepEast, OrderBy = [new("cost")] },
        })
        {
            var error = Assert.Single((await Assert.ThrowsAsync<FormworkException>(() => engine.QueryAsync(form, query))).Diagnostics);
            Assert.Equal("FWF1043", error.Code);
            Assert.Equal(query.Filter is null ? "orderBy" : "filter", error.Path);
        }

        Assert.Single((await engine.QueryAsync(form, new FormQuery { Viewer = RepEast, Filter = "SUM(lines.margin) > 0", Profile = "executive" })).Items);
        Assert.Single((await engine.QueryAsync(form, new FormQuery { Filter = "cost > 50", OrderBy = [new("phone")] })).Items);
    }

    [Fact]
    public async Task Submit_UpdateOutsideTheProfilesRecords_IsRefusedAndNothingChanges()
    {
        var form = TestForms.Load(Leads);
        var (engine, records, audit, outbox) = TestForms.CreateEngine();
        var created = await engine.SubmitAsync(form, new RecordData().Set("company", "东方"), SubmissionOptions.ForActor(form, RepEast));
        var id = created.Record!.Id;
        var auditBefore = (await audit.GetTrailAsync("form-record", "lead/" + id)).Count;
        var outboxBefore = (await outbox.ReadPendingAsync(100)).Count;

        var byOtherRep = await engine.SubmitAsync(form, new RecordData().Set("company", "改名"), SubmissionOptions.ForActor(form, RepWest) with { RecordId = id });
        var byManagerElsewhere = await engine.SubmitAsync(form, new RecordData().Set("company", "改名"), new SubmissionOptions { Actor = new Actor("mgr-west", ["manager"], ["d-west"]), Profile = "manager", RecordId = id });

        var error = Assert.Single(byOtherRep.Errors);
        Assert.Equal(("FWF1042", "$"), (error.Code, error.Path));
        Assert.Equal($"You may not change the record '{id}' of the form 'lead': it is outside the records the profile 'rep' reaches.", error.Message);
        Assert.Equal("FWF1042", Assert.Single(byManagerElsewhere.Errors).Code);
        var stored = await records.GetAsync("lead", id);
        Assert.Equal(("东方", 1L), (stored!.Data["company"].AsText(), stored.Version));
        Assert.Equal(auditBefore, (await audit.GetTrailAsync("form-record", "lead/" + id)).Count);
        Assert.Equal(outboxBefore, (await outbox.ReadPendingAsync(100)).Count);

        var byOwner = await engine.SubmitAsync(form, new RecordData().Set("company", "东方科技"), SubmissionOptions.ForActor(form, RepEast) with { RecordId = id });
        var byManager = await engine.SubmitAsync(form, new RecordData().Set("company", "东方集团"), SubmissionOptions.ForActor(form, ManagerEast) with { RecordId = id });
        Assert.True(byOwner.Success && byManager.Success);
        Assert.Equal("东方集团", (await records.GetAsync("lead", id))!.Data["company"].AsText());
    }

    [Fact]
    public async Task Import_UpsertOfAnotherOwnersRecord_IsARowErrorAndLeavesItUnchanged()
    {
        var form = TestForms.Load(Leads);
        var (engine, records, _, _) = TestForms.CreateEngine();
        var west = await engine.SubmitAsync(form, new RecordData().Set("company", "西山").Set("amount", 1), SubmissionOptions.ForActor(form, RepWest));
        await engine.SubmitAsync(form, new RecordData().Set("company", "东方").Set("amount", 1), SubmissionOptions.ForActor(form, RepEast));
        using var csv = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes("company,amount\n东方,5\n西山,9\n"));

        var result = await new FormImporter(engine).ImportCsvAsync(form, csv, new ImportOptions { Actor = RepEast, Profile = "rep", KeyFields = ["company"], Mode = ImportMode.ValidRowsOnly });

        Assert.Equal((0, 1, 1), (result.Imported, result.Updated, result.Skipped));
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "FWF1042"), (error.Row, error.Code));
        Assert.Equal(1m, (await records.GetAsync("lead", west.Record!.Id))!.Data["amount"].AsNumber());
    }
}
