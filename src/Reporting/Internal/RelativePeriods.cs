using System;

namespace Formwork.Reporting.Internal;

/// <summary>Turns a relative period into the half-open range of local days it covers on a given day.</summary>
internal static class RelativePeriods
{
    public static (DateOnly From, DateOnly To) Days(RelativePeriod period, int? days, DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var quarter = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var year = new DateOnly(today.Year, 1, 1);
        return period switch
        {
            RelativePeriod.Today => (today, today.AddDays(1)),
            RelativePeriod.Yesterday => (today.AddDays(-1), today),
            RelativePeriod.ThisMonth => (month, month.AddMonths(1)),
            RelativePeriod.LastMonth => (month.AddMonths(-1), month),
            RelativePeriod.ThisQuarter => (quarter, quarter.AddMonths(3)),
            RelativePeriod.LastQuarter => (quarter.AddMonths(-3), quarter),
            RelativePeriod.ThisYear => (year, year.AddYears(1)),
            RelativePeriod.LastYear => (year.AddYears(-1), year),
            _ => (today.AddDays(1 - days!.Value), today.AddDays(1)),
        };
    }

    /// <summary>Returns the range filter a period filter stands for at <paramref name="now"/> in <paramref name="zone"/>.</summary>
    public static FilterDefinition Resolve(FilterDefinition filter, ValueKind kind, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var (from, to) = Days(filter.Period!.Value, filter.Days, today);
        Value[] bounds = kind == ValueKind.DateTime
            ? [Value.FromDateTime(StartOfDay(from, zone)), Value.FromDateTime(StartOfDay(to, zone))]
            : [Value.FromDate(from), Value.FromDate(to)];
        return filter with { Operator = FilterOperator.Range, Values = bounds, Period = null, Days = null };
    }

    /// <summary>Returns the instant a local day starts in a zone (the first valid local time when a clock change skips midnight).</summary>
    private static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
