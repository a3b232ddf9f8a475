using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Forms;

namespace Formwork.Reporting.Internal;

/// <summary>The JSON names of the definition enums.</summary>
internal static class ReportJsonNames
{
    public static readonly IReadOnlyDictionary<string, MeasureAggregate> Aggregates = Map(
        ("count", MeasureAggregate.Count), ("distinctCount", MeasureAggregate.DistinctCount), ("sum", MeasureAggregate.Sum),
        ("average", MeasureAggregate.Average), ("min", MeasureAggregate.Min), ("max", MeasureAggregate.Max),
        ("median", MeasureAggregate.Median), ("percentile", MeasureAggregate.Percentile));

    public static readonly IReadOnlyDictionary<string, MeasureDisplay> Displays = Map(
        ("value", MeasureDisplay.Value), ("percentOfTotal", MeasureDisplay.PercentOfTotal), ("percentOfRow", MeasureDisplay.PercentOfRow),
        ("percentOfColumn", MeasureDisplay.PercentOfColumn), ("runningTotal", MeasureDisplay.RunningTotal),
        ("periodChange", MeasureDisplay.PeriodChange), ("periodChangePercent", MeasureDisplay.PeriodChangePercent));

    public static readonly IReadOnlyDictionary<string, DateGrain> Grains = Map(
        ("year", DateGrain.Year), ("quarter", DateGrain.Quarter), ("month", DateGrain.Month), ("week", DateGrain.Week),
        ("day", DateGrain.Day), ("hour", DateGrain.Hour));

    public static readonly IReadOnlyDictionary<string, FilterOperator> Operators = Map(
        ("eq", FilterOperator.Equal), ("ne", FilterOperator.NotEqual), ("in", FilterOperator.In), ("notIn", FilterOperator.NotIn),
        ("gt", FilterOperator.GreaterThan), ("ge", FilterOperator.GreaterThanOrEqual), ("lt", FilterOperator.LessThan),
        ("le", FilterOperator.LessThanOrEqual), ("range", FilterOperator.Range), ("isBlank", FilterOperator.IsBlank),
        ("isNotBlank", FilterOperator.IsNotBlank), ("period", FilterOperator.Period));

    public static readonly IReadOnlyDictionary<string, RelativePeriod> Periods = Map(
        ("today", RelativePeriod.Today), ("yesterday", RelativePeriod.Yesterday), ("thisMonth", RelativePeriod.ThisMonth),
        ("lastMonth", RelativePeriod.LastMonth), ("thisQuarter", RelativePeriod.ThisQuarter), ("lastQuarter", RelativePeriod.LastQuarter),
        ("thisYear", RelativePeriod.ThisYear), ("lastYear", RelativePeriod.LastYear), ("lastDays", RelativePeriod.LastDays));

    public static readonly IReadOnlyDictionary<string, RecordScope> Scopes = Map(
        ("own", RecordScope.Own), ("department", RecordScope.Department), ("all", RecordScope.All));

    public static readonly IReadOnlyDictionary<string, ReportKind> Kinds = Map(("pivot", ReportKind.Pivot), ("funnel", ReportKind.Funnel));

    public static string Aggregate(MeasureAggregate value) => NameOf(Aggregates, value);

    public static string Operator(FilterOperator value) => NameOf(Operators, value);

    public static string Period(RelativePeriod value) => NameOf(Periods, value);

    public static string Grain(DateGrain value) => NameOf(Grains, value);

    private static string NameOf<T>(IReadOnlyDictionary<string, T> map, T value)
        where T : struct, Enum => map.First(p => p.Value.Equals(value)).Key;

    private static Dictionary<string, T> Map<T>(params (string Name, T Value)[] pairs) =>
        pairs.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
