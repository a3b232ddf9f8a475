using System.Collections.Generic;

namespace CustomerPortal.Scenarios;

/// <summary>A notification the contract rules sent.</summary>
/// <param name="Channel">im or sms.</param>
/// <param name="Recipients">User ids.</param>
/// <param name="Template">The template (or the text of an SMS).</param>
/// <param name="Customer">The contract's customer, when the notification carries it.</param>
public sealed record S4Notification(string Channel, IReadOnlyList<string> Recipients, string Template, string? Customer);
