using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CustomerPortal.Host;
using Formwork;
using Formwork.Diagnostics;
using Formwork.Expressions;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Rules;
using Formwork.Stores;

namespace CustomerPortal.Scenarios;

/// <summary>
/// What the host of S1 does around the engines: a lead is submitted through the lead form (validation, uniqueness,
/// store); the lead rules then grade it, route it through the decision table or send it to the public pool, create
/// the follow-up task and notify the owner; the host saves what the rules changed and created (through the forms, so
/// the same validation and audit apply) and schedules the rule timers; its timer loop lets the pool timers fall due.
/// </summary>
public sealed class S1LeadDesk
{
    private static readonly Actor System = new("system", displayName: "规则引擎 Rules engine");

    private readonly Portal portal;
    private readonly FormEngine forms;
    private readonly IRecordStore records;
    private readonly RecordRuleRunner runner;
    private readonly RuleTimers timers;

    /// <summary>Loads the lead form, the task form and the lead rules (grading, routing table, follow-up, pool).</summary>
    public S1LeadDesk(Portal portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        this.portal = portal;
        forms = portal.Get<FormEngine>();
        records = portal.Get<IRecordStore>();
        runner = portal.Get<RecordRuleRunner>();
        timers = portal.Get<RuleTimers>();
        LeadForm = portal.Definitions.Form("lead.form.json");
        TaskForm = portal.Definitions.Form("lead-task.form.json");

        // The rules read NOW() and the pool timer from the portal's clock, in Beijing time.
        RuleSet = portal.Definitions.Rules("lead.rules.json", LeadForm, TaskForm);
        Rules = RuleSet.Compile();
    }

    /// <summary>The lead form.</summary>
    public CompiledForm LeadForm { get; }

    /// <summary>The follow-up task form.</summary>
    public CompiledForm TaskForm { get; }

    /// <summary>The lead rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The compiled lead rules.</summary>
    public ISessionFactory Rules { get; }

    /// <summary>The follow-up tasks created so far.</summary>
    public List<S1FollowUpTask> Tasks { get; } = [];

    /// <summary>The leads that went to the public pool, in order.</summary>
    public List<string> Pooled { get; } = [];

    /// <summary>The pool escalations so far.</summary>
    public List<S1PoolEscalation> Escalations { get; } = [];

    /// <summary>A prospect submits the lead form (profile <c>prospect</c>: grade, owner and pool time are not theirs to set).</summary>
    public Task<SubmissionResult> SubmitAsync(string leadId, RecordData lead) =>
        forms.SubmitAsync(LeadForm, lead, new SubmissionOptions { Actor = new Actor("web", displayName: "官网表单 Web form"), Profile = "prospect", NewRecordId = leadId });

    /// <summary>Runs the lead rules on a stored lead and saves what they changed and created.</summary>
    public async Task<RuleRunResult> ProcessAsync(string leadId)
    {
        var stored = await records.GetAsync(LeadForm.Id, leadId).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Lead {leadId} is not stored.");
        var run = await runner.RunAsync(Rules, [new RecordFact(LeadForm.Id, leadId, stored.Data.Clone())]).ConfigureAwait(false);
        await SaveAsync(run, stored.Data).ConfigureAwait(false);
        return run;
    }

    /// <summary>A rep claims a lead from the public pool; the rules then create the follow-up task and notify the rep.</summary>
    /// <returns>The rule run, or null when the lead is not in the pool (refused at submission, or already owned).</returns>
    public async Task<RuleRunResult?> ClaimAsync(string leadId, string repId)
    {
        var stored = await records.GetAsync(LeadForm.Id, leadId).ConfigureAwait(false);
        if (stored is null || !stored.Data["owner"].IsBlank)
        {
            return null;
        }

        var claimed = await forms.SubmitAsync(
            LeadForm,
            new RecordData().Set("owner", repId),
            new SubmissionOptions { Actor = await portal.ActorAsync(repId).ConfigureAwait(false), RecordId = leadId, ExpectedVersion = stored.Version }).ConfigureAwait(false);
        if (!claimed.Success)
        {
            throw new FormworkException(claimed.Errors);
        }

        return await ProcessAsync(leadId).ConfigureAwait(false);
    }

    /// <summary>One turn of the host's timer loop: the pool timers that are due run their rule.</summary>
    public async Task<RuleRunResult> TickAsync()
    {
        var run = await timers.ProcessDueAsync(Rules, LoadAsync, runner, maxCount: 1000).ConfigureAwait(false);
        foreach (var effect in run.Effects.Where(e => e.Notification?.Template == "lead.pool.unclaimed"))
        {
            Escalations.Add(new S1PoolEscalation(effect.Record.Id, effect.Record.Data["pooledAt"].AsDateTime(), portal.Clock.Now));
        }

        return run;
    }

    private async Task<RecordFact?> LoadAsync(string form, string id, CancellationToken cancellationToken)
    {
        var stored = await records.GetAsync(form, id, cancellationToken).ConfigureAwait(false);
        return stored is null ? null : new RecordFact(form, id, stored.Data.Clone());
    }

    private async Task SaveAsync(RuleRunResult run, RecordData before)
    {
        foreach (var record in run.Records)
        {
            if (record.Form == LeadForm.Id)
            {
                var changes = new RecordData();
                foreach (var field in (string[])["grade", "owner", "pooledAt"])
                {
                    if (!record.Data[field].Equals(before[field]))
                    {
                        changes.Set(field, record.Data[field]);
                    }
                }

                if (changes.Count > 0)
                {
                    Check(await forms.SubmitAsync(LeadForm, changes, new SubmissionOptions { Actor = System, RecordId = record.Id }).ConfigureAwait(false));
                }

                if (before["pooledAt"].IsBlank && !record.Data["pooledAt"].IsBlank)
                {
                    Pooled.Add(record.Id);
                }

                await timers.ScheduleAsync(RuleSet, record).ConfigureAwait(false);
            }
            else if (record.Form == TaskForm.Id && record.Created)
            {
                var saved = Check(await forms.SubmitAsync(TaskForm, record.Data, new SubmissionOptions { Actor = System, NewRecordId = record.Id }).ConfigureAwait(false));
                Tasks.Add(new S1FollowUpTask(
                    record.Id,
                    record.Id[(TaskForm.Id.Length + 1)..],
                    saved.Data["title"].AsText(),
                    saved.Data["owner"].AsText(),
                    saved.Data["due"].AsDateTime(),
                    saved.Record!.CreatedAt));
            }
        }
    }

    private static SubmissionResult Check(SubmissionResult result) =>
        result.Success ? result : throw new FormworkException(result.Errors);
}
