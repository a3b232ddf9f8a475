using System;
using System.Globalization;

namespace Formwork.Rules.Internal.Records;

/// <summary>The C# DSL's time-based condition: true once <c>since(fact) + duration</c> is not in the future by the rule's clock.</summary>
internal sealed class ElapsedCondition<T> : IRuleTimer
{
    private readonly Func<T, DateTimeOffset?> _since;
    private readonly TimeSpan _duration;
    private readonly TimeProvider _time;
    private readonly string _key;

    public ElapsedCondition(Func<T, DateTimeOffset?> since, TimeSpan duration, TimeProvider time, string text)
    {
        _since = since;
        _duration = duration;
        _time = time;
        Text = text;
        _key = "elapsed|" + Guid.NewGuid().ToString("N");
    }

    public string Text { get; }

    public string Key => _key;

    public bool Applies(object fact) => fact is T;

    public DateTimeOffset? DueAt(object fact) => fact is T typed && _since(typed) is { } start ? start + _duration : null;

    public bool Test(object? fact) => fact is not null && DueAt(fact) is { } due && due <= _time.GetUtcNow();

    public string? Describe(object? fact) => fact is T typed
        ? "since = " + (_since(typed)?.ToString("u", CultureInfo.InvariantCulture) ?? "null") + "; now = " + _time.GetUtcNow().ToString("u", CultureInfo.InvariantCulture)
        : null;
}
