using System;
using System.Linq;
using System.Threading.Tasks;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace Formwork.Scenarios.Tests.Hosting;

public sealed class SqliteRecordStoreTests : IDisposable
{
    private const string CustomerForm = """
        { "kind": "form", "id": "customer", "fields": [
          { "name": "name", "type": "text", "required": true },
          { "name": "phone", "type": "phone", "settings": { "format": "mobile", "unique": true } },
          { "name": "since", "type": "date" } ] }
        """;

    private readonly SqliteRecordStore store = new("Data Source=:memory:");
    private readonly ServiceProvider services;

    public SqliteRecordStoreTests() =>
        services = new ServiceCollection()
            .AddSingleton<IRecordStore>(store)
            .AddFormwork(b => b.AddExpressions().AddForms())
            .BuildServiceProvider();

    public void Dispose()
    {
        services.Dispose();
        store.Dispose();
    }

    [Fact]
    public async Task Submit_ThroughTheHostStore_StoresTypedDataAndRefusesADuplicatePhone()
    {
        var form = services.GetRequiredService<FormDefinitionLoader>().Load(CustomerForm).GetFormOrThrow();
        var engine = services.GetRequiredService<FormEngine>();
        var actor = new Actor("rep-lina");

        var first = await engine.SubmitAsync(form, form.ReadData("""{ "name": "杭州远航科技", "phone": "13812345678", "since": "2026年3月1日" }"""),
            new SubmissionOptions { Actor = actor, NewRecordId = "C1" });
        var second = await engine.SubmitAsync(form, form.ReadData("""{ "name": "Harbor Trading", "phone": "13812345678" }"""),
            new SubmissionOptions { Actor = actor, NewRecordId = "C2" });

        Assert.True(first.Success);
        var stored = await store.GetAsync("customer", "C1");
        Assert.NotNull(stored);
        Assert.Equal(new DateOnly(2026, 3, 1), stored.Data["since"].AsDate());
        Assert.Equal(1, stored.Version);
        Assert.False(second.Success);
        Assert.Equal("FWF1026", Assert.Single(second.Errors).Code);
        Assert.Null(await store.GetAsync("customer", "C2"));
    }

    [Fact]
    public async Task Update_StaleVersion_IsRefusedWithTheConflictCode()
    {
        var record = await store.InsertAsync(Record("C1", "13800000001"));
        await store.UpdateAsync(record with { Data = new RecordData().Set("name", "renamed").Freeze() }, 1);

        var error = await Assert.ThrowsAsync<ConcurrencyException>(() => store.UpdateAsync(record, 1));

        Assert.Equal("FW0101", error.Code);
        Assert.Equal("renamed", (await store.GetAsync("customer", "C1"))!.Data["name"].AsText());
    }

    [Fact]
    public async Task WriteBatch_OneRefusedWrite_WritesNothing()
    {
        await store.InsertAsync(Record("C1", "13800000001"));

        var error = await Assert.ThrowsAsync<ConcurrencyException>(() => store.WriteBatchAsync(
        [
            RecordWrite.Insert(Record("C2", "13800000002")),
            RecordWrite.Insert(Record("C3", "13800000001")),
        ]));

        Assert.Equal("FW0102", error.Code);
        Assert.Null(await store.GetAsync("customer", "C2"));
        Assert.Equal(1, (await store.QueryAsync(new RecordQuery { FormId = "customer" })).TotalCount);
    }

    [Fact]
    public async Task Query_FilterSortAndPage_AsTheInMemoryStoreDoes()
    {
        for (var i = 1; i <= 30; i++)
        {
            await store.InsertAsync(Record($"C{i}", $"138000000{i:00}") with { OwnerId = i % 3 == 0 ? "rep-amy" : "rep-lina" });
        }

        var page = await store.QueryAsync(new RecordQuery
        {
            FormId = "customer",
            Filter = r => r.OwnerId == "rep-amy",
            OrderBy = [new RecordSort("name", Descending: true)],
            Skip = 2,
            Take = 3,
        });

        Assert.Equal(10, page.TotalCount);
        // Text order, as Excel sorts: "customer C9" > "customer C6" > "customer C30" > "customer C3" > "customer C27".
        Assert.Equal(["customer C30", "customer C3", "customer C27"], page.Items.Select(r => r.Data["name"].AsText()));
        Assert.Equal("C3", (await store.FindByUniqueKeyAsync("customer", "PHONE=13800000003"))?.Id);
    }

    private static StoredRecord Record(string id, string phone) => new()
    {
        FormId = "customer",
        Id = id,
        Data = new RecordData().Set("name", "customer " + id).Set("phone", phone).Freeze(),
        UniqueKeys = ["phone=" + phone],
    };
}
