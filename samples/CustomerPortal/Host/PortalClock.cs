using System;

namespace CustomerPortal.Host;

/// <summary>
/// The portal's clock. The tour plays out days of business in seconds, so time is simulated: it starts at a fixed
/// moment (reproducible output) and scenarios move it forward to let SLAs, reminders and time-based rules fall due.
/// </summary>
public sealed class PortalClock : TimeProvider
{
    private DateTimeOffset now;

    /// <summary>Creates a clock standing at <paramref name="start"/>.</summary>
    public PortalClock(DateTimeOffset start) => now = start;

    /// <summary>The moment the tour starts: Monday 23 November 2026, 09:00 Beijing time.</summary>
    public static DateTimeOffset TourStart { get; } = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The China Standard Time zone the portal's users live in.</summary>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    /// <summary>The current moment in Beijing time.</summary>
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(now, LocalTimeZone);

    /// <summary>Today in Beijing.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        now += by;
    }
}
