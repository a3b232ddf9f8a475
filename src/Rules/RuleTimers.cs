using System;
using System.Collections.Concurrent;
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
/// <para>
/// A timer fires at most once per due time: once its rule fired on a fact for a due time, scheduling the unchanged fact
/// again does not re-arm it. It re-arms when the watched field's value (hence the due time) changes, or when the field
/// became blank (the timer's condition went false: its timer is cancelled) and then got a value again. A due timer whose
/// rule did not fire (its other conditions were false, such as a ticket closed meanwhile) is not marked, so scheduling
/// the fact again re-arms it. The fired due times are kept by this instance (register it as a singleton, as
/// <c>AddRules</c> does), not in the store.
/// </para>
/// </summary>
public sealed class RuleTimers
{
    /// <summary>The <see cref="DueItem.Kind"/> of rule timers.</summary>
    public const string DueItemKind = "formwork.rules.timer";

    private readonly IDueItemStore _store;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _fired = new(StringComparer.Ordinal);

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
    /// <returns>The firings with their explanations; <see cref="RunDueAsync"/> also says how many due items were processed.</returns>
    public async Task<IReadOnlyList<RuleFiring>> ProcessDueAsync(ISessionFactory rules, Func<string, CancellationToken, Task<IReadOnlyList<object>>> load, int maxCount = 100, CancellationToken cancellationToken = default) =>
        (await RunDueAsync(rules, load, maxCount, cancellationToken).ConfigureAwait(false)).Firings;

    /// <summary>
    /// Does what <see cref="ProcessDueAsync(ISessionFactory, Func{string, CancellationToken, Task{IReadOnlyList{object}}}, int, CancellationToken)"/>
    /// does and also returns how many due items of this rule set were taken, so a host loop can tell "nothing was due"
    /// (<see cref="RuleTimerRun.DueItems"/> is 0: stop) from "due items were taken but no rule matched any more".
    /// </summary>
    /// <param name="rules">The compiled rule set.</param>
    /// <param name="load">Loads, by the id given to <see cref="ScheduleAsync(RuleSet, object, string, CancellationToken)"/>, the facts to insert: the due fact and any facts its rules join (empty when it no longer exists).</param>
    /// <param name="maxCount">How many due items to take at most.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The firings and the number of due items processed.</returns>
    public async Task<RuleTimerRun> RunDueAsync(ISessionFactory rules, Func<string, CancellationToken, Task<IReadOnlyList<object>>> load, int maxCount = 100, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(load);
        var items = await _store.TakeDueAsync(_time.GetUtcNow(), maxCount, DueItemKind, cancellationToken).ConfigureAwait(false);
        var due = new HashSet<string>(StringComparer.Ordinal);
        var facts = new List<object>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        var subjects = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
        var byId = new Dictionary<string, List<object>>(StringComparer.Ordinal);
        var taken = new List<(string Rule, string Id)>();
        var processed = 0;
        foreach (var item in items)
        {
            var payload = JsonSerializer.Deserialize<Dictionary<string, string>>(item.Payload);
            if (payload is null || payload.GetValueOrDefault("ruleSet") != rules.RuleSet.Name || !payload.TryGetValue("fact", out var id))
            {
                await _store.ScheduleAsync(item, cancellationToken).ConfigureAwait(false);
                continue;
            }

            processed++;
            due.Add(payload["rule"]);
            taken.Add((payload["rule"], id));
            if (loaded.Add(id))
            {
                var own = byId[id] = [];
                foreach (var fact in await load(id, cancellationToken).ConfigureAwait(false))
                {
                    if (fact is not null)
                    {
                        own.Add(fact);
                        if (seen.Add(fact))
                        {
                            facts.Add(fact);
                            subjects.TryAdd(fact, id);
                        }
                    }
                }
            }
        }

        if (facts.Count == 0)
        {
            return new RuleTimerRun([], processed);
        }

        var armed = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (rule, id) in taken)
        {
            Arm(rules.RuleSet, rule, id, byId[id], armed);
        }

        var session = rules.CreateSession(new SessionOptions { ExplainFirings = true });
        session.Agenda.AddFilter(new AgendaFilter(rule => due.Contains(rule.Name)));
        session.InsertAll(facts);
        session.Fire();
        MarkFired(rules.RuleSet, session.Firings, armed, fact => subjects.GetValueOrDefault(fact));
        return new RuleTimerRun(session.Firings, processed);
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
    /// <returns>The run (firings with explanations, records, effects), with <see cref="RuleRunResult.DueItems"/>: how many due items of this rule set were taken (0 when nothing was due).</returns>
    public async Task<RuleRunResult> ProcessDueAsync(ISessionFactory rules, Func<string, string, CancellationToken, Task<RecordFact?>> load, RecordRuleRunner runner, int maxCount = 100, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(runner);
        var items = await _store.TakeDueAsync(_time.GetUtcNow(), maxCount, DueItemKind, cancellationToken);
        var records = new Dictionary<string, RecordFact>(StringComparer.Ordinal);
        var due = new HashSet<string>(StringComparer.Ordinal);
        var taken = new List<(string Rule, string Key)>();
        var processed = 0;
        foreach (var item in items)
        {
            var payload = JsonSerializer.Deserialize<Dictionary<string, string>>(item.Payload);
            if (payload is null || payload.GetValueOrDefault("ruleSet") != rules.RuleSet.Name || !payload.ContainsKey("form"))
            {
                await _store.ScheduleAsync(item, cancellationToken).ConfigureAwait(false);
                continue;
            }

            processed++;
            due.Add(payload["rule"]);
            var key = payload["form"] + "/" + payload["id"];
            taken.Add((payload["rule"], key));
            if (!records.ContainsKey(key) && await load(payload["form"], payload["id"], cancellationToken).ConfigureAwait(false) is { } record)
            {
                records.Add(key, record);
            }
        }

        var armed = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (rule, key) in taken)
        {
            if (records.TryGetValue(key, out var record))
            {
                Arm(rules.RuleSet, rule, key, [record], armed);
            }
        }

        var run = await runner.RunAsync(rules, records.Values, null, new AgendaFilter(rule => due.Contains(rule.Name)), cancellationToken).ConfigureAwait(false);
        MarkFired(rules.RuleSet, run.Firings, armed, fact => fact is RecordFact record ? record.ToString() : null);
        run.DueItems = processed;
        return run;
    }

    private static string TimerId(RuleSet ruleSet, string rule, string subject) => DueItemKind + ":" + ruleSet.Name + ":" + rule + ":" + subject;

    private static void Arm(RuleSet ruleSet, string rule, string subject, IEnumerable<object> facts, Dictionary<string, DateTimeOffset> armed)
    {
        foreach (var fact in facts)
        {
            foreach (var (timerRule, timer) in ruleSet.Timers)
            {
                if (timerRule == rule && timer.Applies(fact) && timer.DueAt(fact) is { } dueAt)
                {
                    armed[TimerId(ruleSet, rule, subject)] = dueAt;
                }
            }
        }
    }

    private void MarkFired(RuleSet ruleSet, IReadOnlyList<RuleFiring> firings, Dictionary<string, DateTimeOffset> armed, Func<object, string?> subjectOf)
    {
        foreach (var firing in firings)
        {
            foreach (var matched in firing.Facts)
            {
                if (matched.Value is { } fact && subjectOf(fact) is { } subject && armed.TryGetValue(TimerId(ruleSet, firing.Rule.Name, subject), out var dueAt))
                {
                    _fired[TimerId(ruleSet, firing.Rule.Name, subject)] = dueAt;
                }
            }
        }
    }

    private async Task<int> ScheduleAsync(RuleSet ruleSet, object fact, string subject, Dictionary<string, string> key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var scheduled = 0;
        foreach (var (rule, timer) in ruleSet.Timers.Where(t => t.Timer.Applies(fact)))
        {
            var id = TimerId(ruleSet, rule, subject);
            if (timer.DueAt(fact) is { } due)
            {
                if (_fired.TryGetValue(id, out var fired) && fired == due)
                {
                    continue;
                }

                _fired.TryRemove(id, out _);
                var payload = new Dictionary<string, string>(key, StringComparer.Ordinal) { ["ruleSet"] = ruleSet.Name, ["rule"] = rule };
                await _store.ScheduleAsync(new DueItem { Id = id, Kind = DueItemKind, DueAt = due, Payload = JsonSerializer.Serialize(payload), Subject = subject }, cancellationToken);
                scheduled++;
            }
            else
            {
                _fired.TryRemove(id, out _);
                await _store.CancelAsync(id, cancellationToken);
            }
        }

        return scheduled;
    }
}
