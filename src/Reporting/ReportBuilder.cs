using System;
using System.Collections.Generic;

namespace Formwork.Reporting;

/// <summary>
/// Builds a <see cref="ReportDefinition"/> in C#: the same model the JSON reader produces. Every method returns the
/// builder; <see cref="Build(ReportDataset)"/> checks the result against a dataset.
/// </summary>
public sealed class ReportBuilder
{
    private readonly List<FilterDefinition> _filters = [];
    private readonly List<DimensionDefinition> _rows = [];
    private readonly List<DimensionDefinition> _columns = [];
    private readonly List<MeasureDefinition> _measures = [];
    private readonly List<FilterDefinition> _having = [];
    private ReportDefinition _report;

    /// <summary>Starts a report.</summary>
    /// <param name="id">The report's id.</param>
    public ReportBuilder(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        _report = new ReportDefinition { Id = id };
    }

    /// <summary>Sets the title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Title(string title)
    {
        _report = _report with { Title = title };
        return this;
    }

    /// <summary>Sets the time zone date grains use.</summary>
    /// <param name="timeZoneId">The IANA or Windows time zone id.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder TimeZone(string timeZoneId)
    {
        _report = _report with { TimeZoneId = timeZoneId };
        return this;
    }

    /// <summary>Adds a row dimension.</summary>
    /// <param name="column">The column.</param>
    /// <param name="grain">The date grain, for a date or date-time column.</param>
    /// <param name="label">The caption.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Row(string column, DateGrain? grain = null, string? label = null) =>
        Add(_rows, new DimensionDefinition { Column = column, Grain = grain, Label = label });

    /// <summary>Adds a row dimension of number bands.</summary>
    /// <param name="column">The number column.</param>
    /// <param name="bounds">The ascending band boundaries.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder RowBands(string column, params decimal[] bounds) =>
        Add(_rows, new DimensionDefinition { Column = column, Bands = bounds });

    /// <summary>Adds a row dimension of one level of a cascade column.</summary>
    /// <param name="column">The cascade column.</param>
    /// <param name="level">The level (0 = first).</param>
    /// <returns>This builder.</returns>
    public ReportBuilder RowLevel(string column, int level) =>
        Add(_rows, new DimensionDefinition { Column = column, Level = level });

    /// <summary>Adds a column dimension.</summary>
    /// <param name="column">The column.</param>
    /// <param name="grain">The date grain, for a date or date-time column.</param>
    /// <param name="label">The caption.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Column(string column, DateGrain? grain = null, string? label = null) =>
        Add(_columns, new DimensionDefinition { Column = column, Grain = grain, Label = label });

    /// <summary>Adds a dimension as given (bands, levels, derived formulas).</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="onColumns">Whether it goes on the columns instead of the rows.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Dimension(DimensionDefinition dimension, bool onColumns = false) =>
        Add(onColumns ? _columns : _rows, dimension ?? throw new ArgumentNullException(nameof(dimension)));

    /// <summary>Adds a measure.</summary>
    /// <param name="id">The measure's id.</param>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="column">The column aggregated (optional for a row count).</param>
    /// <param name="display">How the value is shown.</param>
    /// <param name="label">The caption.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Measure(string id, MeasureAggregate aggregate, string? column = null, MeasureDisplay display = MeasureDisplay.Value, string? label = null) =>
        Add(_measures, new MeasureDefinition { Id = id, Aggregate = aggregate, Column = column, Display = display, Label = label });

    /// <summary>Adds a percentile measure.</summary>
    /// <param name="id">The measure's id.</param>
    /// <param name="column">The number column.</param>
    /// <param name="percentile">The percentile between 0 and 1.</param>
    /// <param name="label">The caption.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Percentile(string id, string column, decimal percentile, string? label = null) =>
        Add(_measures, new MeasureDefinition { Id = id, Aggregate = MeasureAggregate.Percentile, Column = column, Percentile = percentile, Label = label });

    /// <summary>Adds a calculated measure: a formula over the other measures' ids, evaluated per cell from the aggregated values at every total level.</summary>
    /// <param name="id">The measure's id.</param>
    /// <param name="formula">The formula, for example <c>signed / leads</c>.</param>
    /// <param name="display">How the value is shown (not a running total).</param>
    /// <param name="label">The caption.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Calculated(string id, string formula, MeasureDisplay display = MeasureDisplay.Value, string? label = null) =>
        Add(_measures, new MeasureDefinition { Id = id, Formula = formula, Display = display, Label = label });

    /// <summary>Adds a row count measure.</summary>
    /// <param name="id">The measure's id.</param>
    /// <param name="display">How the value is shown.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Count(string id, MeasureDisplay display = MeasureDisplay.Value) => Measure(id, MeasureAggregate.Count, null, display);

    /// <summary>Adds a sum measure.</summary>
    /// <param name="id">The measure's id.</param>
    /// <param name="column">The number column.</param>
    /// <param name="display">How the value is shown.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Sum(string id, string column, MeasureDisplay display = MeasureDisplay.Value) => Measure(id, MeasureAggregate.Sum, column, display);

    /// <summary>Adds a filter on a column, applied to the rows before aggregation.</summary>
    /// <param name="column">The column.</param>
    /// <param name="op">The operator.</param>
    /// <param name="values">The values compared with.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Where(string column, FilterOperator op, params Value[] values) =>
        Add(_filters, new FilterDefinition { Column = column, Operator = op, Values = values });

    /// <summary>Adds a filter keeping the rows whose date or date-time column falls in a period relative to the run's clock.</summary>
    /// <param name="column">The date or date-time column.</param>
    /// <param name="period">The period.</param>
    /// <param name="days">The number of days of <see cref="RelativePeriod.LastDays"/>; <see langword="null"/> for the other periods.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder WherePeriod(string column, RelativePeriod period, int? days = null) =>
        Add(_filters, new FilterDefinition { Column = column, Operator = FilterOperator.Period, Period = period, Days = days });

    /// <summary>Adds a filter as given (cascade levels, formulas).</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Where(FilterDefinition filter) => Add(_filters, filter ?? throw new ArgumentNullException(nameof(filter)));

    /// <summary>Adds a filter on a measure, applied to detail rows after aggregation.</summary>
    /// <param name="measure">The measure id.</param>
    /// <param name="op">The operator.</param>
    /// <param name="values">The values compared with.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Having(string measure, FilterOperator op, params Value[] values) =>
        Add(_having, new FilterDefinition { Measure = measure, Operator = op, Values = values });

    /// <summary>Turns subtotals on or off.</summary>
    /// <param name="on">Whether outer levels get subtotals.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Subtotals(bool on = true)
    {
        _report = _report with { Subtotals = on };
        return this;
    }

    /// <summary>Turns grand totals on or off.</summary>
    /// <param name="on">Whether the report has a grand total row and column.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder GrandTotals(bool on = true)
    {
        _report = _report with { GrandTotals = on };
        return this;
    }

    /// <summary>Sorts rows by a measure.</summary>
    /// <param name="measure">The measure id.</param>
    /// <param name="descending">Whether larger values come first.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder SortBy(string measure, bool descending = false)
    {
        _report = _report with { Sort = new SortDefinition { Measure = measure, Descending = descending } };
        return this;
    }

    /// <summary>Keeps the top N keys of a row dimension.</summary>
    /// <param name="dimension">The row dimension index.</param>
    /// <param name="count">How many keys to keep.</param>
    /// <param name="measure">The measure ranked by.</param>
    /// <param name="others">Whether the rest forms an "Others" bucket.</param>
    /// <param name="othersLabel">The caption of the bucket.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Top(int dimension, int count, string measure, bool others = true, string othersLabel = "Others")
    {
        _report = _report with { Top = new TopDefinition { Dimension = dimension, Count = count, Measure = measure, Others = others, OthersLabel = othersLabel } };
        return this;
    }

    /// <summary>Makes the report a funnel.</summary>
    /// <param name="column">The stage column.</param>
    /// <param name="stages">The stages in order.</param>
    /// <param name="cumulative">Whether a record counts for every earlier stage too.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Funnel(string column, IReadOnlyList<Value> stages, bool cumulative = true)
    {
        _report = _report with { Kind = ReportKind.Funnel, Funnel = new FunnelDefinition { Column = column, Stages = stages, Cumulative = cumulative } };
        return this;
    }

    /// <summary>Sets the row-level scope policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public ReportBuilder Scope(ScopePolicy policy)
    {
        _report = _report with { Scope = policy };
        return this;
    }

    /// <summary>Returns the definition without checking it against a dataset.</summary>
    /// <returns>The definition.</returns>
    public ReportDefinition Build() =>
        _report with { Filters = [.. _filters], Rows = [.. _rows], Columns = [.. _columns], Measures = [.. _measures], Having = [.. _having] };

    /// <summary>Returns the definition after checking it against a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="Formwork.Diagnostics.FormworkException">The definition has errors.</exception>
    public ReportDefinition Build(ReportDataset dataset)
    {
        var definition = Build();
        ReportValidator.EnsureValid(definition, dataset);
        return definition;
    }

    private ReportBuilder Add<T>(List<T> list, T item)
    {
        list.Add(item);
        return this;
    }
}
