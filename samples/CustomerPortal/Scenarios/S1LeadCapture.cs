using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CustomerPortal.Data;
using CustomerPortal.Host;
using Formwork;
using Formwork.Auditing;
using Formwork.Rules;
using Formwork.Stores;

namespace CustomerPortal.Scenarios;

/// <summary>
/// S1, lead capture and routing: prospects fill in the lead form; invalid and duplicate submissions are refused field
/// by field in English and Chinese; a JSON rule set grades each lead A/B/C, a decision table (region × industry)
/// assigns its owner, who gets an IM message and a follow-up task due in three days; leads no team covers go to the
/// public pool, and a pool lead nobody claims within 24 h is escalated to the sales director by a time-based rule.
/// </summary>
public sealed class S1LeadCapture : Scenario<S1Outcome>
{
    /// <summary>When the host's timer loop stops: Sunday 09:00, six days after the tour starts.</summary>
    public static DateTimeOffset WeekEnd { get; } = PortalClock.TourStart.AddDays(6);

    /// <summary>The leads told step by step on Monday morning, before the week's web leads arrive.</summary>
    public static IReadOnlyList<(string Id, string Json)> NarratedLeads { get; } =
    [
        ("L-S01", """{ "company": "杭州云帆信息技术有限公司", "title": "采购总监", "contact": "周明", "phone": "13957112345", "email": "zhouming@yunfan.example.cn", "region": "华东", "industry": "制造 Manufacturing", "employees": 1200, "need": "工厂设备报修与售后工单系统，约300名工程师使用，需要对接企业微信" }"""),
        ("L-S02", """{ "company": "深圳佳禾贸易有限公司", "title": "行政专员", "contact": "Cindy Lin", "phone": "13602551234", "email": "cindy@jiahe.example.cn", "region": "华南", "industry": "零售 Retail", "employees": 30, "need": "报价" }"""),
        ("L-S03", """{ "company": "", "title": "经理", "contact": "刘强", "phone": "1381234567", "email": "liuqiang@", "region": "华北", "industry": "金融 Finance", "employees": 0, "need": "想了解CRM" }"""),
        ("L-S04", """{ "company": "杭州云帆信息技术有限公司", "title": "IT经理", "contact": "周明", "phone": "13957112345", "email": "it@yunfan.example.cn", "region": "华东", "industry": "制造 Manufacturing", "employees": 1200, "need": "同上，IT部门再提交一次" }"""),
        ("L-S05", """{ "company": "成都天成医疗器械有限公司", "title": "总经理", "contact": "罗静", "phone": "18628001234", "email": "luojing@tiancheng.example.cn", "region": "西南", "industry": "医疗 Healthcare", "employees": 800, "need": "医院设备巡检和维修派单，覆盖四川、重庆两地30家医院" }"""),
    ];

    /// <inheritdoc />
    public override string Id => "S1";

    /// <inheritdoc />
    public override string Title => "Lead capture and routing 市场活动线索收集与分配";

    /// <inheritdoc />
    public override string Summary =>
        "Web leads validated field by field, graded A/B/C by rules, routed by a region × industry table; owners get an IM and a follow-up task; unclaimed pool leads escalate after 24 h.";

    /// <inheritdoc />
    public override async Task<S1Outcome> RunAsync(Portal portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var narrator = portal.Narrator;
        var desk = new S1LeadDesk(portal);
        narrator.Step($"Loaded form '{desk.LeadForm.Id}' ({desk.LeadForm.Fields.Count} fields), form '{desk.TaskForm.Id}', rule set '{desk.RuleSet}' ({desk.RuleSet.Rules.Count} rules, 15 of them rows of the routing table).");

        var accepted = new List<string>();
        var refused = new List<S1Refusal>();
        var claims = new Dictionary<string, string>();

        narrator.Step($"Monday {portal.Clock.Now:HH:mm}: five prospects fill in the lead form, one at a time.");
        foreach (var (leadId, json) in NarratedLeads)
        {
            var lead = desk.LeadForm.ReadData(json);
            narrator.Detail($"{leadId}: {lead["contact"].AsText()} ({lead["title"].AsText()}) of '{lead["company"].AsText()}', {lead["region"].AsText()}, {lead["industry"].AsText()}, {lead["employees"]} employees, phone {lead["phone"].AsText()}");
            var submitted = await desk.SubmitAsync(leadId, lead);
            if (!submitted.Success)
            {
                refused.Add(new S1Refusal(leadId, submitted.Errors));
                narrator.Detail($"  refused, nothing stored ({submitted.Errors.Count} errors):");
                foreach (var error in submitted.Errors)
                {
                    narrator.Detail($"    {error.Path} [{error.Code}] {error.Message} / {error.MessageChinese}");
                }

                continue;
            }

            accepted.Add(leadId);
            var run = await desk.ProcessAsync(leadId);
            foreach (var firing in run.Firings)
            {
                narrator.Detail($"  rule '{firing.Rule.Name}' fired: {string.Join("; ", firing.Conditions.Select(c => c.ToString()))}");
            }

            foreach (var effect in run.Effects.Where(e => e.Notification is not null))
            {
                narrator.Detail($"  IM to {await NamesAsync(portal, effect.Notification!.Recipients)}: {effect.Notification.Template} '{effect.Notification.Data["company"].AsText()}'");
            }

            foreach (var task in desk.Tasks.Where(t => t.LeadId == leadId))
            {
                narrator.Detail($"  task {task.Id}: \"{task.Title}\" for {await portal.NameOfAsync(task.OwnerId)}, due {Format(task.Due)}");
            }

            if (desk.Pooled.Contains(leadId))
            {
                narrator.Detail("  no routing row covers 西南: the lead waits in the public pool (公海) for a rep to claim it");
            }
        }

        narrator.Step("The audit trail of L-S01: the prospect's submission, then what the rules changed.");
        foreach (var entry in await portal.Get<IAuditLog>().GetTrailAsync("form-record", "lead/L-S01"))
        {
            var changes = entry.Changes.Where(c => entry.Action != "create" || c.Field is "company" or "receivedAt");
            narrator.Detail($"{Format(entry.At)} {entry.Action} by {await portal.NameOfAsync(entry.ActorId)}: {string.Join(", ", changes.Select(c => $"{c.Field} {Show(c.Before)} → {Show(c.After)}"))}{(entry.Action == "create" ? ", …" : "")}");
        }

        var week = portal.Data.Leads;
        narrator.Step($"The week's web leads arrive, Monday to Friday ({week.Count} submissions); reps claim some pool leads; the host's timer loop runs every hour until Sunday 09:00.");
        var events = week.Select(l => (At: l.ArrivesAt, Order: 1, Lead: l))
            .Concat(week.Where(l => l.ClaimedBy is not null).Select(l => (At: l.ArrivesAt + l.ClaimAfter!.Value, Order: 0, Lead: l)))
            .ToList();
        for (var tick = PortalClock.TourStart.AddHours(1); tick <= WeekEnd; tick = tick.AddHours(1))
        {
            events.Add((tick, 2, null!));
        }

        var arrived = 0;
        string? explanation = null;
        foreach (var (at, order, lead) in events.OrderBy(e => e.At).ThenBy(e => e.Order))
        {
            var wait = at - portal.Clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                portal.Clock.Advance(wait);
            }

            if (order == 2)
            {
                var due = await desk.TickAsync();
                if (explanation is null && due.Firings.Count > 0)
                {
                    var firing = due.Firings[0];
                    explanation = $"{Format(portal.Clock.Now)}, the timer loop: rule '{firing.Rule.Name}' fired on {firing.Facts[0].Value}: {string.Join("; ", firing.Conditions.Select(c => c.ToString()))}";
                }
            }
            else if (order == 0)
            {
                if (await desk.ClaimAsync(lead.Id, lead.ClaimedBy!) is not null)
                {
                    claims[lead.Id] = lead.ClaimedBy!;
                }
            }
            else
            {
                var submitted = await desk.SubmitAsync(lead.Id, ToRecord(lead));
                if (submitted.Success)
                {
                    accepted.Add(lead.Id);
                    await desk.ProcessAsync(lead.Id);
                }
                else
                {
                    refused.Add(new S1Refusal(lead.Id, submitted.Errors));
                }

                narrator.Progress("web leads", ++arrived, week.Count);
            }
        }

        // Told after the bulk step, so the progress line is not interrupted.
        if (explanation is not null)
        {
            narrator.Detail(explanation);
        }

        var store = portal.Get<IRecordStore>();
        var stored = (await store.QueryAsync(new RecordQuery { FormId = desk.LeadForm.Id, Take = int.MaxValue })).Items;
        var grades = stored.ToDictionary(r => r.Id, r => r.Data["grade"].AsText(), StringComparer.Ordinal);
        var owners = stored.Where(r => !r.Data["owner"].IsBlank).ToDictionary(r => r.Id, r => r.Data["owner"].AsText(), StringComparer.Ordinal);
        var notifications = S1Notification.ReadAll(await portal.Get<IOutbox>().ReadPendingAsync(int.MaxValue));

        narrator.Step($"Refused: {refused.Count} of {NarratedLeads.Count + week.Count} submissions, nothing stored for them:");
        foreach (var group in refused.SelectMany(r => r.Errors.Select(e => (r.LeadId, Error: e))).GroupBy(e => (e.Error.Path, e.Error.Code)).OrderByDescending(g => g.Count()))
        {
            var first = group.First();
            narrator.Detail($"{group.Count(),3} × {group.Key.Path} [{group.Key.Code}] e.g. {first.LeadId}: {first.Error.Message} / {first.Error.MessageChinese}");
        }

        narrator.Step($"Stored {accepted.Count} leads, graded " + string.Join(", ", grades.Values.GroupBy(g => g).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}")) + ".");
        narrator.Step("Owners (routed by the table, or claimed from the pool) and their follow-up tasks:");
        foreach (var rep in owners.Values.GroupBy(o => o).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            narrator.Detail($"{await portal.NameOfAsync(rep.Key),-22} {rep.Count(),3} leads, {desk.Tasks.Count(t => t.OwnerId == rep.Key),3} tasks");
        }

        narrator.Step($"Public pool: {desk.Pooled.Count} leads from regions no team covers; {claims.Count} claimed by reps, {desk.Escalations.Count} escalated to {await portal.NameOfAsync("sales-director")} after 24 h unclaimed.");
        foreach (var escalation in desk.Escalations.Take(5))
        {
            narrator.Detail($"{escalation.LeadId}: pooled {Format(escalation.PooledAt)}, escalated {Format(escalation.EscalatedAt)}");
        }

        narrator.Step($"Notifications waiting in the outbox for the IM gateway: " + string.Join(", ", notifications.GroupBy(n => n.Template).Select(g => $"{g.Key} × {g.Count()}")) + ".");

        return new S1Outcome
        {
            Submitted = NarratedLeads.Count + week.Count,
            Accepted = accepted,
            Refused = refused,
            Grades = grades,
            Owners = owners,
            Pooled = desk.Pooled,
            Claims = claims,
            Tasks = desk.Tasks,
            Notifications = notifications,
            PoolEscalations = desk.Escalations,
        };
    }

    /// <summary>The lead form data a seeded web lead typed in.</summary>
    public static RecordData ToRecord(SeedLead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return new RecordData()
            .Set("company", lead.Company)
            .Set("title", lead.Title)
            .Set("contact", lead.Contact)
            .Set("phone", lead.Phone)
            .Set("email", lead.Email)
            .Set("region", lead.Region)
            .Set("industry", lead.Industry)
            .Set("employees", lead.Employees)
            .Set("need", lead.Need);
    }

    private static async Task<string> NamesAsync(Portal portal, IEnumerable<string> userIds)
    {
        var names = new List<string>();
        foreach (var id in userIds)
        {
            names.Add(await portal.NameOfAsync(id));
        }

        return string.Join(", ", names);
    }

    private static string Show(Value value) =>
        value.IsBlank ? "∅" : value.Kind == ValueKind.DateTime ? Format(value.AsDateTime()) : value.ToString();

    private static string Format(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("ddd MM-dd HH:mm", CultureInfo.InvariantCulture);
}
