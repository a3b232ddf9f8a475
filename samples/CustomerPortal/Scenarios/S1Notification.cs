using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Formwork.Notifications;
using Formwork.Stores;

namespace CustomerPortal.Scenarios;

/// <summary>A notification (S1 and S5) waiting in the outbox for the host to deliver (IM, SMS, email), as the host reads it.</summary>
/// <param name="Channel">The channel: <c>im</c>, <c>sms</c>, ...</param>
/// <param name="Recipients">The recipients (user ids, or phone numbers for SMS).</param>
/// <param name="Template">The message template.</param>
/// <param name="Subject">What it is about (<c>lead/L-0001</c>).</param>
/// <param name="Data">The template data, as plain text.</param>
public sealed record S1Notification(string Channel, IReadOnlyList<string> Recipients, string Template, string? Subject, IReadOnlyDictionary<string, string> Data)
{
    /// <summary>Reads every notification message of the outbox.</summary>
    public static IReadOnlyList<S1Notification> ReadAll(IReadOnlyList<OutboxMessage> messages) =>
        messages.Where(m => m.Type == OutboxNotificationSender.MessageType).Select(m => Parse(m.Payload)).ToArray();

    private static S1Notification Parse(string payload)
    {
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        var data = new Dictionary<string, string>();
        if (root.TryGetProperty("data", out var values) && values.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in values.EnumerateObject())
            {
                data[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return new S1Notification(
            root.GetProperty("channel").GetString()!,
            root.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()!).ToArray(),
            root.GetProperty("template").GetString()!,
            root.TryGetProperty("subject", out var subject) ? subject.GetString() : null,
            data);
    }
}
