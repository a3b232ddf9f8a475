using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CustomerPortal.Host;
using Formwork;
using Formwork.Auditing;
using Formwork.Diagnostics;
using Formwork.Identity;
using Formwork.Rules;
using Formwork.Stores;

namespace CustomerPortal.Scenarios;

/// <summary>
/// S5, opportunity to project: the sales pipeline is loaded through the opportunity form; a rep walks one deal through
/// its stages (初步接触 → 需求确认 → 方案报价 → 商务谈判 → 已签约); signing creates the delivery project with the
/// customer's information and reminds finance to invoice; during the week more deals sign, some move on, and the
/// opportunities idle 7 days in initial contact remind their rep and the rep's manager (a time-based rule).
/// </summary>
public sealed class S5OpportunityToProject : Scenario<S5Outcome>
{
    /// <summary>When the host's timer loop stops: the Monday after the tour starts, 09:00.</summary>
    public static DateTimeOffset WeekEnd { get; } = PortalClock.TourStart.AddDays(7);

    /// <inheritdoc />
    public override string Id => "S5";

    /// <inheritdoc />
    public override string Title => "Opportunity to project 商机 → 项目";

    /// <inheritdoc />
    public override string Summary =>
        "Signing an opportunity creates its delivery project with the customer's information and reminds finance to invoice; opportunities idle 7 days in initial contact remind the rep and the manager.";

    /// <inheritdoc />
    public override async Task<S5Outcome> RunAsync(Portal portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var narrator = portal.Narrator;
        var desk = new S5PipelineDesk(portal);
        narrator.Step($"Loaded form '{desk.OpportunityForm.Id}' (stages {string.Join(" → ", Data.SeedData.OpportunityStages)}), form '{desk.ProjectForm.Id}', rule set '{desk.RuleSet}': " +
            string.Join("; ", desk.RuleSet.Rules.Select(r => r.Name)) + ".");

        var pipeline = portal.Data.Opportunities;
        narrator.Step($"Monday {portal.Clock.Now:HH:mm}: the CRM loads the open pipeline through the opportunity form ({pipeline.Count} opportunities), scheduling each idle timer.");
        var import = new Actor("crm-import", displayName: "CRM 导入 Import");
        var imported = 0;
        foreach (var opportunity in pipeline)
        {
            var created = await desk.CreateAsync(await desk.ToRecordAsync(opportunity), import);
            if (!created.Success)
            {
                throw new FormworkException(created.Errors);
            }

            narrator.Progress("pipeline", ++imported, pipeline.Count);
        }

        narrator.Detail(string.Join(", ", pipeline.GroupBy(o => o.Stage).OrderBy(g => Data.SeedData.OpportunityStages.ToList().IndexOf(g.Key)).Select(g => $"{g.Key}: {g.Count()}")));

        var refusedSigning = new List<Diagnostic>();
        var duplicateFirings = 0;
        var start = PortalClock.TourStart;
        var lina = await portal.ActorAsync("rep-lina");
        var customer = portal.Data.Customers.First(c => c.OwnerId == "rep-lina");
        var story = new List<(DateTimeOffset At, Func<Task> Act)>
        {
            (start, async () =>
            {
                narrator.Step($"{Format(portal.Clock.Now)}: {lina.DisplayName} opens OPP-N01 'CRM 旗舰版 300 用户' for {customer.Name} ({customer.Id}, {customer.Region}), stage 初步接触, 680,000.");
                var data = await desk.ToRecordAsync(new Data.SeedOpportunity
                {
                    Code = "OPP-N01", Name = "CRM 旗舰版 300 用户", Customer = customer, Amount = 680_000m, Stage = "初步接触", StageChangedAt = portal.Clock.Now,
                });
                Check((await desk.CreateAsync(data, lina)).Errors);
                var david = portal.Data.Customers.First(c => c.OwnerId == "rep-david");
                narrator.Detail($"David Sun opens OPP-N02 for {david.Name} and never touches it again this week.");
                Check((await desk.CreateAsync(await desk.ToRecordAsync(new Data.SeedOpportunity
                {
                    Code = "OPP-N02", Name = "售后工单系统 80 用户", Customer = david, Amount = 120_000m, Stage = "初步接触", StageChangedAt = portal.Clock.Now,
                }), await portal.ActorAsync("rep-david"))).Errors);
            }),
            (start.AddHours(1), () => MoveAsync("需求确认")),
            (start.AddHours(2), () => MoveAsync("方案报价")),
            (start.AddHours(5), () => MoveAsync("商务谈判")),
            (start.AddHours(7), async () =>
            {
                narrator.Step($"{Format(portal.Clock.Now)}: {lina.DisplayName} marks OPP-N01 已签约 but forgets the contract number and date:");
                var (saved, _) = await desk.UpdateAsync("OPP-N01", new RecordData().Set("stage", "已签约"), lina);
                refusedSigning.AddRange(saved.Errors);
                foreach (var error in saved.Errors)
                {
                    narrator.Detail($"{error.Path} [{error.Code}] {error.Message} / {error.MessageChinese}");
                }
            }),
            (start.AddHours(7).AddMinutes(5), async () =>
            {
                narrator.Step($"{Format(portal.Clock.Now)}: ... and saves again with contract HT-2026-1123-01 signed today at 650,000:");
                var (_, run) = await desk.UpdateAsync("OPP-N01", new RecordData().Set("stage", "已签约").Set("contractNo", "HT-2026-1123-01").Set("signedOn", portal.Clock.Today).Set("amount", 650_000m), lina);
                foreach (var firing in run!.Firings)
                {
                    narrator.Detail($"rule '{firing.Rule.Name}' fired: {string.Join("; ", firing.Conditions.Select(c => c.ToString()))}");
                }

                var project = (await portal.Get<IRecordStore>().GetAsync(desk.ProjectForm.Id, "project:OPP-N01"))!.Data;
                narrator.Detail($"project {project["projectNo"].AsText()} '{project["name"].AsText()}': customer {project["customerId"].AsText()} {project["customerName"].AsText()}, contact {project["contact"].AsText()} {project["phone"].AsText()}, {project["region"].AsText()}, amount {project["amount"].AsNumber():#,##0}, contract {project["contractNo"].AsText()}, status {project["status"].AsText()}");
                foreach (var effect in run.Effects.Where(e => e.Notification is not null))
                {
                    narrator.Detail($"IM to {await NamesAsync(portal, effect.Notification!.Recipients)}: {effect.Notification.Template} (开票提醒 invoice {effect.Notification.Data["customerName"].AsText()}, {effect.Notification.Data["amount"].AsNumber():#,##0})");
                }
            }),
            (start.AddHours(8), async () =>
            {
                var (_, run) = await desk.UpdateAsync("OPP-N01", new RecordData().Set("name", "CRM 旗舰版 300 用户（含实施）"), lina);
                duplicateFirings += run!.Firings.Count(f => f.Rule.Name.StartsWith("Signed", StringComparison.Ordinal));
                narrator.Detail($"{Format(portal.Clock.Now)}: renaming the signed deal fires {run.Firings.Count} rules: projectCreated is TRUE, so no second project.");
                narrator.Detail("The deal's history in the audit trail (the refused save left no trace):");
                foreach (var entry in await portal.Get<IAuditLog>().GetTrailAsync("form-record", "opportunity/OPP-N01"))
                {
                    var changes = entry.Changes.Where(c => c.Field is "stage" or "contractNo" or "amount" or "projectCreated" or "name");
                    narrator.Detail($"  {Format(entry.At)} {entry.Action} by {await portal.NameOfAsync(entry.ActorId)}: {string.Join(", ", changes.Select(c => $"{c.Field} {Show(c.Before)} → {Show(c.After)}"))}");
                }
            }),
        };

        async Task MoveAsync(string stage)
        {
            var (saved, run) = await desk.UpdateAsync("OPP-N01", new RecordData().Set("stage", stage), lina);
            Check(saved.Errors);
            narrator.Detail($"{Format(portal.Clock.Now)}: OPP-N01 → {stage} ({run!.Firings.Count} rules fired; the idle timer moves to {Format(portal.Clock.Now.AddDays(7))} but no longer applies)");
        }

        var events = story.Select(s => (s.At, Order: 0, s.Act)).ToList();
        foreach (var opportunity in pipeline)
        {
            if (opportunity.AdvancesAt is { } advancesAt)
            {
                events.Add((advancesAt, 1, async () => Check((await desk.UpdateAsync(opportunity.Code, new RecordData().Set("stage", "需求确认"), await portal.ActorAsync(opportunity.Customer.OwnerId))).Saved.Errors)));
            }

            if (opportunity.SignsAt is { } signsAt)
            {
                events.Add((signsAt, 1, async () => Check((await desk.UpdateAsync(
                    opportunity.Code,
                    new RecordData().Set("stage", "已签约").Set("contractNo", "HT-" + opportunity.Code).Set("signedOn", portal.Clock.Today),
                    await portal.ActorAsync(opportunity.Customer.OwnerId))).Saved.Errors)));
            }
        }

        var explained = false;
        for (var tick = start; tick <= WeekEnd; tick = tick.AddHours(1))
        {
            events.Add((tick, 2, async () =>
            {
                var run = await desk.TickAsync();
                if (!explained && run.Firings.Count > 0)
                {
                    explained = true;
                    var firing = run.Firings[0];
                    narrator.Step($"{Format(portal.Clock.Now)}, the host's hourly timer loop: {run.Firings.Count} opportunities idle 7 days in 初步接触. The first:");
                    narrator.Detail($"rule '{firing.Rule.Name}' fired on {firing.Facts[0].Value}: {string.Join("; ", firing.Conditions.Select(c => c.ToString()))}");
                    foreach (var effect in run.Effects.Take(1))
                    {
                        narrator.Detail($"IM to {await NamesAsync(portal, effect.Notification!.Recipients)}: {effect.Notification.Template}");
                    }
                }
            }));
        }

        narrator.Step("The week runs: deals sign and move on, the timer loop ticks every hour until next Monday 09:00.");
        foreach (var (at, _, act) in events.OrderBy(e => e.At).ThenBy(e => e.Order))
        {
            var wait = at - portal.Clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                portal.Clock.Advance(wait);
            }

            await act();
        }

        var store = portal.Get<IRecordStore>();
        var projects = new List<S5Project>();
        foreach (var id in desk.ProjectIds)
        {
            var p = (await store.GetAsync(desk.ProjectForm.Id, id))!.Data;
            projects.Add(new S5Project(
                id, p["projectNo"].AsText(), p["opportunityCode"].AsText(), p["name"].AsText(), p["contractNo"].AsText(), p["customerId"].AsText(),
                p["customerName"].AsText(), p["contact"].AsText(), p["phone"].AsText(), p["region"].AsText(), p["industry"].AsText(),
                p["amount"].AsNumber(), p["salesOwner"].AsText(), p["signedOn"].AsDate(), p["status"].AsText()));
        }

        narrator.Step($"Projects created: {projects.Count}, worth {projects.Sum(p => p.Amount):#,##0}; finance (孙倩 Sun Qian) got {desk.InvoiceReminders.Count} invoicing reminders.");
        foreach (var project in projects.Where(p => p.OpportunityCode != "OPP-N01").Take(3))
        {
            narrator.Detail($"{project.ProjectNo} {project.Name}, {project.Amount:#,##0}, signed {project.SignedOn:yyyy-MM-dd} by {await portal.NameOfAsync(project.SalesOwner)}");
        }

        narrator.Step($"Idle reminders: {desk.IdleReminders.Count}, each to the rep and the rep's manager:");
        foreach (var manager in desk.IdleReminders.GroupBy(r => r.Recipients[^1]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            narrator.Detail($"{await portal.NameOfAsync(manager.Key),-22} {manager.Count(),3} reminders (with {manager.Select(r => r.Recipients[0]).Distinct().Count()} reps of the team)");
        }

        return new S5Outcome
        {
            Imported = imported,
            Projects = projects,
            InvoiceReminders = desk.InvoiceReminders,
            IdleReminders = desk.IdleReminders,
            RefusedSigning = refusedSigning,
            DuplicateProjectFirings = duplicateFirings,
        };
    }

    private static void Check(IReadOnlyList<Diagnostic> errors)
    {
        if (errors.Count > 0)
        {
            throw new FormworkException(errors);
        }
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
