using System;
using System.Globalization;
using System.Linq;

namespace Formwork.Reporting.Tests;

public class DateGrainTests
{
    private static readonly ReportDataset Dataset = new("events", [new DatasetColumn("at", ValueKind.DateTime), new DatasetColumn("on", ValueKind.Date)]);

    [Theory]
    [InlineData("2024-12-31T16:30:00Z", "Asia/Shanghai", DateGrain.Year, "2025")]
    [InlineData("2024-12-31T16:30:00Z", "America/New_York", DateGrain.Year, "2024")]
    [InlineData("2024-12-31T16:30:00Z", "Asia/Shanghai", DateGrain.Quarter, "2025-Q1")]
    [InlineData("2024-12-31T16:30:00Z", "America/New_York", DateGrain.Quarter, "2024-Q4")]
    [InlineData("2024-12-31T16:30:00Z", "Asia/Shanghai", DateGrain.Month, "2025-01")]
    [InlineData("2024-12-31T16:30:00Z", "Europe/London", DateGrain.Month, "2024-12")]
    [InlineData("2024-12-31T16:30:00Z", "America/New_York", DateGrain.Week, "2025-W01")]
    [InlineData("2021-01-03T12:00:00Z", "UTC", DateGrain.Week, "2020-W53")]
    [InlineData("2024-12-31T16:30:00Z", "Asia/Shanghai", DateGrain.Day, "2025-01-01")]
    [InlineData("2024-12-31T16:30:00Z", "Asia/Kolkata", DateGrain.Hour, "2024-12-31 22:00")]
    [InlineData("2024-12-31T16:30:00Z", "Asia/Kathmandu", DateGrain.Hour, "2024-12-31 22:00")]
    public void Run_DateTimeGrain_BucketsInTheReportTimeZone(string utc, string zone, DateGrain grain, string label)
    {
        var rows = Rows(utc);
        var definition = new ReportBuilder("g").Row("at", grain).Count("n").TimeZone(zone).Build(Dataset);

        var result = new ReportEngine().Run(definition, rows);

        Assert.Equal(label, result.Rows[0].Labels[0]);
    }

    [Fact]
    public void Run_HourGrainOnDaylightSavingFallBack_PutsTheRepeatedLocalHourInOneBucket()
    {
        var rows = Rows("2025-11-02T05:30:00Z", "2025-11-02T06:30:00Z", "2025-11-02T07:30:00Z");
        var definition = new ReportBuilder("dst").Row("at", DateGrain.Hour).Count("n").TimeZone("America/New_York").Build(Dataset);

        var result = new ReportEngine().Run(definition, rows);

        Assert.Equal(["2025-11-02 01:00", "2025-11-02 02:00"], result.Rows.Where(r => r.Level == 1).Select(r => r.Labels[0]));
        Assert.Equal(2m, result.Rows[0].Cells[0].AsNumber());
    }

    [Fact]
    public void Run_MonthGrainAcrossYearEnd_KeepsEveryPeriodInOrderAndKeysAreDates()
    {
        var rows = Rows("2024-11-30T20:00:00Z", "2024-12-31T15:59:59Z", "2024-12-31T16:00:00Z", "2025-02-01T00:00:00Z");
        var definition = new ReportBuilder("m").Row("at", DateGrain.Month).Count("n").TimeZone("Asia/Shanghai").Build(Dataset);

        var result = new ReportEngine().Run(definition, rows);

        Assert.Equal(["2024-12", "2025-01", "2025-02", "Total"], result.Rows.Select(r => r.ToString()));
        Assert.Equal([2m, 1m, 1m, 4m], result.Rows.Select(r => r.Cells[0].AsNumber()));
        Assert.Equal(Value.FromDate(new DateOnly(2024, 12, 1)), result.Rows[0].Keys[0]);
    }

    [Fact]
    public void Run_DateColumnGrains_UseCalendarDates()
    {
        var dates = new[] { new DateOnly(2024, 12, 30), new DateOnly(2024, 12, 31), new DateOnly(2025, 1, 1), new DateOnly(2025, 4, 1) };
        var rows = new DatasetRowsBuilder(Dataset, dates.Length).AddDates("on", dates.Select(d => (DateOnly?)d).ToArray()).Build();

        string[] Labels(DateGrain grain) => new ReportEngine().Run(new ReportBuilder("d").Row("on", grain).Count("n").Build(Dataset), rows)
            .Rows.Where(r => r.Level == 1).Select(r => $"{r.Labels[0]}={r.Cells[0]}").ToArray();

        Assert.Equal(["2024=2", "2025=2"], Labels(DateGrain.Year));
        Assert.Equal(["2024-Q4=2", "2025-Q1=1", "2025-Q2=1"], Labels(DateGrain.Quarter));
        Assert.Equal(["2025-W01=3", "2025-W14=1"], Labels(DateGrain.Week));
    }

    [Fact]
    public void Run_HourGrainOnDateColumn_IsRefused()
    {
        var definition = new ReportBuilder("h").Row("on", DateGrain.Hour).Count("n").Build();

        var diagnostics = ReportValidator.Validate(definition, Dataset);

        Assert.Equal("FWR0121 $.rows[0].grain The hour grain needs a date-time column; 'on' holds dates.",
            string.Join("|", diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
    }

    private static DatasetRows Rows(params string[] utc) =>
        DatasetRows.FromRecords(Dataset, utc.Select(u => new RecordData { ["at"] = DateTimeOffset.Parse(u, CultureInfo.InvariantCulture) }));
}
