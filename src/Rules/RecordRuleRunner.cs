using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Json;
using Formwork.Notifications;
using Formwork.Stores;
using Microsoft.Extensions.Logging;

namespace Formwork.Rules;

/// <summary>
/// Runs record rules end to end: a session with explanations, the records inserted, the rules fired, then the effects
/// the rules asked for delivered (notifications through <see cref="INotificationSender"/>, integration events and
/// workflow starts through <see cref="IOutbox"/>). Registered by <c>AddRules()</c>.
/// </summary>
public sealed class RecordRuleRunner
{
    private readonly INotificationSender _notifications;
    private readonly IOutbox _outbox;
    private readonly TimeProvider _time;
    private readonly ILogger? _logger;

    /// <summary>Creates a runner.</summary>
    /// <param name="notifications">Sends notifications.</param>
    /// <param name="outbox">Receives integration events and workflow starts.</param>
    /// <param name="time">Stamps outbox messages.</param>
    public RecordRuleRunner(INotificationSender notifications, IOutbox outbox, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(time);
        _notifications = notifications;
        _outbox = outbox;
        _time = time;
    }

    /// <summary>Creates a runner whose sessions log through the host's logging (category <see cref="RulesTelemetry.LoggerCategory"/>).</summary>
    /// <param name="notifications">Sends notifications.</param>
    /// <param name="outbox">Receives integration events and workflow starts.</param>
    /// <param name="time">Stamps outbox messages.</param>
    /// <param name="loggerFactory">Creates the logger.</param>
    public RecordRuleRunner(INotificationSender notifications, IOutbox outbox, TimeProvider time, ILoggerFactory loggerFactory)
        : this(notifications, outbox, time)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _logger = loggerFactory.CreateLogger(RulesTelemetry.LoggerCategory);
    }

    /// <summary>Inserts the records into a new session of the rule set, fires, and delivers the effects.</summary>
    /// <param name="rules">The compiled rule set.</param>
    /// <param name="records">The records.</param>
    /// <param name="options">The session options; explanations are always recorded.</param>
    /// <param name="filter">Lets only some rules fire; <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels delivery.</param>
    /// <returns>The firings, records and effects.</returns>
    public async Task<RuleRunResult> RunAsync(ISessionFactory rules, IEnumerable<RecordFact> records, SessionOptions? options = null, AgendaFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(records);
        var session = rules.CreateSession(new SessionOptions { CycleLimit = options?.CycleLimit ?? RulesConstants.DefaultCycleLimit, ExplainFirings = true, Logger = options?.Logger ?? _logger });
        if (filter is not null)
        {
            session.Agenda.AddFilter(filter);
        }
        foreach (var record in records)
        {
            session.Insert(record);
        }

        session.Fire();
        var effects = session.Query<RuleEffect>();
        var messages = new List<OutboxMessage>();
        foreach (var effect in effects)
        {
            if (effect.Kind == RuleEffectKind.Notify)
            {
                await _notifications.SendAsync(effect.Notification!, cancellationToken);
            }
            else
            {
                messages.Add(new OutboxMessage
                {
                    Id = Guid.NewGuid(),
                    Type = effect.EventType!,
                    Payload = Json(effect.Payload!),
                    OccurredAt = _time.GetUtcNow(),
                    Subject = effect.Record.ToString(),
                });
            }
        }

        if (messages.Count > 0)
        {
            await _outbox.EnqueueAsync(messages, cancellationToken);
        }

        return new RuleRunResult(session.Firings, session.Query<RecordFact>(), effects);
    }

    private static string Json(RecordData data)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, FormworkJson.WriterOptions))
        {
            ValueJson.WritePlain(writer, data);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
