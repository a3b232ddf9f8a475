using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Formwork;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Rules;
using Formwork.Stores;

namespace CustomerPortal.Host;

/// <summary>
/// The host's plumbing around a rule set, shared by the scenarios whose records run through rules (S1's lead desk,
/// S5's pipeline desk): the forms and the compiled rules, a rule run over one stored record, the timer loop that loads
/// due records from the store, and the check that a save the rules asked for went through.
/// </summary>
public abstract class RuleDesk
{
    /// <summary>The actor the host saves rule changes as.</summary>
    protected static readonly Actor RulesActor = new("system", displayName: "规则引擎 Rules engine");

    /// <summary>Loads the desk's forms (in the given order, see <see cref="DeskForms"/>) and its rule set over them.</summary>
    protected RuleDesk(Portal portal, string rulesFile, params string[] formFiles)
    {
        ArgumentNullException.ThrowIfNull(portal);
        Portal = portal;
        Forms = portal.Get<FormEngine>();
        Records = portal.Get<IRecordStore>();
        Runner = portal.Get<RecordRuleRunner>();
        Timers = portal.Get<RuleTimers>();
        DeskForms = formFiles.Select(portal.Definitions.Form).ToArray();

        // The rules read NOW() and their timers from the portal's clock, in Beijing time.
        RuleSet = portal.Definitions.Rules(rulesFile, [.. DeskForms]);
        Rules = RuleSet.Compile();
    }

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The compiled rules.</summary>
    public ISessionFactory Rules { get; }

    /// <summary>The portal the desk works in.</summary>
    protected Portal Portal { get; }

    /// <summary>The form engine.</summary>
    protected FormEngine Forms { get; }

    /// <summary>The record store.</summary>
    protected IRecordStore Records { get; }

    /// <summary>Runs rules on records and delivers their notifications.</summary>
    protected RecordRuleRunner Runner { get; }

    /// <summary>The rules' timers.</summary>
    protected RuleTimers Timers { get; }

    /// <summary>The desk's forms, in the order their files were given.</summary>
    protected IReadOnlyList<CompiledForm> DeskForms { get; }

    /// <summary>Runs the rules on one record (a copy of its data: the rules' changes come back in the result).</summary>
    protected Task<RuleRunResult> RunRulesAsync(string formId, string recordId, RecordData data) =>
        Runner.RunAsync(Rules, [new RecordFact(formId, recordId, data.Clone())]);

    /// <summary>One turn of the host's timer loop: the due timers load their records from the store and run their rule.</summary>
    protected Task<RuleRunResult> ProcessDueTimersAsync() => Timers.ProcessDueAsync(Rules, LoadAsync, Runner, maxCount: 1000);

    /// <summary>A save the rules asked for must go through; a refusal here is a bug in the definitions.</summary>
    protected static SubmissionResult Check(SubmissionResult result) =>
        result.Success ? result : throw new FormworkException(result.Errors);

    private async Task<RecordFact?> LoadAsync(string form, string id, CancellationToken cancellationToken)
    {
        var stored = await Records.GetAsync(form, id, cancellationToken).ConfigureAwait(false);
        return stored is null ? null : new RecordFact(form, id, stored.Data.Clone());
    }
}
