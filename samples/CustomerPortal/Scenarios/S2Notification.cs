using System.Collections.Generic;

namespace CustomerPortal.Scenarios;

/// <summary>A notification the ticket rules sent.</summary>
/// <param name="Template">ticket.dispatched or ticket.escalated.</param>
/// <param name="Recipients">User ids.</param>
/// <param name="Serial">The device's serial number, from the notification's data.</param>
public sealed record S2Notification(string Template, IReadOnlyList<string> Recipients, string Serial);
