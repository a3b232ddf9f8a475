using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Formwork.Diagnostics;
using Formwork.Reporting.Internal;

namespace Formwork.Reporting;

/// <summary>
/// Checks a <see cref="ReportDefinition"/> against a <see cref="ReportDataset"/>: unknown columns, measures that
/// cannot apply to a column's type, grains on non-date columns and the like, each a <see cref="Diagnostic"/> with the
/// JSON path of the definition's JSON form.
/// </summary>
public static class ReportValidator
{
    /// <summary>Checks a definition.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="dataset">The dataset it runs over.</param>
    /// <returns>The diagnostics; empty when the definition is valid.</returns>
    public static IReadOnlyList<Diagnostic> Validate(ReportDefinition definition, ReportDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(dataset);
        var diagnostics = new List<Diagnostic>();
        if (string.IsNullOrEmpty(definition.Id))
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.EmptyId, "$.id", null));
        }

        if (definition.TimeZoneId is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.UnknownTimeZone, "$.timeZone", null, ("zone", zone)));
        }

        for (var i = 0; i < definition.Filters.Count; i++)
        {
            CheckFilter(definition.Filters[i], dataset, null, Path("$.filters", i), diagnostics);
        }

        for (var i = 0; i < definition.Rows.Count; i++)
        {
            CheckDimension(definition.Rows[i], dataset, Path("$.rows", i), diagnostics);
        }

        for (var i = 0; i < definition.Columns.Count; i++)
        {
            CheckDimension(definition.Columns[i], dataset, Path("$.columns", i), diagnostics);
        }

        var measureIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Measures.Count; i++)
        {
            var measure = definition.Measures[i];
            var path = Path("$.measures", i);
            if (string.IsNullOrEmpty(measure.Id))
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.Required, path + ".id", null, ("name", "id")));
            }
            else if (!measureIds.Add(measure.Id))
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.DuplicateMeasure, path + ".id", null, ("measure", measure.Id)));
            }

            CheckMeasure(definition, measure, dataset, path, diagnostics);
        }

        CheckMeasureCycles(definition, diagnostics);

        for (var i = 0; i < definition.Having.Count; i++)
        {
            CheckFilter(definition.Having[i], dataset, measureIds, Path("$.having", i), diagnostics, definition);
        }

        if (definition.Sort is { } sort && !measureIds.Contains(sort.Measure))
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.UnknownMeasure, "$.sort.measure", null, ("measure", sort.Measure)));
        }

        if (definition.Top is { } top)
        {
            if (!measureIds.Contains(top.Measure))
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.UnknownMeasure, "$.top.measure", null, ("measure", top.Measure)));
            }

            if (top.Count < 1 || top.Dimension < 0 || top.Dimension >= definition.Rows.Count
                || definition.Rows[top.Dimension] is not { Grain: null, Bands: null, Level: null, Formula: null })
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.BadTop, "$.top", null, ("dimension", top.Dimension)));
            }
        }

        if (definition.Kind == ReportKind.Funnel)
        {
            if (definition.Funnel is not { } funnel || funnel.Stages.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.FunnelRequired, "$.funnel", null));
            }
            else if (!dataset.TryGetColumn(funnel.Column, out _))
            {
                diagnostics.Add(UnknownColumn(dataset, funnel.Column, "$.funnel.column"));
            }
        }
        else if (definition.Measures.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.NoMeasures, "$.measures", null));
        }

        return diagnostics;
    }

    /// <summary>Checks a definition and throws when it is not valid.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="dataset">The dataset it runs over.</param>
    /// <exception cref="FormworkException">The definition has errors; every diagnostic is attached.</exception>
    public static void EnsureValid(ReportDefinition definition, ReportDataset dataset)
    {
        var diagnostics = Validate(definition, dataset);
        if (diagnostics.Any(d => d.IsError))
        {
            throw new FormworkException(diagnostics);
        }
    }

    internal static string Path(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static Diagnostic UnknownColumn(ReportDataset dataset, string column, string path) =>
        Diagnostic.Error(ReportingMessages.UnknownColumn, path, null, ("dataset", dataset.Id), ("column", column));

    private static void CheckMeasureCycles(ReportDefinition definition, List<Diagnostic> diagnostics)
    {
        var scope = ReportFormulas.MeasureScope(definition);
        var edges = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var measure in definition.Measures)
        {
            if (measure.Formula is { } formula && !string.IsNullOrEmpty(measure.Id)
                && ReportFormulas.Compile(formula, scope, "$", null) is { } compiled)
            {
                edges.TryAdd(measure.Id, compiled.Dependencies);
            }
        }

        for (var i = 0; i < definition.Measures.Count; i++)
        {
            var id = definition.Measures[i].Id;
            if (!edges.ContainsKey(id))
            {
                continue;
            }

            var trail = new List<string> { id };
            if (FindCycle(id, id, edges, trail, new HashSet<string>(StringComparer.Ordinal)))
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.MeasureCycle, Path("$.measures", i) + ".formula", null,
                    ("measure", id), ("cycle", string.Join(" -> ", trail))));
            }
        }
    }

    private static bool FindCycle(string start, string current, Dictionary<string, IReadOnlyList<string>> edges, List<string> trail, HashSet<string> seen)
    {
        if (!edges.TryGetValue(current, out var next) || !seen.Add(current))
        {
            return false;
        }

        foreach (var dependency in next)
        {
            trail.Add(dependency);
            if (string.Equals(dependency, start, StringComparison.Ordinal) || FindCycle(start, dependency, edges, trail, seen))
            {
                return true;
            }

            trail.RemoveAt(trail.Count - 1);
        }

        return false;
    }

    private static void CheckDimension(DimensionDefinition dimension, ReportDataset dataset, string path, List<Diagnostic> diagnostics)
    {
        var options = (dimension.Grain is null ? 0 : 1) + (dimension.Bands is null ? 0 : 1) + (dimension.Level is null ? 0 : 1);
        if (dimension.Formula is { } formula)
        {
            if (dimension.Column is not null || options > 1)
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.DimensionConflict, path, null));
                return;
            }

            var kind = ReportFormulas.Compile(formula, ReportFormulas.DatasetScope(dataset), path + ".formula", diagnostics)?.ResultKind;
            CheckDerivedShape(dimension, formula, kind, path, diagnostics);
            return;
        }

        if (dimension.Column is not { } name)
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.DimensionNeedsColumn, path, null));
            return;
        }

        if (!dataset.TryGetColumn(name, out var column))
        {
            diagnostics.Add(UnknownColumn(dataset, name, path + ".column"));
            return;
        }

        if (options > 1)
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.DimensionConflict, path, null));
            return;
        }

        if (dimension.Grain is { } grain)
        {
            if (column.Kind is not (ValueKind.Date or ValueKind.DateTime))
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.GrainNotDate, path + ".grain", null, ("column", name), ("kind", column.Kind)));
            }
            else if (grain == DateGrain.Hour && column.Kind == ValueKind.Date)
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.HourOnDate, path + ".grain", null, ("column", name)));
            }
        }

        if (dimension.Bands is { } bands)
        {
            if (column.Kind != ValueKind.Number)
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.BandsNotNumber, path + ".bands", null, ("column", name), ("kind", column.Kind)));
            }
            else if (bands.Count == 0 || bands.Zip(bands.Skip(1)).Any(p => p.First >= p.Second))
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.BandsNotAscending, path + ".bands", null));
            }
        }

        if (dimension.Level is { } level && (!column.IsCascade || level < 0 || level >= column.Levels.Count))
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.BadLevel, path + ".level", null, ("column", name), ("level", level)));
        }
    }

    private static void CheckDerivedShape(DimensionDefinition dimension, string formula, ValueKind? kind, string path, List<Diagnostic> diagnostics)
    {
        if (dimension.Grain is { } grain)
        {
            if (kind is { } k && k is not (ValueKind.Date or ValueKind.DateTime))
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.GrainNotDate, path + ".grain", null, ("column", formula), ("kind", k)));
            }
            else if (grain == DateGrain.Hour && kind != ValueKind.DateTime)
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.HourOnDate, path + ".grain", null, ("column", formula)));
            }
        }

        if (dimension.Bands is { } bands)
        {
            if (kind is { } k && k != ValueKind.Number)
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.BandsNotNumber, path + ".bands", null, ("column", formula), ("kind", k)));
            }
            else if (bands.Count == 0 || bands.Zip(bands.Skip(1)).Any(p => p.First >= p.Second))
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.BandsNotAscending, path + ".bands", null));
            }
        }

        if (dimension.Level is { } level && (level < 0 || kind is { } lk && lk is not (ValueKind.List or ValueKind.Text)))
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.BadLevel, path + ".level", null, ("column", formula), ("level", level)));
        }
    }

    private static void CheckMeasure(ReportDefinition definition, MeasureDefinition measure, ReportDataset dataset, string path, List<Diagnostic> diagnostics)
    {
        if (measure.Formula is { } formula)
        {
            ReportFormulas.Compile(formula, ReportFormulas.MeasureScope(definition), path + ".formula", diagnostics);
            CheckScale(measure, path, diagnostics);
            return;
        }

        var aggregate = ReportJsonNames.Aggregate(measure.Aggregate);
        if (measure.Column is not { } name)
        {
            if (measure.Aggregate != MeasureAggregate.Count)
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.MeasureNeedsColumn, path + ".column", null, ("measure", measure.Id), ("aggregate", aggregate)));
            }
        }
        else if (!dataset.TryGetColumn(name, out var column))
        {
            diagnostics.Add(UnknownColumn(dataset, name, path + ".column"));
        }
        else
        {
            var applies = measure.Aggregate switch
            {
                MeasureAggregate.Count => true,
                MeasureAggregate.DistinctCount => column.Kind != ValueKind.Table,
                MeasureAggregate.Min or MeasureAggregate.Max => column.Kind is ValueKind.Number or ValueKind.Date or ValueKind.DateTime,
                _ => column.Kind == ValueKind.Number,
            };
            if (!applies)
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.MeasureNotApplicable, path + ".column", null,
                    ("measure", measure.Id), ("aggregate", aggregate), ("column", name), ("kind", column.Kind)));
            }
        }

        CheckScale(measure, path, diagnostics);
        if (measure.Aggregate == MeasureAggregate.Percentile && measure.Percentile is not (>= 0m and <= 1m))
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.BadPercentile, path + ".percentile", null, ("measure", measure.Id)));
        }

        if (measure.Display is MeasureDisplay.PeriodChange or MeasureDisplay.PeriodChangePercent && !definition.Rows.Any(r => r.Grain is not null))
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.PeriodNeedsDateDimension, path + ".show", null, ("measure", measure.Id)));
        }
    }

    private static void CheckScale(MeasureDefinition measure, string path, List<Diagnostic> diagnostics)
    {
        if (measure.Scale is not (null or (>= 0 and <= 28)))
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.BadScale, path + ".scale", null, ("measure", measure.Id), ("scale", measure.Scale)));
        }
    }

    private static void CheckFilter(FilterDefinition filter, ReportDataset dataset, HashSet<string>? measures, string path, List<Diagnostic> diagnostics, ReportDefinition? definition = null)
    {
        var targets = (filter.Column is null ? 0 : 1) + (filter.Measure is null ? 0 : 1) + (filter.Formula is null ? 0 : 1);
        if (targets != 1 || (measures is null && filter.Measure is not null) || (measures is not null && filter.Column is not null))
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.FilterTarget, path, null));
            return;
        }

        if (filter.Operator == FilterOperator.Period && filter.Column is null)
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.Required, path + ".column", null, ("name", "column")));
            return;
        }

        if (filter.Formula is { } formula)
        {
            var scope = measures is null ? ReportFormulas.DatasetScope(dataset) : ReportFormulas.MeasureScope(definition!);
            if (ReportFormulas.Compile(formula, scope, path + ".formula", diagnostics) is { ResultKind: { } kind and not (ValueKind.Boolean or ValueKind.Number) }
                && !RowFilters.IsComparison(filter))
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.FormulaNotBoolean, path + ".formula", null, ("formula", formula), ("kind", kind)));
            }

            if (!RowFilters.IsComparison(filter))
            {
                return;
            }
        }

        if (filter.Formula is not null && filter.Level is < 0)
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.BadLevel, path + ".level", null, ("column", filter.Formula), ("level", filter.Level)));
        }

        if (filter.Column is { } name)
        {
            if (!dataset.TryGetColumn(name, out var column))
            {
                diagnostics.Add(UnknownColumn(dataset, name, path + ".column"));
                return;
            }

            if (filter.Level is { } level && (!column.IsCascade || level < 0 || level >= column.Levels.Count))
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.BadLevel, path + ".level", null, ("column", name), ("level", level)));
            }
        }
        else if (filter.Measure is { } measure && !measures!.Contains(measure))
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.UnknownMeasure, path + ".measure", null, ("measure", measure)));
        }

        if (filter.Operator == FilterOperator.Period)
        {
            CheckPeriod(filter, dataset, path, diagnostics);
        }

        var (min, max, text) = filter.Operator switch
        {
            FilterOperator.IsBlank or FilterOperator.IsNotBlank or FilterOperator.Period => (0, 0, "0"),
            FilterOperator.In or FilterOperator.NotIn => (1, int.MaxValue, "1+"),
            FilterOperator.Range => (2, 2, "2"),
            _ => (1, 1, "1"),
        };
        if (filter.Values.Count < min || filter.Values.Count > max)
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.FilterValueCount, path + ".values", null,
                ("operator", ReportJsonNames.Operator(filter.Operator)), ("count", text)));
        }
    }

    private static void CheckPeriod(FilterDefinition filter, ReportDataset dataset, string path, List<Diagnostic> diagnostics)
    {
        if (dataset.TryGetColumn(filter.Column!, out var column) && column.Kind is not (ValueKind.Date or ValueKind.DateTime))
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.PeriodColumn, path + ".column", null, ("column", filter.Column), ("kind", column.Kind)));
        }

        if (filter.Period is not { } period)
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.Required, path + ".value", null, ("name", "value")));
        }
        else if (period == RelativePeriod.LastDays && filter.Days is not >= 1)
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.PeriodDays, path + ".days", null, ("days", filter.Days?.ToString(CultureInfo.InvariantCulture) ?? "missing")));
        }
        else if (period != RelativePeriod.LastDays && filter.Days is not null)
        {
            diagnostics.Add(Diagnostic.Error(ReportingMessages.PeriodDaysUnused, path + ".days", null, ("period", ReportJsonNames.Period(period))));
        }
    }
}
