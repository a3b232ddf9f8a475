using System;

namespace Formwork.Expressions.Internal.Evaluation;

/// <summary>What one evaluation reads: the slot values and the context. Lives on the stack; nothing is allocated.</summary>
internal readonly ref struct EvaluationFrame
{
    public EvaluationFrame(ReadOnlySpan<Value> slots, FormulaContext context, TimeZoneInfo timeZone)
    {
        Slots = slots;
        Context = context;
        TimeZone = timeZone;
    }

    public ReadOnlySpan<Value> Slots { get; }

    public FormulaContext Context { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>Returns the current time in the configured time zone.</summary>
    public DateTimeOffset Now()
    {
        var utc = Context.TimeProvider.GetUtcNow();
        return TimeZoneInfo.ConvertTime(utc, TimeZone);
    }
}
