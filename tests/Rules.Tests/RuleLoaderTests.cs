using System;
using System.Linq;
using System.Threading.Tasks;
using Formwork.Expressions;
using Formwork.Notifications;
using Formwork.Rules.Tests.Fixtures;
using Formwork.Stores;
using Formwork.Testing;

namespace Formwork.Rules.Tests;

public sealed partial class RuleLoaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private const string LeadRules = """
        {
          "name": "leads", "version": 3,
          "rules": [
            { "name": "grade A", "form": "lead", "priority": 10, "tags": ["grading"],
              "when": ["ISBLANK(grade)", "OR(ISNUMBER(SEARCH(\"总\", title)), ISNUMBER(SEARCH(\"director\", title)))", "companySize >= 500"],
              "then": [{ "action": "setField", "field": "grade", "value": "\"A\"" }] },
            { "name": "grade C", "form": "lead", "priority": 9, "tags": ["grading"],
              "when": "ISBLANK(grade)",
              "then": [{ "action": "setField", "field": "grade", "value": "\"C\"" }] },
            { "name": "follow up", "form": "lead",
              "when": ["NOT(ISBLANK(owner))"],
              "then": [
                { "action": "createRecord", "form": "task", "fields": { "title": "\"【新客户跟进】\" & company", "owner": "owner", "due": "TODAY() + 3" } },
                { "action": "notify", "channel": "im", "recipients": ["owner"], "template": "lead.assigned", "data": { "company": "company" } }
              ] }
          ],
          "decisionTables": [
            { "name": "routing", "form": "lead",
              "inputs": [{ "field": "region", "values": ["East", "North"] }, { "field": "industry", "values": ["Manufacturing", "Retail"] }],
              "outputs": [{ "field": "owner" }],
              "rows": [
                ["East", "Manufacturing", "zhang"],
                ["East", "Retail", "wang"],
                ["North", "-", "li"]
              ] }
          ]
        }
        """;

    private static RuleLoader Loader(RuleActionRegistry? actions = null) =>
        new(Schemas.Crm(), actions, context: new FormulaContext(new FakeTimeProvider(Now)));

    [Fact]
    public async Task S1_JsonRulesAndRoutingTable_GradeRouteCreateTaskAndNotify()
    {
        var result = Loader().LoadJson(LeadRules);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var outbox = new InMemoryOutbox();
        var runner = new RecordRuleRunner(new OutboxNotificationSender(outbox, new FakeTimeProvider(Now)), outbox, new FakeTimeProvider(Now));
        var lead = Schemas.Record("lead", "l-1", ("company", "华东机械"), ("title", "采购总监"), ("companySize", 800), ("region", "East"), ("industry", "Manufacturing"));

        var run = await runner.RunAsync(result.RuleSet!.Compile(), [lead]);

        Assert.Equal("A", lead.Data["grade"].AsText());
        Assert.Equal("zhang", lead.Data["owner"].AsText());
        Assert.True(lead.Changed);
        var task = Assert.Single(run.Records, r => r.Form == "task");
        Assert.True(task.Created);
        Assert.Equal("【新客户跟进】华东机械", task.Data["title"].AsText());
        Assert.Equal("zhang", task.Data["owner"].AsText());
        Assert.Equal(new DateOnly(2026, 3, 5), task.Data["due"].AsDate());
        var message = Assert.Single(await outbox.ReadPendingAsync(10));
        Assert.Equal("formwork.notification", message.Type);
        Assert.Contains("\"recipients\":[\"zhang\"]", message.Payload, StringComparison.Ordinal);
        Assert.Equal(["grade A", "routing row 1", "follow up"], run.Firings.Select(f => f.Rule.Name));
    }

    [Fact]
    public void LoadJson_FormulaCondition_ExplainsWithFieldValues()
    {
        var session = Loader().LoadJson(LeadRules).RuleSet!.Compile().CreateSession(new SessionOptions { ExplainFirings = true });
        var lead = Schemas.Record("lead", "l-2", ("company", "X"), ("title", "Clerk"), ("companySize", 10), ("region", "South"), ("industry", "Retail"));
        session.Insert(lead);
        session.Fire();

        var firing = Assert.Single(session.Firings);
        Assert.Equal("grade C", firing.Rule.Name);
        Assert.Equal("ISBLANK(grade): true (grade = blank)", firing.Conditions[1].ToString());
        var miss = session.WhyNot(lead).Single(m => m.Rule.Name == "grade A");
        Assert.Equal(RuleMissReason.ConditionFalse, miss.Reason);
        Assert.Equal("ISBLANK(grade)", miss.Condition);
        var route = session.WhyNot(lead).Single(m => m.Rule.Name == "routing row 2");
        Assert.Equal("region == \"East\" && industry == \"Retail\"", route.Condition);
        Assert.Equal("region = \"South\"; industry = \"Retail\"", route.Detail);
    }

    [Fact]
    public async Task S4_VipContract_NotifiesCeoAndTextsApplicant()
    {
        const string json = """
            { "name": "contracts", "rules": [
              { "name": "vip contract", "form": "contract", "when": "AND(amount > 100000, level = \"VIP\")",
                "then": [
                  { "action": "notify", "channel": "im", "recipients": ["\"ceo\""], "template": "contract.vip", "data": { "amount": "amount" } },
                  { "action": "notify", "channel": "sms", "recipients": ["applicant"], "template": "加急处理中" }
                ] } ] }
            """;
        var outbox = new InMemoryOutbox();
        var runner = new RecordRuleRunner(new OutboxNotificationSender(outbox, new FakeTimeProvider(Now)), outbox, new FakeTimeProvider(Now));

        var run = await runner.RunAsync(Loader().LoadJson(json).GetRuleSetOrThrow().Compile(), [
            Schemas.Record("contract", "c-1", ("amount", 120000), ("level", "VIP"), ("applicant", "13800000000")),
            Schemas.Record("contract", "c-2", ("amount", 120000), ("level", "STD"), ("applicant", "13900000000")),
        ]);

        Assert.Equal(
            ["im ceo contract.vip contract/c-1", "sms 13800000000 加急处理中 contract/c-1"],
            run.Effects.Select(e => e.Notification!.Channel + " " + string.Join(",", e.Notification.Recipients) + " " + e.Notification.Template + " " + e.Notification.Subject));
        Assert.Equal(2, (await outbox.ReadPendingAsync(10)).Count);
    }

    [Fact]
    public async Task S5_SignedOpportunity_CreatesProjectPublishesAndStartsWorkflow()
    {
        const string json = """
            { "name": "opportunities", "rules": [
              { "name": "create project", "form": "opportunity", "when": "stage = \"signed\"",
                "then": [
                  { "action": "createRecord", "form": "project", "fields": { "customer": "customer", "budget": "amount * 0.8" } },
                  { "action": "publish", "type": "erp.project.created", "fields": { "customer": "customer" } },
                  { "action": "startWorkflow", "workflow": "invoicing", "fields": { "amount": "amount" } }
                ] } ] }
            """;
        var outbox = new InMemoryOutbox();
        var runner = new RecordRuleRunner(new OutboxNotificationSender(outbox, new FakeTimeProvider(Now)), outbox, new FakeTimeProvider(Now));
        var opportunity = Schemas.Record("opportunity", "o-1", ("stage", "signed"), ("customer", "ACME"), ("amount", 1000));

        var run = await runner.RunAsync(Loader().LoadJson(json).GetRuleSetOrThrow().Compile(), [opportunity]);

        var project = Assert.Single(run.Records, r => r.Form == "project");
        Assert.Equal("ACME", project.Data["customer"].AsText());
        Assert.Equal(800m, project.Data["budget"].AsNumber());
        var messages = await outbox.ReadPendingAsync(10);
        Assert.Equal(["erp.project.created", RuleEffect.StartWorkflowEventType], messages.Select(m => m.Type));
        Assert.Equal("""{"customer":"ACME","$form":"opportunity","$id":"o-1"}""", messages[0].Payload);
        Assert.Contains("\"$workflow\":\"invoicing\"", messages[1].Payload, StringComparison.Ordinal);
        Assert.Equal("opportunity/o-1", messages[1].Subject);
    }

    [Fact]
    public void LoadJson_SchemaFromCompiledForm_ChecksFieldsAndRuns()
    {
        var form = new Forms.FormDefinitionLoader()
            .Compile(new Forms.FormBuilder("order").Field("customer", Forms.FieldType.Text).Field("amount", Forms.FieldType.Money).Field("priority", Forms.FieldType.Text).Build())
            .GetFormOrThrow();
        var loader = new RuleLoader(new RuleSchema().AddForm(form));
        const string json = """{ "name": "x", "rules": [{ "name": "big", "form": "order", "when": "amount > 1000", "then": [{ "action": "setField", "field": "priority", "value": "\"high\"" }] }] }""";
        var session = loader.LoadJson(json).GetRuleSetOrThrow().Compile().CreateSession();
        var order = Schemas.Record("order", "o-1", ("customer", "ACME"), ("amount", 5000));
        session.Insert(order);

        session.Fire();

        Assert.Equal("high", order.Data["priority"].AsText());
        Assert.Equal("FWU0106", Assert.Single(loader.LoadJson(json.Replace("priority", "urgency", StringComparison.Ordinal)).Diagnostics).Code);
    }

    [Fact]
    public void LoadJson_HostAction_IsCalledWithEvaluatedParameters()
    {
        var calls = new System.Collections.Generic.List<string>();
        var actions = new RuleActionRegistry().Add("erp.reserve", i => calls.Add(i.Record.Id + ":" + i.Parameters["qty"].ToString()), "qty");
        const string json = """{ "name": "x", "rules": [{ "name": "r", "form": "contract", "then": [{ "action": "erp.reserve", "parameters": { "qty": "amount / 10" } }] }] }""";
        var session = Loader(actions).LoadJson(json).GetRuleSetOrThrow().Compile().CreateSession();
        session.Insert(Schemas.Record("contract", "c-9", ("amount", 50)));

        session.Fire();

        Assert.Equal(["c-9:5"], calls);
    }

    [Theory]
    [InlineData("""{ "name": "x", "rules": [{ "name": "r", "form": "lead", "when": "amount > 1", "then": [{ "action": "setField", "field": "grade", "value": "\"A\"" }] }] }""", "FWU0108", "$.rules[0].when", "Unknown field 'amount' at 1:1. (FWE0104)")]
    [InlineData("""{ "name": "x", "rules": [{ "name": "r", "form": "lead", "when": ["companySize > 1", "FOO(title)"], "then": [{ "action": "setField", "field": "grade", "value": "\"A\"" }] }] }""", "FWU0108", "$.rules[0].when[1]", null)]
    [InlineData("""{ "name": "x", "rules": [{ "name": "r", "form": "lead", "then": [{ "action": "runScript", "code": "x" }] }] }""", "FWU0107", "$.rules[0].then[0].action", "Unknown action 'runScript'; known actions: setField, assignOwner, createRecord, notify, publish, startWorkflow.")]
    [InlineData("""{ "name": "x", "rules": [{ "name": "r", "form": "lead", "when": "companySize + 1", "then": [{ "action": "setField", "field": "grade", "value": "\"A\"" }] }] }""", "FWU0109", "$.rules[0].when", "A condition must be TRUE or FALSE, but 'companySize + 1' gives Number.")]
    [InlineData("""{ "name": "x", "rules": [{ "name": "r", "form": "lead", "then": [{ "action": "setField", "field": "companySize", "value": "\"big\"" }] }] }""", "FWU0110", "$.rules[0].then[0].value", "Field 'companySize' holds Number, but '\"big\"' gives Text.")]
    [InlineData("""{ "name": "x", "rules": [{ "name": "r", "form": "lead", "then": [{ "action": "setField", "field": "colour", "value": "\"red\"" }] }] }""", "FWU0106", "$.rules[0].then[0].field", "Form 'lead' has no field 'colour'.")]
    [InlineData("""{ "name": "x", "rules": [{ "name": "r", "form": "order", "then": [] }] }""", "FWU0105", "$.rules[0].form", "Unknown form 'order'; known forms: contract, customer, invoice, lead, opportunity, project, task, ticket.")]
    [InlineData("""{ "name": "x", "rules": [{ "name": "r", "type": "System.IO.File", "form": "lead", "then": [{ "action": "assignOwner", "owner": "\"li\"" }] }] }""", "FWU0103", "$.rules[0].type", null)]
    [InlineData("""{ "name": "x", "rules": [{ "name": "r", "form": "lead" }] }""", "FWU0102", "$.rules[0]", "'then' is required here.")]
    [InlineData("""{ "name": "x", "rules": [ """, "FWU0101", "$", null)]
    public void LoadJson_BadInput_ReportsDiagnosticWithPathAndLoadsNothing(string json, string code, string path, string? message)
    {
        var result = Loader().LoadJson(json);

        Assert.False(result.Success);
        Assert.Null(result.RuleSet);
        var diagnostic = result.Diagnostics.First(d => d.IsError);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(path, diagnostic.Path);
        if (message is not null)
        {
            Assert.Equal(message, diagnostic.Message);
        }

        Assert.False(string.IsNullOrEmpty(diagnostic.MessageChinese));
    }

    [Fact]
    public void LoadJson_OneBadRuleAmongGood_LoadsNothing()
    {
        const string json = """
            { "name": "x", "rules": [
              { "name": "good", "form": "lead", "then": [{ "action": "assignOwner", "owner": "\"li\"" }] },
              { "name": "good", "form": "lead", "then": [{ "action": "assignOwner", "owner": "\"li\"" }] } ] }
            """;

        var result = Loader().LoadJson(json);

        Assert.Null(result.RuleSet);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("FWU0111", diagnostic.Code);
        Assert.Equal("$.rules[1].name", diagnostic.Path);
        Assert.Equal("FWU0111", Assert.Throws<Diagnostics.FormworkException>(() => result.GetRuleSetOrThrow()).Code);
    }

    [Fact]
    public void LoadJson_SetFieldRule_DoesNotLoopOnItsOwnUpdate()
    {
        const string json = """{ "name": "x", "rules": [{ "name": "r", "form": "lead", "when": "companySize > 100", "then": [{ "action": "setField", "field": "score", "value": "score + 1" }] }] }""";
        var session = Loader().LoadJson(json).GetRuleSetOrThrow().Compile().CreateSession();
        var lead = Schemas.Record("lead", "l", ("companySize", 500), ("score", 1));
        session.Insert(lead);

        Assert.Equal(1, session.Fire());
        Assert.Equal(2m, lead.Data["score"].AsNumber());
    }
}
