using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Json;
using Formwork.Stores;

namespace Formwork.Notifications;

/// <summary>
/// The default <see cref="INotificationSender"/>: each notification becomes an outbox message of type
/// <see cref="MessageType"/> whose payload is <c>{"channel","recipients","template","data","subject"}</c> (data in plain JSON).
/// </summary>
public sealed class OutboxNotificationSender : INotificationSender
{
    /// <summary>The outbox message type of notifications.</summary>
    public const string MessageType = "formwork.notification";

    private readonly IOutbox _outbox;
    private readonly TimeProvider _time;

    /// <summary>Creates the sender.</summary>
    /// <param name="outbox">The outbox to write to.</param>
    /// <param name="time">The clock that stamps messages.</param>
    public OutboxNotificationSender(IOutbox outbox, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(time);
        _outbox = outbox;
        _time = time;
    }

    /// <inheritdoc />
    public Task SendAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var message = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            Type = MessageType,
            Payload = ToJson(notification),
            OccurredAt = _time.GetUtcNow(),
            Subject = notification.Subject,
        };
        return _outbox.EnqueueAsync([message], cancellationToken);
    }

    /// <summary>Returns the JSON payload of a notification as written to the outbox.</summary>
    /// <param name="notification">The notification.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return FormworkJson.WriteToString(notification, static (writer, notification) =>
        {
            writer.WriteStartObject();
            writer.WriteString("channel", notification.Channel);
            writer.WriteStartArray("recipients");
            foreach (var recipient in notification.Recipients)
            {
                writer.WriteStringValue(recipient);
            }

            writer.WriteEndArray();
            writer.WriteString("template", notification.Template);
            writer.WritePropertyName("data");
            ValueJson.WritePlain(writer, notification.Data);
            if (notification.Subject is not null)
            {
                writer.WriteString("subject", notification.Subject);
            }

            writer.WriteEndObject();
        });
    }
}
