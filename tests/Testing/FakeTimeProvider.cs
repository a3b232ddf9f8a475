using System;
using System.Collections.Generic;
using System.Threading;

namespace Formwork.Testing;

/// <summary>
/// A <see cref="TimeProvider"/> whose clock moves only when a test says so (Microsoft's FakeTimeProvider package is
/// not in the feed this project builds against). Timers created from it fire when <see cref="Advance"/> passes them.
/// </summary>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<FakeTimer> _timers = [];
    private DateTimeOffset _now;
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;

    /// <summary>Creates a clock at the given time (default 2026-01-15 10:00 +08:00).</summary>
    /// <param name="start">The start time.</param>
    public FakeTimeProvider(DateTimeOffset? start = null)
    {
        _now = start ?? new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.FromHours(8));
    }

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => _zone;

    /// <summary>Sets the local time zone the clock reports.</summary>
    /// <param name="zone">The zone.</param>
    public void SetLocalTimeZone(TimeZoneInfo zone) => _zone = zone;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now.ToUniversalTime();
        }
    }

    /// <summary>Moves the clock forward and fires the timers that came due.</summary>
    /// <param name="delta">How far; must not be negative.</param>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        List<FakeTimer> due;
        lock (_gate)
        {
            _now += delta;
            due = _timers.FindAll(t => t.DueAt <= _now);
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    /// <summary>Sets the clock to a time (forward only).</summary>
    /// <param name="now">The new time.</param>
    public void SetUtcNow(DateTimeOffset now) => Advance(now - GetUtcNow());

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period;

        public DateTimeOffset DueAt { get; private set; } = DateTimeOffset.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                _period = period;
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    DueAt = owner._now + dueTime;
                    owner._timers.Add(this);
                }
            }

            return true;
        }

        public void Fire()
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
                {
                    DueAt += _period;
                    owner._timers.Add(this);
                }
            }

            callback(state);
        }

        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
            }
        }

        public System.Threading.Tasks.ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
