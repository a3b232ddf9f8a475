using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Formwork.Reporting.Tests;

public class RelativePeriodTests
{
    private static readonly ReportDataset Events = new("events",
    [
        new DatasetColumn("on", ValueKind.Date),
        new DatasetColumn("at", ValueKind.DateTime),
        new DatasetColumn("day", ValueKind.Number),
        new DatasetColumn("amount", ValueKind.Number),
    ]);

    private static readonly DateOnly First = new(2023, 12, 1);

    /// <summary>One record a day from 2023-12-01 to 2026-01-31 (<c>day</c> is the date's day number).</summary>
    private static DatasetRows DailyRows() => DatasetRows.FromRecords(Events, Enumerable.Range(0, 793).Select(i =>
    {
        var on = First.AddDays(i);
        return new RecordData { ["on"] = Value.FromDate(on), ["day"] = Value.FromNumber(on.DayNumber), ["amount"] = Value.FromNumber(1m) }.Freeze();
    }).ToArray());

    /// <summary>One record an hour (UTC) from 2024-12-30 to 2025-01-02.</summary>
    private static readonly DateTimeOffset[] Hours = Enumerable.Range(0, 96).Select(h => new DateTimeOffset(2024, 12, 30, 0, 0, 0, TimeSpan.Zero).AddHours(h)).ToArray();

    private static DatasetRows HourlyRows() =>
        DatasetRows.FromRecords(Events, Hours.Select(at => new RecordData { ["at"] = Value.FromDateTime(at), ["amount"] = Value.FromNumber(1m) }.Freeze()).ToArray());

    private static (DateOnly From, DateOnly To, int Count) RunDaily(string nowUtc, string zone, RelativePeriod period, int? days = null)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(nowUtc, CultureInfo.InvariantCulture));
        var report = new ReportBuilder("r").TimeZone(zone).WherePeriod("on", period, days)
            .Measure("lo", MeasureAggregate.Min, "day").Measure("hi", MeasureAggregate.Max, "day").Count("n").Build(Events);

        var total = new ReportEngine("UTC", clock).Run(report, DailyRows()).GrandTotal!;

        return (DateOnly.FromDayNumber((int)total.Cells[0].AsNumber()), DateOnly.FromDayNumber((int)total.Cells[1].AsNumber()), (int)total.Cells[2].AsNumber());
    }

    [Theory]
    [InlineData("2025-01-01T01:00:00Z", "Asia/Shanghai", RelativePeriod.ThisMonth, "2025-01-01", "2025-01-31")]
    [InlineData("2025-01-01T01:00:00Z", "Asia/Shanghai", RelativePeriod.LastMonth, "2024-12-01", "2024-12-31")]
    [InlineData("2025-01-01T01:00:00Z", "Asia/Shanghai", RelativePeriod.ThisQuarter, "2025-01-01", "2025-03-31")]
    [InlineData("2025-01-01T01:00:00Z", "Asia/Shanghai", RelativePeriod.LastQuarter, "2024-10-01", "2024-12-31")]
    [InlineData("2025-01-01T01:00:00Z", "Asia/Shanghai", RelativePeriod.ThisYear, "2025-01-01", "2025-12-31")]
    [InlineData("2025-01-01T01:00:00Z", "Asia/Shanghai", RelativePeriod.LastYear, "2024-01-01", "2024-12-31")]
    [InlineData("2025-01-01T01:00:00Z", "Asia/Shanghai", RelativePeriod.Today, "2025-01-01", "2025-01-01")]
    [InlineData("2025-01-01T01:00:00Z", "Asia/Shanghai", RelativePeriod.Yesterday, "2024-12-31", "2024-12-31")]
    [InlineData("2024-12-31T17:00:00Z", "Asia/Shanghai", RelativePeriod.ThisYear, "2025-01-01", "2025-12-31")]
    [InlineData("2024-12-31T17:00:00Z", "UTC", RelativePeriod.ThisYear, "2024-01-01", "2024-12-31")]
    [InlineData("2024-12-31T17:00:00Z", "America/New_York", RelativePeriod.Today, "2024-12-31", "2024-12-31")]
    [InlineData("2025-06-30T16:30:00Z", "Asia/Shanghai", RelativePeriod.ThisQuarter, "2025-07-01", "2025-09-30")]
    [InlineData("2025-06-30T16:30:00Z", "America/New_York", RelativePeriod.ThisQuarter, "2025-04-01", "2025-06-30")]
    [InlineData("2025-06-30T16:30:00Z", "Asia/Shanghai", RelativePeriod.LastQuarter, "2025-04-01", "2025-06-30")]
    [InlineData("2024-03-15T04:00:00Z", "Asia/Shanghai", RelativePeriod.LastMonth, "2024-02-01", "2024-02-29")]
    [InlineData("2025-03-31T20:00:00Z", "Asia/Shanghai", RelativePeriod.ThisMonth, "2025-04-01", "2025-04-30")]
    [InlineData("2025-03-31T20:00:00Z", "Europe/London", RelativePeriod.ThisMonth, "2025-03-01", "2025-03-31")]
    public void Run_PeriodOnDateColumn_KeepsTheLocalDaysOfThePeriod(string nowUtc, string zone, RelativePeriod period, string from, string to)
    {
        var (first, last, count) = RunDaily(nowUtc, zone, period);

        Assert.Equal(DateOnly.Parse(from, CultureInfo.InvariantCulture), first);
        Assert.Equal(DateOnly.Parse(to, CultureInfo.InvariantCulture), last);
        Assert.Equal(last.DayNumber - first.DayNumber + 1, count);
    }

    [Theory]
    [InlineData("2025-03-01T03:00:00Z", "Asia/Shanghai", 1, "2025-03-01")]
    [InlineData("2025-03-01T03:00:00Z", "Asia/Shanghai", 7, "2025-02-23")]
    [InlineData("2025-03-01T03:00:00Z", "America/Los_Angeles", 30, "2025-01-30")]
    public void Run_LastDays_KeepsTodayAndTheDaysBefore(string nowUtc, string zone, int days, string from)
    {
        var (first, last, count) = RunDaily(nowUtc, zone, RelativePeriod.LastDays, days);

        Assert.Equal(DateOnly.Parse(from, CultureInfo.InvariantCulture), first);
        Assert.Equal(days, count);
        Assert.Equal(first.AddDays(days - 1), last);
    }

    [Theory]
    [InlineData("Asia/Shanghai", RelativePeriod.ThisYear)]
    [InlineData("Asia/Shanghai", RelativePeriod.LastYear)]
    [InlineData("America/New_York", RelativePeriod.ThisYear)]
    [InlineData("America/New_York", RelativePeriod.Today)]
    [InlineData("Asia/Shanghai", RelativePeriod.Yesterday)]
    public void Run_PeriodOnDateTimeColumn_UsesTheLocalDaysInstants(string zoneId, RelativePeriod period)
    {
        var now = new DateTimeOffset(2024, 12, 31, 20, 0, 0, TimeSpan.Zero);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var (from, to) = period switch
        {
            RelativePeriod.ThisYear => (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year + 1, 1, 1)),
            RelativePeriod.LastYear => (new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year, 1, 1)),
            RelativePeriod.Today => (today, today.AddDays(1)),
            _ => (today.AddDays(-1), today),
        };
        var expected = Hours.Count(at =>
        {
            var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
            return local >= from && local < to;
        });
        var report = new ReportBuilder("r").TimeZone(zoneId).WherePeriod("at", period).Count("n").Build(Events);

        var result = new ReportEngine("UTC", new FakeTimeProvider(now)).Run(report, HourlyRows());

        Assert.Equal(expected, result.RecordCount);
        Assert.InRange(expected, 1, Hours.Length - 1);
    }

    [Fact]
    public void Run_ClockMoves_PeriodFollowsTheClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 31, 12, 0, 0, TimeSpan.Zero));
        var engine = new ReportEngine("UTC", clock);
        var report = new ReportBuilder("r").WherePeriod("on", RelativePeriod.ThisMonth).Count("n").Build(Events);
        var rows = DailyRows();

        var january = engine.Run(report, rows).RecordCount;
        clock.Advance(TimeSpan.FromDays(1));
        var february = engine.Run(report, rows).RecordCount;

        Assert.Equal((31, 28), (january, february));
    }

    [Fact]
    public void Read_PeriodFilterJson_RunsLikeTheBuilder()
    {
        var report = ReportDefinitionReader.Read("""
            { "id": "r", "timeZone": "Asia/Shanghai", "filters": [ { "column": "on", "op": "period", "value": "lastDays", "days": 10 } ],
              "measures": [ { "id": "n", "aggregate": "count" } ] }
            """, Events);

        var result = new ReportEngine("UTC", new FakeTimeProvider(new DateTimeOffset(2025, 5, 20, 0, 0, 0, TimeSpan.Zero))).Run(report, DailyRows());

        Assert.Equal(new FilterDefinition { Column = "on", Operator = FilterOperator.Period, Period = RelativePeriod.LastDays, Days = 10 }, report.Filters.Single() with { Values = [] });
        Assert.Equal(10, result.RecordCount);
    }

    [Theory]
    [InlineData("""{ "column": "on", "op": "period", "value": "thisMoth" }""",
        "error FWR0005 at $.filters[0].value: 'thisMoth' is not a valid value; expected one of: today, yesterday, thisMonth, lastMonth, thisQuarter, lastQuarter, thisYear, lastYear, lastDays.")]
    [InlineData("""{ "column": "on", "op": "period" }""", "error FWR0004 at $.filters[0].value: 'value' is required.")]
    [InlineData("""{ "column": "on", "op": "period", "value": "lastDays" }""",
        "error FWR0133 at $.filters[0].days: The period 'lastDays' needs 'days', a whole number of 1 or more; it is missing.")]
    [InlineData("""{ "column": "on", "op": "period", "value": "lastDays", "days": 0 }""",
        "error FWR0133 at $.filters[0].days: The period 'lastDays' needs 'days', a whole number of 1 or more; it is 0.")]
    [InlineData("""{ "column": "on", "op": "period", "value": "thisMonth", "days": 3 }""",
        "error FWR0134 at $.filters[0].days: 'days' only applies to the period 'lastDays'; this filter's period is 'thisMonth'.")]
    [InlineData("""{ "column": "amount", "op": "period", "value": "thisMonth" }""",
        "error FWR0132 at $.filters[0].column: A period filter needs a date or date-time column; 'amount' is Number.")]
    [InlineData("""{ "formula": "day > 0", "op": "period", "value": "today" }""", "error FWR0004 at $.filters[0].column: 'column' is required.")]
    [InlineData("""{ "column": "on", "op": "period", "value": "thisMonth", "values": ["2025-01-01"] }""",
        "error FWR0115 at $.filters[0].values: The operator period needs 0 value(s).")]
    public void TryRead_BadPeriodFilter_ReportsCodeAndPath(string filter, string expected)
    {
        var ok = ReportDefinitionReader.TryRead("{ \"id\": \"r\", \"filters\": [" + filter + "], \"measures\": [ { \"id\": \"n\", \"aggregate\": \"count\" } ] }", Events, out _, out var diagnostics);

        Assert.False(ok);
        Assert.Equal(expected, string.Join(" | ", diagnostics.Select(d => d.ToString())));
    }

    [Fact]
    public void Run_PeriodAsExtraFilterOnNumberColumn_IsRefused()
    {
        var report = new ReportBuilder("r").Count("n").Build(Events);
        var options = new ReportRunOptions { Filters = [new FilterDefinition { Column = "amount", Operator = FilterOperator.Period, Period = RelativePeriod.Today }] };

        var error = Assert.Throws<FormworkException>(() => new ReportEngine().Run(report, DailyRows(), options));

        Assert.Equal("FWR0132", error.Diagnostics.Single().Code);
    }

    [Fact]
    public void RunDashboard_PeriodInSharedFilters_AppliesToEveryWidget()
    {
        var dashboard = DashboardReader.Read("""
            { "id": "d", "filters": [ { "column": "on", "op": "period", "value": "lastMonth" } ],
              "widgets": [
                { "id": "n", "type": "kpi", "report": { "id": "n", "measures": [ { "id": "n", "aggregate": "count" } ] } },
                { "id": "sum", "type": "kpi", "report": { "id": "sum", "measures": [ { "id": "s", "aggregate": "sum", "column": "amount" } ] } }
              ] }
            """, Events);

        var result = new ReportEngine("Asia/Shanghai", new FakeTimeProvider(new DateTimeOffset(2024, 2, 29, 18, 0, 0, TimeSpan.Zero))).RunDashboard(dashboard, DailyRows());

        Assert.Equal([29m, 29m], result.Widgets.Select(w => w.Value.AsNumber()));
    }

    [Fact]
    public void AddReporting_RegisteredTimeProvider_IsTheEnginesClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 2, 10, 0, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddFormwork(b => b.Configure(o => o.TimeZoneId = "UTC").AddReporting());
        using var provider = services.BuildServiceProvider();

        var result = provider.GetRequiredService<ReportEngine>().Run(new ReportBuilder("r").WherePeriod("on", RelativePeriod.ThisMonth).Count("n").Build(Events), DailyRows());

        Assert.Equal(28, result.RecordCount);
    }

    [Fact]
    public void Run_PeriodOnMaskedColumn_IsRefused()
    {
        var form = new FormDefinitionLoader().Load("""
            { "id": "deal", "fields": [ { "name": "signedOn", "type": "date" } ],
              "permissions": [ { "name": "auditor", "fields": { "signedOn": "masked" } } ] }
            """).GetFormOrThrow();
        var dataset = ReportDataset.FromForm(form);
        var report = new ReportBuilder("r").WherePeriod("signedOn", RelativePeriod.ThisYear).Count("n").Build(dataset);
        var rows = DatasetRows.FromRecords(dataset, [new RecordData { ["signedOn"] = Value.FromDate(new DateOnly(2025, 1, 2)) }.Freeze()]);

        var error = Assert.Throws<FormworkException>(() => new ReportEngine().Run(report, rows, new ReportRunOptions { Profile = form.Permissions.Single() }));

        Assert.Equal("FWR0128 $.filters[0].op The column 'signedOn' is masked for you (permission profile 'auditor'): it can only be grouped, counted or filtered by its masked text, not used for a relative period.",
            string.Join(" | ", error.Diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
    }
}
