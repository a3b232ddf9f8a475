using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Expressions;
using Formwork.Rules.Tests.Fixtures;
using Formwork.Testing;

namespace Formwork.Rules.Tests;

/// <summary>JSON rules with joins, not, exists, aggregates and having tests ("as" and "match").</summary>
public sealed partial class RuleLoaderTests
{
    private const string TicketRules = """
        { "name": "support", "rules": [
          { "name": "vip ticket", "form": "ticket", "as": "ticket", "when": "status = \"open\"",
            "match": [ { "as": "customer", "form": "customer", "when": ["code = ticket.customerId", "level = \"VIP\""] } ],
            "then": [
              { "action": "setField", "field": "priority", "value": "\"high\"" },
              { "action": "notify", "channel": "im", "recipients": ["customer.manager"], "template": "ticket.vip", "data": { "customer": "customer.name", "ticket": "id" } }
            ] } ] }
        """;

    private static ISession JsonSession(string json, params RecordFact[] records)
    {
        var result = Loader().LoadJson(json);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var session = result.RuleSet!.Compile().CreateSession(new SessionOptions { ExplainFirings = true });
        session.InsertAll(records);
        return session;
    }

    private static IEnumerable<string> Fired(ISession session) => session.Firings.Select(f => f.Rule.Name + " " + string.Join(" ", f.Facts.Select(m => m.Declaration + "=" + m.Value)));

    [Fact]
    public void LoadJson_TicketJoinedWithCustomer_FiresOnlyOnMatchingPairs()
    {
        var t1 = Schemas.Record("ticket", "t-1", ("customerId", "C1"), ("status", "open"));
        var t2 = Schemas.Record("ticket", "t-2", ("customerId", "C2"), ("status", "open"));
        var t3 = Schemas.Record("ticket", "t-3", ("customerId", "C1"), ("status", "closed"));
        var session = JsonSession(
            TicketRules,
            t1, t2, t3,
            Schemas.Record("customer", "c-1", ("code", "C1"), ("name", "华东机械"), ("level", "VIP"), ("manager", "zhang")),
            Schemas.Record("customer", "c-2", ("code", "C2"), ("name", "Beta"), ("level", "STD"), ("manager", "li")));

        session.Fire();

        Assert.Equal(["vip ticket ticket=ticket/t-1 customer=customer/c-1"], Fired(session));
        Assert.Equal("high", t1.Data["priority"].AsText());
        Assert.True(t2.Data["priority"].IsBlank);
        var firing = session.Firings[0];
        Assert.Equal(
            [
                "form == \"ticket\": true (ticket.Form = \"ticket\")",
                "status = \"open\": true (status = \"open\")",
                "form == \"customer\": true (customer.Form = \"customer\")",
                "code = ticket.customerId: true (code = \"C1\"; ticket.customerId = \"C1\")",
                "level = \"VIP\": true (level = \"VIP\")",
            ],
            firing.Conditions.Select(c => c.ToString()));
    }

    [Fact]
    public void LoadJson_JoinedRuleActions_ReadTheJoinedRecord()
    {
        var session = JsonSession(
            TicketRules,
            Schemas.Record("ticket", "t-1", ("customerId", "C1"), ("status", "open")),
            Schemas.Record("customer", "c-1", ("code", "C1"), ("name", "华东机械"), ("level", "VIP"), ("manager", "zhang")));
        var effects = new List<RuleEffect>();
        session.FactInserted += (_, e) =>
        {
            if (e.Fact is RuleEffect effect)
            {
                effects.Add(effect);
            }
        };

        session.Fire();

        var notification = Assert.Single(effects).Notification!;
        Assert.Equal(["zhang"], notification.Recipients);
        Assert.Equal("华东机械", notification.Data["customer"].AsText());
        Assert.Equal("t-1", notification.Data["ticket"].AsText());
    }

    [Fact]
    public void LoadJson_CustomerInsertedAfterTicket_JoinsTheSame()
    {
        var session = JsonSession(TicketRules, Schemas.Record("ticket", "t-1", ("customerId", "C1"), ("status", "open")));
        session.Insert(Schemas.Record("customer", "c-1", ("code", "C1"), ("level", "VIP"), ("manager", "zhang")));

        session.Fire();

        Assert.Equal(["vip ticket ticket=ticket/t-1 customer=customer/c-1"], Fired(session));
    }

    [Fact]
    public void LoadJson_NoOpenFollowUpTask_CreatesOneTaskPerLeadOnce()
    {
        const string json = """
            { "name": "leads", "rules": [
              { "name": "follow up", "form": "lead", "as": "lead",
                "match": [ { "not": { "form": "task", "when": ["leadId = lead.id", "status = \"open\""] } } ],
                "then": [ { "action": "createRecord", "form": "task", "fields": { "title": "\"跟进 \" & company", "leadId": "id", "status": "\"open\"" } } ] } ] }
            """;
        var session = JsonSession(
            json,
            Schemas.Record("lead", "l-1", ("company", "A")),
            Schemas.Record("lead", "l-2", ("company", "B")),
            Schemas.Record("lead", "l-3", ("company", "C")),
            Schemas.Record("task", "x-1", ("leadId", "l-1"), ("status", "open")),
            Schemas.Record("task", "x-2", ("leadId", "l-2"), ("status", "done")));

        var fired = session.Fire();

        Assert.Equal(2, fired);
        Assert.Equal(["follow up lead=lead/l-2", "follow up lead=lead/l-3"], Fired(session).Order(StringComparer.Ordinal));
        Assert.Equal("not RecordFact where form == \"task\" && leadId = lead.id && status = \"open\": true", session.Firings[0].Conditions[1].ToString());
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void LoadJson_ExistsCountSumAndHaving_BindAggregatesForLaterTestsAndActions()
    {
        const string json = """
            { "name": "accounts", "rules": [
              { "name": "busy customer", "form": "customer", "as": "customer",
                "match": [
                  { "exists": { "form": "ticket", "when": "customerId = customer.code" } },
                  { "as": "openTickets", "count": { "form": "ticket", "when": ["customerId = customer.code", "status = \"open\""] } },
                  { "as": "total", "sum": { "form": "invoice", "value": "amount", "when": "customerId = customer.code" } },
                  { "having": ["openTickets >= 2", "total > 1000"] }
                ],
                "then": [ { "action": "setField", "field": "level", "value": "\"watch \" & openTickets & \" \" & total" } ] } ] }
            """;
        var c1 = Schemas.Record("customer", "c-1", ("code", "C1"));
        var c2 = Schemas.Record("customer", "c-2", ("code", "C2"));
        var session = JsonSession(
            json,
            c1, c2,
            Schemas.Record("ticket", "t-1", ("customerId", "C1"), ("status", "open")),
            Schemas.Record("ticket", "t-2", ("customerId", "C1"), ("status", "open")),
            Schemas.Record("ticket", "t-3", ("customerId", "C2"), ("status", "open")),
            Schemas.Record("invoice", "o-1", ("customerId", "C1"), ("amount", 800)),
            Schemas.Record("invoice", "o-2", ("customerId", "C1"), ("amount", 700)),
            Schemas.Record("invoice", "o-3", ("customerId", "C2"), ("amount", 5000)));

        session.Fire();

        Assert.Equal(["busy customer customer=customer/c-1 openTickets=2 total=1500"], Fired(session));
        Assert.Equal("watch 2 1500", c1.Data["level"].AsText());
        Assert.True(c2.Data["level"].IsBlank);
        Assert.Contains("openTickets >= 2: true (openTickets = 2)", session.Firings[0].Conditions.Select(c => c.ToString()));
    }

    [Fact]
    public void LoadJson_AggregateChangesWhenAFactIsRetracted_RuleNoLongerMatches()
    {
        const string json = """
            { "name": "accounts", "rules": [
              { "name": "two open", "form": "customer", "as": "customer",
                "match": [
                  { "as": "open", "count": { "form": "ticket", "when": ["customerId = customer.code", "status = \"open\""] } },
                  { "having": "open >= 2" } ],
                "then": [ { "action": "setField", "field": "level", "value": "\"busy\"" } ] } ] }
            """;
        var ticket = Schemas.Record("ticket", "t-2", ("customerId", "C1"), ("status", "open"));
        var session = JsonSession(json, Schemas.Record("customer", "c-1", ("code", "C1")), Schemas.Record("ticket", "t-1", ("customerId", "C1"), ("status", "open")), ticket);
        Assert.Equal(1, session.Agenda.Count);

        ticket.Data.Set("status", "closed");
        session.Update(ticket);

        Assert.Equal(0, session.Agenda.Count);
        Assert.Equal(0, session.Fire());
    }

    [Theory]
    [InlineData("""{ "form": "customer", "not": { "form": "task" } }""", "FWU0116", "$.rules[0].match[0]")]
    [InlineData("""{ "as": "customer", "form": "nope" }""", "FWU0105", "$.rules[0].match[0].form")]
    [InlineData("""{ "as": "customer", "form": "customer", "when": "code = tickt.customerId" }""", "FWU0108", "$.rules[0].match[0].when")]
    [InlineData("""{ "as": "ticket", "form": "customer" }""", "FWU0118", "$.rules[0].match[0].as")]
    [InlineData("""{ "as": "1x", "form": "customer" }""", "FWU0118", "$.rules[0].match[0].as")]
    [InlineData("""{ "as": "status", "form": "customer" }""", "FWU0117", "$.rules[0].then")]
    [InlineData("""{ "as": "n", "count": { "form": "task", "when": "title" } }""", "FWU0109", "$.rules[0].match[0].count.when")]
    [InlineData("""{ "as": "n", "sum": { "form": "invoice", "value": "customerId" } }""", "FWU0119", "$.rules[0].match[0].sum.value")]
    [InlineData("""{ "as": "n", "sum": { "form": "invoice" } }""", "FWU0102", "$.rules[0].match[0].sum")]
    [InlineData("""{ "count": { "form": "invoice" } }""", "FWU0102", "$.rules[0].match[0]")]
    [InlineData("""{ "not": "task" }""", "FWU0104", "$.rules[0].match[0].not")]
    [InlineData("""{ "exists": { "form": "task", "where": "x" } }""", "FWU0103", "$.rules[0].match[0].exists.where")]
    [InlineData("""{ "having": "open > 1" }""", "FWU0108", "$.rules[0].match[0].having")]
    [InlineData("""3""", "FWU0104", "$.rules[0].match[0]")]
    public void LoadJson_BadMatchItem_ReportsCodeAndPathAndLoadsNothing(string item, string code, string path)
    {
        var json = """{ "name": "bad", "rules": [ { "name": "r", "form": "ticket", "as": "ticket", "match": [ """ + item + """ ], "then": [ { "action": "setField", "field": "priority", "value": "\"x\"" } ] } ] }""";

        var result = Loader().LoadJson(json);

        Assert.Null(result.RuleSet);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Path == path);
    }

    [Fact]
    public void LoadJson_BadMatchItem_MessagesInEnglishAndChinese()
    {
        var json = """{ "name": "bad", "rules": [ { "name": "r", "form": "ticket", "as": "ticket", "match": [ { "as": "status", "form": "customer" } ], "then": [ { "action": "setField", "field": "priority", "value": "\"x\"" } ] } ] }""";

        var diagnostic = Assert.Single(Loader().LoadJson(json).Diagnostics);

        Assert.Equal("'status' is both a field of form 'ticket' and a name bound earlier in the rule; bind the earlier record or result under another name with \"as\".", diagnostic.Message);
        Assert.Equal("“status”既是表单“ticket”的字段，又是规则中先前绑定的名称；请用 \"as\" 为先前的记录或结果另取名称。", diagnostic.MessageChinese);
    }

    [Fact]
    public void LoadJson_JoinedRuleConditions_SeededRandomFactsAgreeWithANaiveLoop()
    {
        var random = new Random(7);
        var records = new List<RecordFact>();
        for (var i = 0; i < 40; i++)
        {
            records.Add(Schemas.Record("customer", "c-" + i, ("code", "C" + random.Next(15)), ("level", random.Next(3) == 0 ? "VIP" : "STD"), ("manager", "m")));
            records.Add(Schemas.Record("ticket", "t-" + i, ("customerId", "C" + random.Next(15)), ("status", random.Next(2) == 0 ? "open" : "closed")));
        }

        var session = JsonSession(TicketRules, records.ToArray());
        session.Fire();

        var expected = records.Where(t => t.Form == "ticket" && t.Data["status"].AsText() == "open")
            .SelectMany(t => records.Where(c => c.Form == "customer" && c.Data["level"].AsText() == "VIP" && c.Data["code"].AsText() == t.Data["customerId"].AsText()).Select(c => "vip ticket ticket=" + t + " customer=" + c))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, Fired(session).Order(StringComparer.Ordinal));
    }
}
