using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CustomerPortal.Data;
using CustomerPortal.Host;
using Formwork;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Rules;

namespace CustomerPortal.Scenarios;

/// <summary>
/// What the host of S5 does around the engines: opportunities are saved through the opportunity form (a stage move
/// also stamps <c>stageChangedAt</c>); after each save the opportunity rules run, the host stores the project they
/// create through the project form (serial number, validation, audit) and reschedules the idle timer; its hourly
/// timer loop lets idle timers fall due.
/// </summary>
public sealed class S5PipelineDesk : RuleDesk
{
    /// <summary>Loads the opportunity and project forms and the opportunity rules.</summary>
    public S5PipelineDesk(Portal portal)
        : base(portal, "opportunity.rules.json", "opportunity.form.json", "project.form.json")
    {
    }

    /// <summary>The opportunity form.</summary>
    public CompiledForm OpportunityForm => DeskForms[0];

    /// <summary>The project form.</summary>
    public CompiledForm ProjectForm => DeskForms[1];

    /// <summary>The invoicing reminders sent so far.</summary>
    public List<S5Reminder> InvoiceReminders { get; } = [];

    /// <summary>The idle reminders sent so far.</summary>
    public List<S5Reminder> IdleReminders { get; } = [];

    /// <summary>The ids of the projects created so far, in order.</summary>
    public List<string> ProjectIds { get; } = [];

    /// <summary>The form data of a seeded opportunity, with the rep's manager from the directory.</summary>
    public async Task<RecordData> ToRecordAsync(SeedOpportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var customer = opportunity.Customer;
        var data = new RecordData()
            .Set("code", opportunity.Code)
            .Set("name", opportunity.Name)
            .Set("customerId", customer.Id)
            .Set("customerName", customer.Name)
            .Set("contact", customer.Contact)
            .Set("phone", customer.Phone)
            .Set("region", customer.Region)
            .Set("industry", customer.Industry)
            .Set("amount", opportunity.Amount)
            .Set("owner", customer.OwnerId)
            .Set("stage", opportunity.Stage)
            .Set("stageChangedAt", opportunity.StageChangedAt);
        var manager = (await Portal.Directory.GetManagerChainAsync(customer.OwnerId, 1).ConfigureAwait(false)).FirstOrDefault();
        return manager is null ? data : data.Set("ownerManager", manager);
    }

    /// <summary>Creates an opportunity through the form and schedules its timers.</summary>
    public async Task<SubmissionResult> CreateAsync(RecordData opportunity, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var code = opportunity["code"].AsText();
        var created = await Forms.SubmitAsync(OpportunityForm, opportunity, new SubmissionOptions { Actor = actor, NewRecordId = code }).ConfigureAwait(false);
        if (created.Success)
        {
            await Timers.ScheduleAsync(RuleSet, new RecordFact(OpportunityForm.Id, code, created.Data)).ConfigureAwait(false);
        }

        return created;
    }

    /// <summary>
    /// Saves a change of an opportunity (a stage move stamps <c>stageChangedAt</c>), then runs the opportunity rules
    /// and stores what they created. A refused change returns its errors and runs nothing.
    /// </summary>
    public async Task<(SubmissionResult Saved, RuleRunResult? Run)> UpdateAsync(string code, RecordData changes, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var stored = await Records.GetAsync(OpportunityForm.Id, code).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Opportunity {code} is not stored.");
        if (!changes["stage"].IsBlank && !changes["stage"].Equals(stored.Data["stage"]))
        {
            changes.Set("stageChangedAt", Portal.Clock.Now);
        }

        var saved = await Forms.SubmitAsync(OpportunityForm, changes, new SubmissionOptions { Actor = actor, RecordId = code, ExpectedVersion = stored.Version }).ConfigureAwait(false);
        if (!saved.Success)
        {
            return (saved, null);
        }

        var run = await RunRulesAsync(OpportunityForm.Id, code, saved.Data).ConfigureAwait(false);
        await SaveAsync(run, saved.Data).ConfigureAwait(false);
        return (saved, run);
    }

    /// <summary>One turn of the host's timer loop: due idle timers run their rule.</summary>
    public async Task<RuleRunResult> TickAsync()
    {
        var run = await ProcessDueTimersAsync().ConfigureAwait(false);
        await SaveAsync(run, null).ConfigureAwait(false);
        return run;
    }

    private async Task SaveAsync(RuleRunResult run, RecordData? before)
    {
        foreach (var record in run.Records)
        {
            if (record.Form == ProjectForm.Id && record.Created)
            {
                Check(await Forms.SubmitAsync(ProjectForm, record.Data, new SubmissionOptions { Actor = RulesActor, NewRecordId = record.Id }).ConfigureAwait(false));
                ProjectIds.Add(record.Id);
            }
            else if (record.Form == OpportunityForm.Id && before is not null && !record.Data["projectCreated"].Equals(before["projectCreated"]))
            {
                Check(await Forms.SubmitAsync(OpportunityForm, new RecordData().Set("projectCreated", record.Data["projectCreated"]), new SubmissionOptions { Actor = RulesActor, RecordId = record.Id }).ConfigureAwait(false));
            }

            // After a save the idle timer moves with stageChangedAt; a timer that just fired is not set again.
            if (record.Form == OpportunityForm.Id && before is not null)
            {
                await Timers.ScheduleAsync(RuleSet, record).ConfigureAwait(false);
            }
        }

        foreach (var effect in run.Effects.Where(e => e.Notification is not null))
        {
            var reminder = new S5Reminder(effect.Record.Id, effect.Notification!.Recipients, Portal.Clock.Now);
            (effect.Notification.Template == "opportunity.invoice" ? InvoiceReminders : IdleReminders).Add(reminder);
        }
    }
}
