using System;
using System.Collections.Generic;

namespace CustomerPortal.Scenarios;

/// <summary>A reminder a rule sent about an opportunity.</summary>
/// <param name="OpportunityCode">The opportunity.</param>
/// <param name="Recipients">Who got it (user ids).</param>
/// <param name="At">When it was sent (Beijing time).</param>
public sealed record S5Reminder(string OpportunityCode, IReadOnlyList<string> Recipients, DateTimeOffset At);
