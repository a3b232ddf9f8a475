using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using Formwork.Stores;

namespace Formwork.Abstractions.Tests.Stores;

public sealed class InMemoryRecordStoreTests
{
    private static StoredRecord Lead(string id, string phone, decimal budget = 100m) => new()
    {
        FormId = "lead",
        Id = id,
        Data = new RecordData().Set("phone", phone).Set("budget", budget),
        OwnerId = "rep",
        UniqueKeys = ["phone=" + phone],
    };

    [Fact]
    public async Task InsertAsync_AssignsVersion1AndFreezesData()
    {
        var store = new InMemoryRecordStore();
        var stored = await store.InsertAsync(Lead("l1", "13800000001") with { Version = 42 });
        Assert.Equal(1, stored.Version);
        Assert.True(stored.Data.IsFrozen);
        Assert.Equal(stored, await store.GetAsync("lead", "l1"));
    }

    [Fact]
    public async Task InsertAsync_SameId_RefusedWithCode()
    {
        var store = new InMemoryRecordStore();
        await store.InsertAsync(Lead("l1", "1"));
        var ex = await Assert.ThrowsAsync<ConcurrencyException>(() => store.InsertAsync(Lead("l1", "2")));
        Assert.Equal("FW0103", ex.Code);
        Assert.Equal("Record 'l1' already exists.", ex.Diagnostics[0].Message);
    }

    [Fact]
    public async Task InsertAsync_TakenUniqueKey_RefusedAndNothingWritten()
    {
        var store = new InMemoryRecordStore();
        await store.InsertAsync(Lead("l1", "13800000001"));
        var ex = await Assert.ThrowsAsync<ConcurrencyException>(() => store.InsertAsync(Lead("l2", "13800000001")));
        Assert.Equal("FW0102", ex.Code);
        Assert.Equal("The value 'phone=13800000001' must be unique in form 'lead' but record 'l1' already has it.", ex.Diagnostics[0].Message);
        Assert.Equal("值“phone=13800000001”在表单“lead”中必须唯一，但记录“l1”已使用该值。", ex.Diagnostics[0].MessageChinese);
        Assert.Null(await store.GetAsync("lead", "l2"));
    }

    [Fact]
    public async Task UniqueKeys_AreScopedPerForm()
    {
        var store = new InMemoryRecordStore();
        await store.InsertAsync(Lead("l1", "1"));
        await store.InsertAsync(Lead("c1", "1") with { FormId = "contact" });
        Assert.NotNull(await store.FindByUniqueKeyAsync("contact", "phone=1"));
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_RefusedAndStoredValueKept()
    {
        var store = new InMemoryRecordStore();
        var v1 = await store.InsertAsync(Lead("l1", "1", 100m));
        var v2 = await store.UpdateAsync(v1 with { Data = v1.Data.Clone().Set("budget", 200m) }, 1);
        Assert.Equal(2, v2.Version);
        var ex = await Assert.ThrowsAsync<ConcurrencyException>(() => store.UpdateAsync(v1 with { Data = v1.Data.Clone().Set("budget", 1m) }, 1));
        Assert.Equal("FW0101", ex.Code);
        Assert.Equal("Record 'l1' was changed by someone else: expected version 1, found 2. Reload and try again.", ex.Diagnostics[0].Message);
        Assert.Equal(200m, (await store.GetAsync("lead", "l1"))!.Data["budget"].AsNumber());
    }

    [Fact]
    public async Task UpdateAsync_ChangedUniqueKey_ReleasesTheOldOne()
    {
        var store = new InMemoryRecordStore();
        var v1 = await store.InsertAsync(Lead("l1", "1"));
        await store.UpdateAsync(Lead("l1", "2"), v1.Version);
        Assert.Null(await store.FindByUniqueKeyAsync("lead", "phone=1"));
        Assert.Equal("l1", (await store.FindByUniqueKeyAsync("lead", "phone=2"))!.Id);
        await store.InsertAsync(Lead("l2", "1"));
    }

    [Fact]
    public async Task DeleteAsync_MissingOrStale_Refused()
    {
        var store = new InMemoryRecordStore();
        var v1 = await store.InsertAsync(Lead("l1", "1"));
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.DeleteAsync("lead", "l1", 5));
        await store.DeleteAsync("lead", "l1", v1.Version);
        Assert.Null(await store.GetAsync("lead", "l1"));
        Assert.Null(await store.FindByUniqueKeyAsync("lead", "phone=1"));
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.DeleteAsync("lead", "l1", 1));
    }

    [Fact]
    public async Task WriteBatchAsync_OneRefusedWrite_WritesNothing()
    {
        var store = new InMemoryRecordStore();
        await store.InsertAsync(Lead("existing", "9"));
        var ex = await Assert.ThrowsAsync<ConcurrencyException>(() => store.WriteBatchAsync(
        [
            RecordWrite.Insert(Lead("a", "1")),
            RecordWrite.Insert(Lead("b", "2")),
            RecordWrite.Insert(Lead("c", "9")),
        ]));
        Assert.Equal("FW0102", ex.Code);
        Assert.Equal(1, (await store.QueryAsync(new RecordQuery { FormId = "lead" })).TotalCount);
        Assert.Null(await store.FindByUniqueKeyAsync("lead", "phone=1"));
    }

    [Fact]
    public async Task WriteBatchAsync_DuplicateKeyWithinBatch_Refused()
    {
        var store = new InMemoryRecordStore();
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.WriteBatchAsync([RecordWrite.Insert(Lead("a", "1")), RecordWrite.Insert(Lead("b", "1"))]));
        Assert.Equal(0, (await store.QueryAsync(new RecordQuery { FormId = "lead" })).TotalCount);
    }

    [Fact]
    public async Task WriteBatchAsync_KeyMovesBetweenRecords_InOneBatch()
    {
        var store = new InMemoryRecordStore();
        var a = await store.InsertAsync(Lead("a", "1"));
        await store.WriteBatchAsync([RecordWrite.Update(Lead("a", "2"), a.Version), RecordWrite.Insert(Lead("b", "1"))]);
        Assert.Equal("b", (await store.FindByUniqueKeyAsync("lead", "phone=1"))!.Id);
        Assert.Equal("a", (await store.FindByUniqueKeyAsync("lead", "phone=2"))!.Id);
    }

    [Fact]
    public async Task WriteBatchAsync_SeveralForms_EachFormGetsItsWritesAndKeys()
    {
        var store = new InMemoryRecordStore();
        await store.InsertAsync(Lead("a", "1"));
        var saved = await store.WriteBatchAsync(
        [
            RecordWrite.Insert(Lead("b", "2")),
            RecordWrite.Insert(Lead("a", "1") with { FormId = "contact" }),
            RecordWrite.Insert(Lead("c", "3")),
            RecordWrite.Insert(Lead("d", "4") with { FormId = "contact" }),
        ]);
        Assert.Equal(["b", "a", "c", "d"], saved.Select(r => r.Id));
        Assert.Equal(3, (await store.QueryAsync(new RecordQuery { FormId = "lead" })).TotalCount);
        Assert.Equal(["a", "d"], (await store.QueryAsync(new RecordQuery { FormId = "contact" })).Items.Select(r => r.Id));
        Assert.Equal("a", (await store.FindByUniqueKeyAsync("contact", "phone=1"))!.Id);
        Assert.Equal("c", (await store.FindByUniqueKeyAsync("lead", "phone=3"))!.Id);
    }

    [Fact]
    public async Task WriteBatchAsync_SameRecordTwice_SecondWriteSeesTheFirst()
    {
        var store = new InMemoryRecordStore();
        var saved = await store.WriteBatchAsync([RecordWrite.Insert(Lead("a", "1")), RecordWrite.Update(Lead("a", "2", 7m), 1)]);
        Assert.Equal([1L, 2L], saved.Select(r => r.Version));
        var stored = await store.GetAsync("lead", "a");
        Assert.Equal((2L, 7m), (stored!.Version, stored.Data["budget"].AsNumber()));
        Assert.Null(await store.FindByUniqueKeyAsync("lead", "phone=1"));
        Assert.Equal("a", (await store.FindByUniqueKeyAsync("lead", "phone=2"))!.Id);
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.WriteBatchAsync([RecordWrite.Insert(Lead("x", "9")), RecordWrite.Insert(Lead("x", "8"))]));
        Assert.Null(await store.GetAsync("lead", "x"));
    }

    [Fact]
    public async Task WriteBatchAsync_DeleteThenReuseKey_InOneBatch()
    {
        var store = new InMemoryRecordStore();
        var a = await store.InsertAsync(Lead("a", "1"));
        await store.WriteBatchAsync([RecordWrite.Delete("lead", "a", a.Version), RecordWrite.Insert(Lead("b", "1"))]);
        Assert.Null(await store.GetAsync("lead", "a"));
        Assert.Equal("b", (await store.FindByUniqueKeyAsync("lead", "phone=1"))!.Id);
        var b = (await store.GetAsync("lead", "b"))!;
        await store.WriteBatchAsync([RecordWrite.Delete("lead", "b", b.Version)]);
        Assert.Null(await store.FindByUniqueKeyAsync("lead", "phone=1"));
        Assert.Equal(0, (await store.QueryAsync(new RecordQuery { FormId = "lead" })).TotalCount);
    }

    [Fact]
    public async Task QueryAsync_FiltersSortsAndPages()
    {
        var store = new InMemoryRecordStore();
        for (var i = 1; i <= 25; i++)
        {
            await store.InsertAsync(Lead($"l{i:00}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), i * 10m));
        }

        var page = await store.QueryAsync(new RecordQuery
        {
            FormId = "lead",
            Filter = r => r.Data["budget"].AsNumber() > 50m,
            OrderBy = [new RecordSort("budget", Descending: true)],
            Skip = 5,
            Take = 3,
        });
        Assert.Equal(20, page.TotalCount);
        Assert.Equal(["l20", "l19", "l18"], page.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task ConcurrentWriters_OptimisticRetry_LoseNoIncrement()
    {
        var store = new InMemoryRecordStore();
        await store.InsertAsync(new StoredRecord { FormId = "counter", Id = "c", Data = new RecordData().Set("n", 0) });
        var conflicts = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, 400), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, _) =>
        {
            while (true)
            {
                var current = (await store.GetAsync("counter", "c"))!;
                var next = current with { Data = current.Data.Clone().Set("n", current.Data["n"].AsNumber() + 1) };
                try
                {
                    await store.UpdateAsync(next, current.Version);
                    return;
                }
                catch (ConcurrencyException)
                {
                    System.Threading.Interlocked.Increment(ref conflicts);
                }
            }
        });
        var final = (await store.GetAsync("counter", "c"))!;
        Assert.Equal(400m, final.Data["n"].AsNumber());
        Assert.Equal(401, final.Version);
    }

    [Fact]
    public async Task ConcurrentInserts_SameUniqueKey_ExactlyOneWins()
    {
        var store = new InMemoryRecordStore();
        var winners = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 64), async (i, _) =>
        {
            try
            {
                await store.InsertAsync(Lead("l" + i, "13800000000"));
                winners.Add("l" + i);
            }
            catch (ConcurrencyException ex) when (ex.Code == "FW0102")
            {
            }
        });
        Assert.Single(winners);
        Assert.Equal(1, (await store.QueryAsync(new RecordQuery { FormId = "lead" })).TotalCount);
    }
}
