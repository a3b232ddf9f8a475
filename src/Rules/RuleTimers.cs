using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Stores;

namespace Formwork.Rules;

/// <summary>
/// Time-based rules ("no action on a ticket for 24 h", "opportunity idle 7 days in a stage"): a JSON rule with
/// <c>"after": {"field", "duration"}</c> fires once the duration has passed since the field's time. The timers wait in
/// an <see cref="IDueItemStore"/>: schedule a record whenever it is saved, and let the host's loop call
/// <see cref="ProcessDueAsync"/>, which re-checks the due records with the clock of the <see cref="TimeProvider"/>.
/// </summary>
public sealed class RuleTimers
{
    /// <summary>The <see cref="DueItem.Kind"/> of rule timers.</summary>
    public const string DueItemKind = "formwork.rules.timer";

    private readonly IDueItemStore _store;
    private readonly TimeProvider _time;

    /// <summary>Creates the timers.</summary>
    /// <param name="store">Where timers wait.</param>
    /// <param name="time">The clock.</param>
    public RuleTimers(IDueItemStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _time = time;
    }

    /// <summary>
    /// Schedules (or reschedules, or cancels when its field is blank) the timer of each time-based rule of the rule set
    /// for a record; call it whenever the record is saved.
    /// </summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many timers are waiting for the record.</returns>
    public async Task<int> ScheduleAsync(RuleSet ruleSet, RecordFact record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(record);
        var scheduled = 0;
        foreach (var (rule, timer) in ruleSet.Timers.Where(t => t.Timer.Form == record.Form))
        {
            var id = DueItemKind + ":" + ruleSet.Name + ":" + rule + ":" + record;
            if (timer.DueAt(record.Data) is { } due)
            {
                var payload = JsonSerializer.Serialize(new Dictionary<string, string> { ["ruleSet"] = ruleSet.Name, ["rule"] = rule, ["form"] = record.Form, ["id"] = record.Id });
                await _store.ScheduleAsync(new DueItem { Id = id, Kind = DueItemKind, DueAt = due, Payload = payload, Subject = record.ToString() }, cancellationToken);
                scheduled++;
            }
            else
            {
                await _store.CancelAsync(id, cancellationToken);
            }
        }

        return scheduled;
    }

    /// <summary>
    /// Takes the timers of this rule set that are due now, loads their records and runs only the due rules on them
    /// (their other conditions are checked again: a ticket closed meanwhile does not escalate). Due items of other
    /// kinds or rule sets are put back.
    /// </summary>
    /// <param name="rules">The compiled rule set.</param>
    /// <param name="load">Loads a record by form and id; <see langword="null"/> when it no longer exists.</param>
    /// <param name="runner">Runs the rules and delivers their effects.</param>
    /// <param name="maxCount">How many due items to take at most.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The run (firings with explanations, records, effects).</returns>
    public async Task<RuleRunResult> ProcessDueAsync(ISessionFactory rules, Func<string, string, CancellationToken, Task<RecordFact?>> load, RecordRuleRunner runner, int maxCount = 100, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(runner);
        var items = await _store.TakeDueAsync(_time.GetUtcNow(), maxCount, DueItemKind, cancellationToken);
        var records = new Dictionary<string, RecordFact>(StringComparer.Ordinal);
        var due = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var payload = JsonSerializer.Deserialize<Dictionary<string, string>>(item.Payload);
            if (payload is null || payload.GetValueOrDefault("ruleSet") != rules.RuleSet.Name)
            {
                await _store.ScheduleAsync(item, cancellationToken);
                continue;
            }

            due.Add(payload["rule"]);
            var key = payload["form"] + "/" + payload["id"];
            if (!records.ContainsKey(key) && await load(payload["form"], payload["id"], cancellationToken) is { } record)
            {
                records.Add(key, record);
            }
        }

        return await runner.RunAsync(rules, records.Values, null, new AgendaFilter(rule => due.Contains(rule.Name)), cancellationToken);
    }
}
