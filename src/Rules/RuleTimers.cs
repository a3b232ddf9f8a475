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
/// <c>"after": {"field", "duration"}</c>, or a C# rule with <c>When().Elapsed(() =&gt; ticket, t =&gt; t.LastActionAt, TimeSpan.FromHours(24))</c>,
/// fires once the duration has passed since the fact's time. The timers wait in an <see cref="IDueItemStore"/>: schedule a
/// record (or a typed fact with its id) whenever it is saved, and let the host's loop call <c>ProcessDueAsync</c>, which
/// re-checks the due facts with the clock of the <see cref="TimeProvider"/>.
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
    public Task<int> ScheduleAsync(RuleSet ruleSet, RecordFact record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return ScheduleAsync(ruleSet, record, record.ToString(), new Dictionary<string, string> { ["form"] = record.Form, ["id"] = record.Id }, cancellationToken);
    }

    /// <summary>
    /// Schedules (or reschedules, or cancels when its start time is null) the timer of each time-based C# rule
    /// (<c>When().Elapsed(...)</c>) of the rule set that watches a fact of this type; call it whenever the fact is saved.
    /// </summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="fact">The fact.</param>
    /// <param name="factId">The host's id of the fact, passed back to the load function of <see cref="ProcessDueAsync(ISessionFactory, Func{string, CancellationToken, Task{IReadOnlyList{object}}}, int, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many timers are waiting for the fact.</returns>
    public Task<int> ScheduleAsync(RuleSet ruleSet, object fact, string factId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentException.ThrowIfNullOrEmpty(factId);
        return ScheduleAsync(ruleSet, fact, factId, new Dictionary<string, string> { ["fact"] = factId }, cancellationToken);
    }

    /// <summary>
    /// Takes the timers of this rule set's C# rules that are due now, loads each fact (with the facts its rules join)
    /// through <paramref name="load"/>, and fires only the due rules on them in a new session; their other conditions
    /// are checked again. Due items of other kinds, rule sets or of JSON rules are put back.
    /// </summary>
    /// <param name="rules">The compiled rule set.</param>
    /// <param name="load">Loads, by the id given to <see cref="ScheduleAsync(RuleSet, object, string, CancellationToken)"/>, the facts to insert: the due fact and any facts its rules join (empty when it no longer exists).</param>
    /// <param name="maxCount">How many due items to take at most.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The firings with their explanations.</returns>
    public async Task<IReadOnlyList<RuleFiring>> ProcessDueAsync(ISessionFactory rules, Func<string, CancellationToken, Task<IReadOnlyList<object>>> load, int maxCount = 100, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(load);
        var items = await _store.TakeDueAsync(_time.GetUtcNow(), maxCount, DueItemKind, cancellationToken);
        var due = new HashSet<string>(StringComparer.Ordinal);
        var facts = new List<object>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var payload = JsonSerializer.Deserialize<Dictionary<string, string>>(item.Payload);
            if (payload is null || payload.GetValueOrDefault("ruleSet") != rules.RuleSet.Name || !payload.TryGetValue("fact", out var id))
            {
                await _store.ScheduleAsync(item, cancellationToken);
                continue;
            }

            due.Add(payload["rule"]);
            if (loaded.Add(id))
            {
                foreach (var fact in await load(id, cancellationToken))
                {
                    if (fact is not null && seen.Add(fact))
                    {
                        facts.Add(fact);
                    }
                }
            }
        }

        if (facts.Count == 0)
        {
            return [];
        }

        var session = rules.CreateSession(new SessionOptions { ExplainFirings = true });
        session.Agenda.AddFilter(new AgendaFilter(rule => due.Contains(rule.Name)));
        session.InsertAll(facts);
        session.Fire();
        return session.Firings;
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
            if (payload is null || payload.GetValueOrDefault("ruleSet") != rules.RuleSet.Name || !payload.ContainsKey("form"))
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

    private async Task<int> ScheduleAsync(RuleSet ruleSet, object fact, string subject, Dictionary<string, string> key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var scheduled = 0;
        foreach (var (rule, timer) in ruleSet.Timers.Where(t => t.Timer.Applies(fact)))
        {
            var id = DueItemKind + ":" + ruleSet.Name + ":" + rule + ":" + subject;
            if (timer.DueAt(fact) is { } due)
            {
                var payload = new Dictionary<string, string>(key, StringComparer.Ordinal) { ["ruleSet"] = ruleSet.Name, ["rule"] = rule };
                await _store.ScheduleAsync(new DueItem { Id = id, Kind = DueItemKind, DueAt = due, Payload = JsonSerializer.Serialize(payload), Subject = subject }, cancellationToken);
                scheduled++;
            }
            else
            {
                await _store.CancelAsync(id, cancellationToken);
            }
        }

        return scheduled;
    }
}
