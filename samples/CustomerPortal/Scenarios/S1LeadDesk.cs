using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CustomerPortal.Host;
using Formwork;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Rules;

namespace CustomerPortal.Scenarios;

/// <summary>
/// What the host of S1 does around the engines: a lead is submitted through the lead form (validation, uniqueness,
/// store); the lead rules then grade it, route it through the decision table or send it to the public pool, create
/// the follow-up task and notify the owner; the host saves what the rules changed and created (through the forms, so
/// the same validation and audit apply) and schedules the rule timers; its timer loop lets the pool timers fall due.
/// </summary>
public sealed class S1LeadDesk : RuleDesk
{
    /// <summary>Loads the lead form, the task form and the lead rules (grading, routing table, follow-up, pool).</summary>
    public S1LeadDesk(Portal portal)
        : base(portal, "lead.rules.json", "lead.form.json", "lead-task.form.json")
    {
    }

    /// <summary>The lead form.</summary>
    public CompiledForm LeadForm => DeskForms[0];

    /// <summary>The follow-up task form.</summary>
    public CompiledForm TaskForm => DeskForms[1];

    /// <summary>The follow-up tasks created so far.</summary>
    public List<S1FollowUpTask> Tasks { get; } = [];

    /// <summary>The leads that went to the public pool, in order.</summary>
    public List<string> Pooled { get; } = [];

    /// <summary>The pool escalations so far.</summary>
    public List<S1PoolEscalation> Escalations { get; } = [];

    /// <summary>A prospect submits the lead form (profile <c>prospect</c>: grade, owner and pool time are not theirs to set).</summary>
    public Task<SubmissionResult> SubmitAsync(string leadId, RecordData lead) =>
        Forms.SubmitAsync(LeadForm, lead, new SubmissionOptions { Actor = new Actor("web", displayName: "官网表单 Web form"), Profile = "prospect", NewRecordId = leadId });

    /// <summary>Runs the lead rules on a stored lead and saves what they changed and created.</summary>
    public async Task<RuleRunResult> ProcessAsync(string leadId)
    {
        var stored = await Records.GetAsync(LeadForm.Id, leadId).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Lead {leadId} is not stored.");
        var run = await RunRulesAsync(LeadForm.Id, leadId, stored.Data).ConfigureAwait(false);
        await SaveAsync(run, stored.Data).ConfigureAwait(false);
        return run;
    }

    /// <summary>A rep claims a lead from the public pool; the rules then create the follow-up task and notify the rep.</summary>
    /// <returns>The rule run, or null when the lead is not in the pool (refused at submission, or already owned).</returns>
    public async Task<RuleRunResult?> ClaimAsync(string leadId, string repId)
    {
        var stored = await Records.GetAsync(LeadForm.Id, leadId).ConfigureAwait(false);
        if (stored is null || !stored.Data["owner"].IsBlank)
        {
            return null;
        }

        var claimed = await Forms.SubmitAsync(
            LeadForm,
            new RecordData().Set("owner", repId),
            new SubmissionOptions { Actor = await Portal.ActorAsync(repId).ConfigureAwait(false), RecordId = leadId, ExpectedVersion = stored.Version }).ConfigureAwait(false);
        if (!claimed.Success)
        {
            throw new FormworkException(claimed.Errors);
        }

        return await ProcessAsync(leadId).ConfigureAwait(false);
    }

    /// <summary>One turn of the host's timer loop: the pool timers that are due run their rule.</summary>
    public async Task<RuleRunResult> TickAsync()
    {
        var run = await ProcessDueTimersAsync().ConfigureAwait(false);
        foreach (var effect in run.Effects.Where(e => e.Notification?.Template == "lead.pool.unclaimed"))
        {
            Escalations.Add(new S1PoolEscalation(effect.Record.Id, effect.Record.Data["pooledAt"].AsDateTime(), Portal.Clock.Now));
        }

        return run;
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
                    Check(await Forms.SubmitAsync(LeadForm, changes, new SubmissionOptions { Actor = RulesActor, RecordId = record.Id }).ConfigureAwait(false));
                }

                if (before["pooledAt"].IsBlank && !record.Data["pooledAt"].IsBlank)
                {
                    Pooled.Add(record.Id);
                }

                await Timers.ScheduleAsync(RuleSet, record).ConfigureAwait(false);
            }
            else if (record.Form == TaskForm.Id && record.Created)
            {
                var saved = Check(await Forms.SubmitAsync(TaskForm, record.Data, new SubmissionOptions { Actor = RulesActor, NewRecordId = record.Id }).ConfigureAwait(false));
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
}
