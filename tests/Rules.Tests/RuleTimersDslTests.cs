using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Diagnostics;
using Formwork.Rules.Tests.Fixtures;
using Formwork.Stores;
using Formwork.Testing;

namespace Formwork.Rules.Tests;

/// <summary>Time-based C# rules (<c>When().Elapsed(...)</c>) through the same due items as the JSON ones.</summary>
public sealed class RuleTimersDslTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private sealed class Fixture
    {
        public Fixture()
        {
            RuleSet = new RuleRepository(Clock).Load(new EscalateIdleTicket(Log)).ToRuleSet("sla");
            Factory = RuleSet.Compile();
            Timers = new RuleTimers(Store, Clock);
        }

        public FakeTimeProvider Clock { get; } = new(Start);

        public InMemoryDueItemStore Store { get; } = new();

        public Outbox Log { get; } = new();

        public Dictionary<string, object> Facts { get; } = new();

        public RuleSet RuleSet { get; }

        public ISessionFactory Factory { get; }

        public RuleTimers Timers { get; }

        public Task<IReadOnlyList<RuleFiring>> ProcessAsync() => Timers.ProcessDueAsync(Factory, LoadAsync);

        public Task<IReadOnlyList<object>> LoadAsync(string id, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<object>>(Facts.TryGetValue(id, out var fact) ? [fact] : []);

        public async Task<int> SaveAsync(Ticket ticket)
        {
            Facts[ticket.Id] = ticket;
            return await Timers.ScheduleAsync(RuleSet, ticket, ticket.Id);
        }
    }

    [Fact]
    public async Task ProcessDueAsync_TicketUntouchedFor24Hours_FiresOnceWhenDue()
    {
        var f = new Fixture();
        Assert.Equal(1, await f.SaveAsync(new Ticket { Id = "t-1", LastActionAt = Start }));

        f.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Empty(await f.ProcessAsync());

        f.Clock.Advance(TimeSpan.FromHours(2));
        var firing = Assert.Single(await f.ProcessAsync());

        Assert.Equal("EscalateIdleTicket", firing.Rule.Name);
        Assert.Equal(["escalate t-1"], f.Log.Messages);
        Assert.Equal("ticket.LastActionAt + 1.00:00:00 <= now: true (since = 2026-03-02 09:00:00Z; now = 2026-03-03 10:00:00Z)", firing.Conditions[1].ToString());
        Assert.Empty(await f.ProcessAsync());
    }

    [Fact]
    public async Task ProcessDueAsync_TicketTouchedMeanwhile_IsRescheduledAndNotEscalated()
    {
        var f = new Fixture();
        var ticket = new Ticket { Id = "t-1", LastActionAt = Start };
        await f.SaveAsync(ticket);

        f.Clock.Advance(TimeSpan.FromHours(20));
        ticket.LastActionAt = f.Clock.GetUtcNow();
        await f.SaveAsync(ticket);
        f.Clock.Advance(TimeSpan.FromHours(5));

        Assert.Empty(await f.ProcessAsync());
        f.Clock.Advance(TimeSpan.FromHours(20));
        Assert.Single(await f.ProcessAsync());
    }

    [Fact]
    public async Task ProcessDueAsync_TicketClosedMeanwhile_OtherConditionsAreCheckedAgain()
    {
        var f = new Fixture();
        var ticket = new Ticket { Id = "t-1", LastActionAt = Start };
        await f.SaveAsync(ticket);
        ticket.Open = false;

        f.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Empty(await f.ProcessAsync());
        Assert.Empty(f.Log.Messages);
    }

    [Fact]
    public async Task ProcessDueAsync_JsonAndCSharpTimersInOneStore_EachProcessorTakesOnlyItsOwn()
    {
        var f = new Fixture();
        await f.SaveAsync(new Ticket { Id = "t-1", LastActionAt = Start });
        await f.Store.ScheduleAsync(new DueItem { Id = "other", Kind = RuleTimers.DueItemKind, DueAt = Start, Payload = """{"ruleSet":"sla","rule":"x","form":"ticket","id":"t-9"}""", Subject = "ticket/t-9" });
        f.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Single(await f.ProcessAsync());

        Assert.Single(await f.Store.TakeDueAsync(f.Clock.GetUtcNow(), 10, RuleTimers.DueItemKind));
    }

    [Fact]
    public async Task ScheduleAsync_UnchangedFactAfterFiring_DoesNotFireAgain()
    {
        var f = new Fixture();
        var ticket = new Ticket { Id = "t-1", LastActionAt = Start };
        await f.SaveAsync(ticket);
        f.Clock.Advance(TimeSpan.FromHours(25));
        Assert.Single(await f.ProcessAsync());

        Assert.Equal(0, await f.SaveAsync(ticket));
        f.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Empty(await f.ProcessAsync());
        Assert.Equal(["escalate t-1"], f.Log.Messages);
    }

    [Fact]
    public async Task ScheduleAsync_WatchedTimeChangedAfterFiring_ReArms()
    {
        var f = new Fixture();
        var ticket = new Ticket { Id = "t-1", LastActionAt = Start };
        await f.SaveAsync(ticket);
        f.Clock.Advance(TimeSpan.FromHours(25));
        Assert.Single(await f.ProcessAsync());

        ticket.LastActionAt = f.Clock.GetUtcNow();
        Assert.Equal(1, await f.SaveAsync(ticket));
        f.Clock.Advance(TimeSpan.FromHours(24));

        Assert.Single(await f.ProcessAsync());
        Assert.Equal(["escalate t-1", "escalate t-1"], f.Log.Messages);
    }

    [Fact]
    public async Task RunDueAsync_NothingDueOrNoneMatched_ReportsDueItems()
    {
        var f = new Fixture();
        var ticket = new Ticket { Id = "t-1", LastActionAt = Start };
        await f.SaveAsync(ticket);
        Assert.Equal(0, (await f.Timers.RunDueAsync(f.Factory, f.LoadAsync)).DueItems);

        ticket.Open = false;
        f.Clock.Advance(TimeSpan.FromDays(2));
        var run = await f.Timers.RunDueAsync(f.Factory, f.LoadAsync);

        Assert.Empty(run.Firings);
        Assert.Equal(1, run.DueItems);
        Assert.Equal(0, (await f.Timers.RunDueAsync(f.Factory, f.LoadAsync)).DueItems);
    }

    [Fact]
    public void Session_ClockAdvancedAndFactUpdated_MatchesWithoutTheStore()
    {
        var clock = new FakeTimeProvider(Start);
        var log = new Outbox();
        var session = new RuleRepository(clock).Load(new EscalateIdleTicket(log)).Compile().CreateSession();
        var ticket = new Ticket { Id = "t-1", LastActionAt = Start };
        session.Insert(ticket);
        Assert.Equal(0, session.Fire());

        clock.Advance(TimeSpan.FromHours(24));
        session.Update(ticket);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["escalate t-1"], log.Messages);
    }

    [Fact]
    public void Elapsed_AliasNotMatchedBefore_ThrowsUnboundDeclaration()
    {
        var ex = Assert.Throws<FormworkException>(() => new RuleRepository().Load(new ElapsedWithoutMatch()));

        Assert.Equal("FWU0006", ex.Code);
        Assert.Equal("Rule 'ElapsedWithoutMatch': 'ticket' is used before it is bound (in 'ticket.LastActionAt + 01:00:00 <= now').", ex.Diagnostics[0].Message);
    }

    [Fact]
    public void Elapsed_NonPositiveDuration_ThrowsInvalidOption()
    {
        var ex = Assert.Throws<FormworkException>(() => new RuleRepository().Load(new ElapsedZero()));

        Assert.Equal("FWU0013", ex.Code);
    }

    private sealed class EscalateIdleTicket(Outbox log) : Rule
    {
        public override void Define()
        {
            Ticket ticket = null!;
            When()
                .Match(() => ticket, t => t.Open)
                .Elapsed(() => ticket, t => t.LastActionAt, TimeSpan.FromHours(24));
            Then().Do(_ => log.Send("escalate " + ticket.Id));
        }
    }

    private sealed class ElapsedWithoutMatch : Rule
    {
        public override void Define()
        {
            Ticket ticket = null!;
            When().Elapsed(() => ticket, t => t.LastActionAt, TimeSpan.FromHours(1));
            Then().Do(_ => new Outbox().Send(ticket.Id));
        }
    }

    private sealed class ElapsedZero : Rule
    {
        public override void Define()
        {
            Ticket ticket = null!;
            When().Match(() => ticket).Elapsed(() => ticket, t => t.LastActionAt, TimeSpan.Zero);
            Then().Do(_ => new Outbox().Send(ticket.Id));
        }
    }
}
