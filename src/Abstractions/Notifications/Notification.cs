using System.Collections.Generic;

namespace Formwork.Notifications;

/// <summary>A message to people: an IM card, an SMS, an email. The host turns the template and data into the real message.</summary>
public sealed record Notification
{
    /// <summary>Gets the channel, such as <c>im</c>, <c>sms</c>, <c>email</c>; hosts define their own.</summary>
    public required string Channel { get; init; }

    /// <summary>Gets the user ids (or addresses, for external recipients) to send to.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>Gets the template name, such as <c>lead.assigned</c>, or the literal text when the host uses no templates.</summary>
    public required string Template { get; init; }

    /// <summary>Gets the data the template fills in (frozen).</summary>
    public RecordData Data { get; init; } = new RecordData().Freeze();

    /// <summary>Gets what the notification is about, such as <c>lead/l-1</c>.</summary>
    public string? Subject { get; init; }
}
