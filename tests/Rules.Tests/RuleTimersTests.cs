using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Expressions;
using Formwork.Notifications;
using Formwork.Stores;
using Formwork.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Formwork.Rules.Tests;

public sealed class RuleTimersTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly RuleSchema Schema = new RuleSchema()
        .AddForm("ticket", new FormulaScope().AddField("status", ValueKind.Text).AddField("lastActionAt", ValueKind.DateTime).AddField("head", ValueKind.Text))
        .AddForm("opportunity", new FormulaScope().AddField("stage", ValueKind.Text).AddField("stageSince", ValueKind.Date).AddField("rep", ValueKind.Text));

    private const string Rules = """
        { "name": "sla", "rules": [
          { "name": "escalate idle ticket", "form": "ticket", "when": "status = \"open\"", "after": { "field": "lastActionAt", "duration": "24h" },
            "then": [{ "action": "notify", "channel": "im", "recipients": ["head"], "template": "ticket.escalated" }] },
          { "name": "idle opportunity", "form": "opportunity", "when": "stage = \"initial\"", "after": { "field": "stageSince", "duration": "7d" },
            "then": [{ "action": "notify", "channel": "im", "recipients": ["rep"], "template": "opportunity.idle" }] },
          { "name": "always", "form": "ticket", "then": [{ "action": "notify", "channel": "im", "recipients": ["\"audit\""], "template": "seen" }] }
        ] }
        """;

    private sealed class Fixture
    {
        public Fixture()
        {
            RuleSet = new RuleLoader(Schema, context: new FormulaContext(Clock)).LoadJson(Rules).GetRuleSetOrThrow();
            Factory = RuleSet.Compile();
            Runner = new RecordRuleRunner(new OutboxNotificationSender(Outbox, Clock), Outbox, Clock);
            Timers = new RuleTimers(Store, Clock);
        }

        public FakeTimeProvider Clock { get; } = new(Start);

        public InMemoryDueItemStore Store { get; } = new();

        public InMemoryOutbox Outbox { get; } = new();

        public Dictionary<string, RecordFact> Records { get; } = new();

        public RuleSet RuleSet { get; }

        public ISessionFactory Factory { get; }

        public RecordRuleRunner Runner { get; }

        public RuleTimers Timers { get; }

        public Task<RuleRunResult> ProcessAsync() => Timers.ProcessDueAsync(Factory, (form, id, _) => Task.FromResult(Records.GetValueOrDefault(form + "/" + id)), Runner);

        public async Task<RecordFact> SaveAsync(RecordFact record)
        {
            Records[record.ToString()] = record;
            await Timers.ScheduleAsync(RuleSet, record);
            return record;
        }
    }

    private static RecordFact Ticket(DateTimeOffset lastAction, string status = "open") =>
        new("ticket", "t-1", new RecordData().Set("status", status).Set("lastActionAt", lastAction).Set("head", "dept-head"));

    [Fact]
    public async Task ProcessDueAsync_TicketUntouchedFor24Hours_EscalatesToHead()
    {
        var f = new Fixture();
        await f.SaveAsync(Ticket(Start));

        f.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Empty((await f.ProcessAsync()).Firings);

        f.Clock.Advance(TimeSpan.FromHours(2));
        var run = await f.ProcessAsync();

        var firing = Assert.Single(run.Firings);
        Assert.Equal("escalate idle ticket", firing.Rule.Name);
        Assert.Equal("24h after lastActionAt: true (lastActionAt = 2026-03-02 09:00:00Z; now = 2026-03-03 10:00:00Z)", firing.Conditions[2].ToString());
        Assert.Equal(["dept-head"], Assert.Single(run.Effects).Notification!.Recipients);
        Assert.Equal(0, f.Store.Count);
    }

    [Fact]
    public async Task ScheduleAsync_ActionTaken_MovesTheTimer()
    {
        var f = new Fixture();
        await f.SaveAsync(Ticket(Start));
        f.Clock.Advance(TimeSpan.FromHours(20));
        await f.SaveAsync(Ticket(f.Clock.GetUtcNow()));

        f.Clock.Advance(TimeSpan.FromHours(5));
        Assert.Empty((await f.ProcessAsync()).Firings);

        f.Clock.Advance(TimeSpan.FromHours(20));
        Assert.Single((await f.ProcessAsync()).Firings);
    }

    [Fact]
    public async Task ProcessDueAsync_TicketClosedMeanwhile_DoesNotEscalate()
    {
        var f = new Fixture();
        await f.SaveAsync(Ticket(Start));
        f.Records["ticket/t-1"] = Ticket(Start, "closed");

        f.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Empty((await f.ProcessAsync()).Firings);
    }

    [Fact]
    public async Task ProcessDueAsync_OpportunityIdle7DaysInInitialStage_RemindsRep()
    {
        var f = new Fixture();
        await f.SaveAsync(new RecordFact("opportunity", "o-1", new RecordData().Set("stage", "initial").Set("stageSince", new DateOnly(2026, 3, 2)).Set("rep", "zhao")));

        f.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Empty((await f.ProcessAsync()).Firings);
        f.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal("idle opportunity", Assert.Single((await f.ProcessAsync()).Firings).Rule.Name);
    }

    [Fact]
    public async Task ProcessDueAsync_ForeignDueItems_ArePutBack()
    {
        var f = new Fixture();
        await f.Store.ScheduleAsync(new DueItem { Id = "wf-1", Kind = "workflow.timeout", DueAt = Start });

        await f.ProcessAsync();

        Assert.Equal("wf-1", Assert.Single(await f.Store.TakeDueAsync(Start, 10)).Id);
    }

    [Fact]
    public async Task ScheduleAsync_UnchangedRecordAfterFiring_DoesNotFireAgain()
    {
        var f = new Fixture();
        await f.SaveAsync(Ticket(Start));
        f.Clock.Advance(TimeSpan.FromHours(25));
        Assert.Single((await f.ProcessAsync()).Firings);

        await f.SaveAsync(Ticket(Start));
        f.Clock.Advance(TimeSpan.FromHours(1));

        var run = await f.ProcessAsync();
        Assert.Empty(run.Firings);
        Assert.Equal(0, run.DueItems);
        Assert.Equal(0, f.Store.Count);
    }

    [Fact]
    public async Task ScheduleAsync_WatchedFieldChangedAfterFiring_ReArmsForTheNewDueTime()
    {
        var f = new Fixture();
        await f.SaveAsync(Ticket(Start));
        f.Clock.Advance(TimeSpan.FromHours(25));
        Assert.Single((await f.ProcessAsync()).Firings);

        await f.SaveAsync(Ticket(f.Clock.GetUtcNow()));
        f.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Empty((await f.ProcessAsync()).Firings);
        f.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Single((await f.ProcessAsync()).Firings);
    }

    [Fact]
    public async Task ScheduleAsync_WatchedFieldBlankThenSetAgain_ReArmsForTheSameDueTime()
    {
        var f = new Fixture();
        await f.SaveAsync(Ticket(Start));
        f.Clock.Advance(TimeSpan.FromHours(25));
        Assert.Single((await f.ProcessAsync()).Firings);

        await f.SaveAsync(new RecordFact("ticket", "t-1", new RecordData().Set("status", "open").Set("head", "dept-head")));
        await f.SaveAsync(Ticket(Start));

        Assert.Single((await f.ProcessAsync()).Firings);
    }

    [Fact]
    public async Task ScheduleAsync_DueButRuleDidNotFire_ReArmsWhenScheduledAgain()
    {
        var f = new Fixture();
        await f.SaveAsync(Ticket(Start));
        f.Records["ticket/t-1"] = Ticket(Start, "closed");
        f.Clock.Advance(TimeSpan.FromHours(25));
        Assert.Empty((await f.ProcessAsync()).Firings);

        await f.SaveAsync(Ticket(Start));

        Assert.Single((await f.ProcessAsync()).Firings);
    }

    [Fact]
    public void RuleLoaderFactory_FromAddRules_EvaluatesWithTheRegisteredClock()
    {
        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock);
        services.AddFormwork(b => b.AddRules());
        using var provider = services.BuildServiceProvider();
        var loaders = provider.GetRequiredService<RuleLoaderFactory>();
        var session = loaders.Create(Schema).LoadJson(Rules).GetRuleSetOrThrow().Compile().CreateSession(new SessionOptions { ExplainFirings = true });
        session.Insert(Ticket(Start));
        clock.Advance(TimeSpan.FromHours(23));

        session.Fire();

        Assert.Same(clock, loaders.Context.TimeProvider);
        Assert.Equal(["always"], session.Firings.Select(f => f.Rule.Name));
    }

    [Fact]
    public async Task ProcessDueAsync_NothingDue_ReportsZeroDueItems()
    {
        var f = new Fixture();
        await f.SaveAsync(Ticket(Start));
        await f.Store.ScheduleAsync(new DueItem { Id = "wf-1", Kind = "workflow.timeout", DueAt = Start });

        var run = await f.ProcessAsync();

        Assert.Empty(run.Firings);
        Assert.Equal(0, run.DueItems);
    }

    [Fact]
    public async Task ProcessDueAsync_DueItemsTakenButNoneMatched_ReportsTheirCount()
    {
        var f = new Fixture();
        await f.SaveAsync(Ticket(Start));
        await f.SaveAsync(new RecordFact("opportunity", "o-1", new RecordData().Set("stage", "initial").Set("stageSince", new DateOnly(2026, 3, 2)).Set("rep", "zhao")));
        f.Records["ticket/t-1"] = Ticket(Start, "closed");
        f.Records.Remove("opportunity/o-1");
        f.Clock.Advance(TimeSpan.FromDays(8));

        var run = await f.ProcessAsync();

        Assert.Empty(run.Firings);
        Assert.Equal(2, run.DueItems);
        Assert.Equal(0, (await f.ProcessAsync()).DueItems);
    }

    [Theory]
    [InlineData("""{ "field": "lastActionAt", "duration": "soon" }""", "FWU0114", "$.rules[0].after.duration")]
    [InlineData("""{ "field": "status", "duration": "24h" }""", "FWU0115", "$.rules[0].after.field")]
    public void LoadJson_BadTimer_ReportsDiagnostic(string after, string code, string path)
    {
        var json = """{ "name": "x", "rules": [{ "name": "r", "form": "ticket", "after": """ + after + """, "then": [{ "action": "setField", "field": "status", "value": "\"late\"" }] }] }""";

        var diagnostic = Assert.Single(new RuleLoader(Schema).LoadJson(json).Diagnostics);

        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(path, diagnostic.Path);
    }
}
