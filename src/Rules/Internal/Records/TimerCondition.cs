using System;
using Formwork.Expressions;

namespace Formwork.Rules.Internal.Records;

/// <summary>"A duration has passed since a date field": true once the field's time plus the duration is not in the future.</summary>
internal sealed class TimerCondition : IRuleTimer
{
    public TimerCondition(string form, string field, TimeSpan duration, string durationText, FormulaContext context)
    {
        Form = form;
        Field = field;
        Duration = duration;
        Context = context;
        Text = durationText + " after " + field;
    }

    public string Form { get; }

    public string Field { get; }

    public TimeSpan Duration { get; }

    public FormulaContext Context { get; }

    public string Text { get; }

    public string Key => "timer|" + Form + "|" + Field + "|" + Duration.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static DateTimeOffset? Start(RecordData data, string field) =>
        data.TryGetValue(field, out var value) ? value.Kind switch
        {
            ValueKind.DateTime => value.AsDateTime(),
            ValueKind.Date => new DateTimeOffset(value.AsDate().ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            _ => null,
        } : null;

    public DateTimeOffset? DueAt(RecordData data) => Start(data, Field) + Duration;

    public bool Applies(object fact) => fact is RecordFact record && record.Form == Form;

    public DateTimeOffset? DueAt(object fact) => fact is RecordFact record ? DueAt(record.Data) : null;

    public bool Test(RecordFact record) => DueAt(record.Data) is { } due && due <= Context.TimeProvider.GetUtcNow();

    public string? Describe(object? fact) => fact is RecordFact record
        ? Field + " = " + (Start(record.Data, Field)?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "blank") + "; now = " + Context.TimeProvider.GetUtcNow().ToString("u", System.Globalization.CultureInfo.InvariantCulture)
        : null;
}
