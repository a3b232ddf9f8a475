using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Formwork.DependencyInjection;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Reporting.Internal;
using Formwork.Stores;
using Microsoft.Extensions.Options;

namespace Formwork.Reporting;

/// <summary>
/// Runs reports: checks the definition, applies row-level scope and filters, aggregates the rows column by column
/// (in parallel), and builds the result with subtotals and grand totals computed from the rows. Also drills down
/// from a cell to the next grain or level and to the raw rows, and runs dashboards. Stateless and thread-safe.
/// </summary>
public sealed class ReportEngine
{
    private const int StorePageSize = 1_000;
    private readonly string _defaultTimeZoneId;
    private readonly TimeProvider _time;

    /// <summary>Creates an engine whose reports use a default time zone when they name none, on the system clock.</summary>
    /// <param name="defaultTimeZoneId">The IANA or Windows time zone id, such as <c>Asia/Shanghai</c>.</param>
    public ReportEngine(string defaultTimeZoneId = "Asia/Shanghai")
        : this(defaultTimeZoneId, TimeProvider.System)
    {
    }

    /// <summary>Creates an engine whose reports use a default time zone when they name none and a clock for relative periods.</summary>
    /// <param name="defaultTimeZoneId">The IANA or Windows time zone id, such as <c>Asia/Shanghai</c>.</param>
    /// <param name="timeProvider">The clock that <see cref="FilterOperator.Period"/> filters are relative to.</param>
    public ReportEngine(string defaultTimeZoneId, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrEmpty(defaultTimeZoneId);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _defaultTimeZoneId = defaultTimeZoneId;
        _time = timeProvider;
    }

    /// <summary>Creates an engine that takes the default time zone from <see cref="FormworkOptions"/>, on the system clock.</summary>
    /// <param name="options">The Formwork options.</param>
    public ReportEngine(IOptions<FormworkOptions> options)
        : this(options, TimeProvider.System)
    {
    }

    /// <summary>Creates an engine that takes the default time zone from <see cref="FormworkOptions"/> and a clock for relative periods.</summary>
    /// <param name="options">The Formwork options.</param>
    /// <param name="timeProvider">The clock that <see cref="FilterOperator.Period"/> filters are relative to.</param>
    public ReportEngine(IOptions<FormworkOptions> options, TimeProvider timeProvider)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value.TimeZoneId, timeProvider)
    {
    }

    /// <summary>Runs a report over rows.</summary>
    /// <param name="definition">The report.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="options">The actor, scope and parallelism; everyone sees everything when <see langword="null"/> and the report has no scope policy.</param>
    /// <returns>The result.</returns>
    /// <exception cref="FormworkException">The definition is not valid for the rows' dataset.</exception>
    public ReportResult Run(ReportDefinition definition, DatasetRows rows, ReportRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(rows);
        options ??= new ReportRunOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxGroups, 1, nameof(options));
        ReportValidator.EnsureValid(definition, rows.Dataset);
        if (options.Profile is { } profile)
        {
            var denied = ReportAccess.Check(definition, options.Filters, rows.Dataset, profile);
            if (denied.Count > 0)
            {
                throw new FormworkException(denied);
            }

            rows = rows.WithAccess(profile, options.Mask);
            ReportValidator.EnsureValid(definition, rows.Dataset);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(definition.TimeZoneId ?? _defaultTimeZoneId);
        var scope = ResolveScope(definition, options);
        foreach (var filter in options.Filters)
        {
            ReportValidator.EnsureValid(definition with { Filters = [filter] }, rows.Dataset);
        }

        return ReportRunner.Run(definition, rows, zone, _time.GetUtcNow(), scope, options);
    }

    /// <summary>
    /// Reads every record of a form from a record store and runs a report over them. When the dataset was joined
    /// (<see cref="ReportDataset.Join"/>), the related form's records (form id = the related dataset's id) are read too.
    /// </summary>
    /// <param name="definition">The report.</param>
    /// <param name="dataset">The dataset description of the form.</param>
    /// <param name="store">The record store.</param>
    /// <param name="formId">The form whose records are read.</param>
    /// <param name="options">The actor, scope and parallelism.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The result.</returns>
    public async Task<ReportResult> RunAsync(ReportDefinition definition, ReportDataset dataset, IRecordStore store, string formId, ReportRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(formId);
        ReportValidator.EnsureValid(definition, dataset);
        var rows = await ReadRowsAsync(dataset, store, formId, cancellationToken).ConfigureAwait(false);
        return Run(definition, rows, options);
    }

    private static async Task<DatasetRows> ReadRowsAsync(ReportDataset dataset, IRecordStore store, string formId, CancellationToken cancellationToken)
    {
        if (dataset is { JoinBase: { } joinBase, JoinField: { } field, JoinTarget: { } target })
        {
            var rows = await ReadRowsAsync(joinBase, store, formId, cancellationToken).ConfigureAwait(false);
            var related = await ReadRowsAsync(target, store, target.Id, cancellationToken).ConfigureAwait(false);
            return rows.Join(field, related);
        }

        var records = new List<StoredRecord>();
        while (true)
        {
            var page = await store.QueryAsync(new RecordQuery { FormId = formId, Skip = records.Count, Take = StorePageSize }, cancellationToken).ConfigureAwait(false);
            records.AddRange(page.Items);
            if (page.Items.Count < StorePageSize || records.Count >= page.TotalCount)
            {
                break;
            }
        }

        return DatasetRows.FromStoredRecords(dataset, records);
    }

    /// <summary>
    /// Returns the report one step finer for a cell: the cell's keys become filters and the row dimension the row is
    /// specific to is refined (year → quarter → month → day → hour, week → day, a cascade level to the next level).
    /// </summary>
    /// <param name="result">The result the cell belongs to.</param>
    /// <param name="row">The cell's row.</param>
    /// <param name="column">The cell's column, or <see langword="null"/> for the row as a whole.</param>
    /// <returns>The finer report definition.</returns>
    /// <exception cref="FormworkException">The dimension has no finer grain or level (<c>FWR0201</c>) or the cell is not in the result (<c>FWR0202</c>).</exception>
    public ReportDefinition DrillDown(ReportResult result, ResultRow row, ResultColumn? column = null)
    {
        var context = Check(result, row, column);
        var definition = result.Definition;
        if (row.Level == 0)
        {
            return definition with { Filters = [.. definition.Filters, .. CellFilters(context, row, column)], Top = null, Having = [] };
        }

        var dimension = definition.Rows[row.Level - 1];
        var mapper = context.RowMappers[row.Level - 1];
        var instants = mapper is InstantGrainMapper;
        DimensionDefinition? finer = dimension switch
        {
            { Grain: DateGrain.Year } => dimension with { Grain = DateGrain.Quarter, Label = null },
            { Grain: DateGrain.Quarter } => dimension with { Grain = DateGrain.Month, Label = null },
            { Grain: DateGrain.Month or DateGrain.Week } => dimension with { Grain = DateGrain.Day, Label = null },
            { Grain: DateGrain.Day } when instants => dimension with { Grain = DateGrain.Hour, Label = null },
            { Level: { } level } when HasLevel(context.Rows, dimension, level + 1) => dimension with { Level = level + 1, Label = null },
            _ => null,
        };
        if (finer is null)
        {
            throw new FormworkException(Diagnostic.Error(ReportingMessages.NoFinerLevel, ReportValidator.Path("$.rows", row.Level - 1), null, ("column", dimension.Column ?? dimension.Formula)));
        }

        return definition with
        {
            Filters = [.. definition.Filters, .. CellFilters(context, row, column)],
            Rows = [finer],
            Columns = [],
            Top = null,
            Having = [],
            Subtotals = false,
        };
    }

    /// <summary>Returns one page of the raw rows behind a cell.</summary>
    /// <param name="result">The result the cell belongs to.</param>
    /// <param name="row">The cell's row.</param>
    /// <param name="column">The cell's column, or <see langword="null"/> for the row as a whole.</param>
    /// <param name="skip">How many rows to skip.</param>
    /// <param name="take">How many rows to return at most.</param>
    /// <returns>The page.</returns>
    public DrillPage DrillToRecords(ReportResult result, ResultRow row, ResultColumn? column = null, int skip = 0, int take = 100)
    {
        var context = Check(result, row, column);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        var rows = context.Rows;
        var dims = new List<(KeyMapper Mapper, int Code, int[]? Remap)>();
        for (var d = 0; d < row.Level; d++)
        {
            var remap = result.Definition.Top is { } top && top.Dimension == d ? context.TopRemap : null;
            dims.Add((context.RowMappers[d], row.Codes[d], remap));
        }

        for (var d = 0; column is not null && d < column.Level; d++)
        {
            dims.Add((context.ColumnMappers[d], column.Codes[d], null));
        }

        const int block = 4096;
        var codes = new int[block];
        var matches = new bool[block];
        var indexes = new List<int>();
        var total = 0;
        for (var start = 0; start < rows.Count; start += block)
        {
            var count = Math.Min(block, rows.Count - start);
            for (var j = 0; j < count; j++)
            {
                matches[j] = context.Mask is null || context.Mask[start + j];
            }

            foreach (var (mapper, code, remap) in dims)
            {
                mapper.Map(start, count, codes);
                for (var j = 0; j < count; j++)
                {
                    var actual = remap is null ? codes[j] : remap[codes[j]];
                    matches[j] &= actual == code;
                }
            }

            for (var j = 0; j < count; j++)
            {
                if (matches[j])
                {
                    if (total >= skip && indexes.Count < take)
                    {
                        indexes.Add(start + j);
                    }

                    total++;
                }
            }
        }

        return new DrillPage(indexes, indexes.Select(rows.GetRecordId).ToArray(), indexes.Select(rows.GetRecord).ToArray(), total, skip);
    }

    /// <summary>
    /// Runs every widget of a dashboard with the dashboard's shared filters; a widget whose report has no scope policy
    /// gets the dashboard's <see cref="DashboardDefinition.Scope"/>.
    /// </summary>
    /// <param name="dashboard">The dashboard.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="options">The actor, scope and parallelism.</param>
    /// <returns>The widget results in order.</returns>
    public DashboardResult RunDashboard(DashboardDefinition dashboard, DatasetRows rows, ReportRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        ArgumentNullException.ThrowIfNull(rows);
        options ??= new ReportRunOptions();
        var widgetOptions = options with { Filters = [.. dashboard.Filters, .. options.Filters] };
        var results = dashboard.Widgets
            .Select(w => new WidgetResult(w, Run(w.Report.Scope is null && dashboard.Scope is { } scope ? w.Report with { Scope = scope } : w.Report, rows, widgetOptions)))
            .ToArray();
        return new DashboardResult(dashboard, results);
    }

    private static RecordScope ResolveScope(ReportDefinition definition, ReportRunOptions options)
    {
        if (options.Scope is { } scope)
        {
            return scope;
        }

        if (definition.Scope is not { } policy)
        {
            return RecordScope.All;
        }

        if (options.Actor is null)
        {
            throw new ArgumentException($"The report '{definition.Id}' has a row-level scope policy; run it for an actor.", nameof(options));
        }

        return policy.Resolve(options.Actor);
    }

    private static RunContext Check(ReportResult result, ResultRow row, ResultColumn? column)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(row);
        if (result.Context is not { } context || !result.Rows.Contains(row) || (column is not null && !result.Columns.Contains(column)))
        {
            throw new FormworkException(Diagnostic.Error(ReportingMessages.CellNotInReport, null, null));
        }

        return context;
    }

    private static IEnumerable<FilterDefinition> CellFilters(RunContext context, ResultRow row, ResultColumn? column)
    {
        var definition = context.Definition;
        for (var d = 0; d < row.Level; d++)
        {
            yield return CellFilter(context, definition.Rows[d], context.RowMappers[d], row.Codes[d], row.IsOthers && definition.Top?.Dimension == d);
        }

        for (var d = 0; column is not null && d < column.Level; d++)
        {
            yield return CellFilter(context, definition.Columns[d], context.ColumnMappers[d], column.Codes[d], false);
        }
    }

    private static bool HasLevel(DatasetRows rows, DimensionDefinition dimension, int level)
    {
        if (dimension.Formula is not { } formula)
        {
            return level < rows.Dataset.GetColumn(dimension.Column!).Levels.Count;
        }

        var cascade = (CascadeColumn)rows.GetDerived(ReportFormulas.CompileChecked(formula, rows.Dataset), ValueKind.List, level + 1);
        return cascade.Levels[level].Dictionary.Length > 1;
    }

    private static FilterDefinition CellFilter(RunContext context, DimensionDefinition dimension, KeyMapper mapper, int code, bool others)
    {
        var filter = ColumnCellFilter(context, dimension, mapper, code, others);
        return dimension.Formula is { } formula ? filter with { Column = null, Formula = formula } : filter;
    }

    private static FilterDefinition ColumnCellFilter(RunContext context, DimensionDefinition dimension, KeyMapper mapper, int code, bool others)
    {
        var column = dimension.Column;
        if (others)
        {
            return new FilterDefinition { Column = column, Operator = FilterOperator.NotIn, Values = context.TopKept };
        }

        if (code == 0 && mapper is not BandMapper)
        {
            return new FilterDefinition { Column = column, Level = dimension.Level, Operator = FilterOperator.IsBlank };
        }

        switch (mapper)
        {
            case DayGrainMapper day:
                var (from, to) = day.Range(code);
                return new FilterDefinition { Column = column, Operator = FilterOperator.Range, Values = [from, to] };
            case InstantGrainMapper instant:
                var (start, end) = instant.Range(code);
                return new FilterDefinition { Column = column, Operator = FilterOperator.Range, Values = [start, end] };
            case BandMapper band when code == 0:
                return new FilterDefinition { Column = column, Operator = FilterOperator.IsBlank };
            case BandMapper band:
                var (low, high) = band.Range(code);
                return (low, high) switch
                {
                    ({ } l, { } h) => new FilterDefinition { Column = column, Operator = FilterOperator.Range, Values = [l, h] },
                    ({ } l, null) => new FilterDefinition { Column = column, Operator = FilterOperator.GreaterThanOrEqual, Values = [l] },
                    _ => new FilterDefinition { Column = column, Operator = FilterOperator.LessThan, Values = [high!.Value] },
                };
            default:
                return new FilterDefinition { Column = column, Level = dimension.Level, Operator = FilterOperator.Equal, Values = [mapper.Key(code)] };
        }
    }
}
