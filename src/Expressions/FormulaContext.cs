using System;

namespace Formwork.Expressions;

/// <summary>
/// What an evaluation may read besides the field values: the clock and time zone for <c>TODAY()</c>/<c>NOW()</c> and a
/// resolver for related records passed as references. Create one per host (or per request) and reuse it; it is immutable.
/// </summary>
public sealed class FormulaContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="timeProvider">The clock; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="timeZone">The time zone in which dates are read; <see langword="null"/> for the compiler's <see cref="FormulaOptions.TimeZoneId"/>.</param>
    /// <param name="recordResolver">Resolves a related record given as a <see cref="ValueKind.Reference"/>; <see langword="null"/> when related records are passed as tables.</param>
    public FormulaContext(TimeProvider? timeProvider = null, TimeZoneInfo? timeZone = null, Func<RecordReference, RecordData?>? recordResolver = null)
    {
        TimeProvider = timeProvider ?? TimeProvider.System;
        TimeZone = timeZone;
        RecordResolver = recordResolver;
    }

    /// <summary>Gets the default context: the system clock, the compiler's time zone, no record resolver.</summary>
    public static FormulaContext Default { get; } = new();

    /// <summary>Gets the clock <c>TODAY()</c> and <c>NOW()</c> read.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Gets the time zone in which dates are read, or <see langword="null"/> for the compiler's.</summary>
    public TimeZoneInfo? TimeZone { get; }

    /// <summary>Gets the resolver of related records given as references, if any; a missing record reads as blank fields.</summary>
    public Func<RecordReference, RecordData?>? RecordResolver { get; }
}
