using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using Formwork.Stores;

namespace Formwork.Abstractions.Tests.Stores;

public sealed class InMemoryStoresTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 15, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task DefinitionStore_PublishesVersionsAndKeepsOldOnes()
    {
        var store = new InMemoryDefinitionStore();
        var v1 = await store.PublishAsync(new DefinitionDocument { Kind = "form", Id = "lead", Content = "{\"v\":1}" }, 0);
        var v2 = await store.PublishAsync(new DefinitionDocument { Kind = "form", Id = "lead", Content = "{\"v\":2}" }, 1);
        Assert.Equal(1, v1.Version);
        Assert.Equal(2, v2.Version);
        Assert.Equal("{\"v\":1}", (await store.GetAsync("form", "lead", 1))!.Content);
        Assert.Equal("{\"v\":2}", (await store.GetAsync("form", "lead"))!.Content);
        Assert.Null(await store.GetAsync("form", "lead", 3));
        Assert.Null(await store.GetAsync("form", "lead", 0));
        Assert.Null(await store.GetAsync("workflow", "lead"));
    }

    [Fact]
    public async Task DefinitionStore_StalePublish_Refused()
    {
        var store = new InMemoryDefinitionStore();
        await store.PublishAsync(new DefinitionDocument { Kind = "form", Id = "lead", Content = "{}" }, 0);
        var ex = await Assert.ThrowsAsync<ConcurrencyException>(() => store.PublishAsync(new DefinitionDocument { Kind = "form", Id = "lead", Content = "{}" }, 0));
        Assert.Equal("FW0101", ex.Code);
        Assert.Single(await store.ListLatestAsync("form"));
    }

    [Fact]
    public async Task Outbox_DuplicateIdsIgnored_DeliveredNoLongerPending()
    {
        var outbox = new InMemoryOutbox();
        var a = new OutboxMessage { Id = Guid.NewGuid(), Type = "t", Payload = "{}" };
        var b = new OutboxMessage { Id = Guid.NewGuid(), Type = "t", Payload = "{}" };
        await outbox.EnqueueAsync([a, b, a]);
        Assert.Equal([a, b], await outbox.ReadPendingAsync(10));
        Assert.Equal([a], await outbox.ReadPendingAsync(1));
        await outbox.MarkDeliveredAsync([a.Id]);
        Assert.Equal([b], await outbox.ReadPendingAsync(10));
        Assert.Equal(2, outbox.All.Count);
    }

    [Fact]
    public async Task DueItems_TakenInTimeOrderOnlyWhenDue_AndOnlyOnce()
    {
        var store = new InMemoryDueItemStore();
        await store.ScheduleAsync(new DueItem { Id = "late", Kind = "k", DueAt = T0.AddHours(2) });
        await store.ScheduleAsync(new DueItem { Id = "early", Kind = "k", DueAt = T0.AddHours(1), Subject = "wf-1" });
        await store.ScheduleAsync(new DueItem { Id = "never", Kind = "k", DueAt = T0.AddDays(9) });
        Assert.Empty(await store.TakeDueAsync(T0, 10));
        Assert.Equal(["early", "late"], (await store.TakeDueAsync(T0.AddHours(3), 10)).Select(i => i.Id));
        Assert.Empty(await store.TakeDueAsync(T0.AddHours(3), 10));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task DueItems_KindPrefix_LeavesOtherEnginesItems()
    {
        var store = new InMemoryDueItemStore();
        await store.ScheduleAsync(new DueItem { Id = "w1", Kind = "workflow.remind", DueAt = T0 });
        await store.ScheduleAsync(new DueItem { Id = "r1", Kind = "formwork.rules.timer", DueAt = T0.AddMinutes(-1) });
        await store.ScheduleAsync(new DueItem { Id = "w2", Kind = "workflow.escalate", DueAt = T0.AddMinutes(1) });
        Assert.Equal(["w1", "w2"], (await store.TakeDueAsync(T0.AddHours(1), 10, "workflow.")).Select(i => i.Id));
        Assert.Equal(["r1"], (await store.TakeDueAsync(T0.AddHours(1), 10)).Select(i => i.Id));
    }

    [Fact]
    public async Task DueItems_RescheduleReplaces_CancelSubjectRemoves()
    {
        var store = new InMemoryDueItemStore();
        await store.ScheduleAsync(new DueItem { Id = "r", Kind = "k", DueAt = T0, Subject = "wf-1" });
        await store.ScheduleAsync(new DueItem { Id = "r", Kind = "k", DueAt = T0.AddDays(1), Subject = "wf-1" });
        await store.ScheduleAsync(new DueItem { Id = "s", Kind = "k", DueAt = T0, Subject = "wf-1" });
        Assert.Equal(["s", "r"], (await store.GetBySubjectAsync("wf-1")).Select(i => i.Id));
        Assert.Equal(["s"], (await store.TakeDueAsync(T0, 10)).Select(i => i.Id));
        Assert.Equal(1, await store.CancelSubjectAsync("wf-1"));
        Assert.False(await store.CancelAsync("r"));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task DueItems_ThousandsOfConcurrentTakers_EachItemOnce()
    {
        var store = new InMemoryDueItemStore();
        for (var i = 0; i < 5000; i++)
        {
            await store.ScheduleAsync(new DueItem { Id = "t" + i, Kind = "k", DueAt = T0.AddSeconds(i % 100) });
        }

        var taken = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 100), async (_, _) =>
        {
            foreach (var item in await store.TakeDueAsync(T0.AddHours(1), 60))
            {
                taken.Add(item.Id);
            }
        });
        Assert.Equal(5000, taken.Count);
        Assert.Equal(5000, taken.Distinct().Count());
    }

    [Fact]
    public async Task Sequences_ConcurrentCallers_GetDistinctConsecutiveNumbers()
    {
        var store = new InMemorySequenceStore();
        var numbers = new ConcurrentBag<long>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), async (_, _) => numbers.Add(await store.NextAsync("contract/20260115")));
        Assert.Equal(Enumerable.Range(1, 1000).Select(i => (long)i), numbers.Order());
        Assert.Equal(1, await store.NextAsync("contract/20260116"));
    }
}
