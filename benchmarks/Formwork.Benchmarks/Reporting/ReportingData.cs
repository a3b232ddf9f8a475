using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Formwork.Reporting;

namespace Formwork.Benchmarks.Reporting;

/// <summary>
/// Columnar benchmark records (seeded): region (20 values), signedAt (two years, UTC ticks), amount (two decimals) and
/// customer (200,000 values). 32 bytes of input per record; the same arrays feed the LINQ baseline and the engine.
/// </summary>
internal sealed class ReportingData
{
    public const string Zone = "Asia/Shanghai";

    public ReportingData(int count)
    {
        var random = new Random(20251122);
        Count = count;
        Regions = Enumerable.Range(0, 20).Select(i => "region-" + i.ToString("D2", CultureInfo.InvariantCulture)).ToArray();
        RegionCodes = new int[count];
        Ticks = new long[count];
        Amounts = new decimal[count];
        CustomerCodes = new int[count];
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        var span = TimeSpan.FromDays(731).Ticks;
        var customers = Math.Min(200_000, Math.Max(1, count / 5));
        for (var i = 0; i < count; i++)
        {
            RegionCodes[i] = random.Next(Regions.Length);
            Ticks[i] = start + (long)(random.NextDouble() * span);
            Amounts[i] = random.Next(1, 1_000_000) / 100m;
            CustomerCodes[i] = random.Next(customers);
        }

        Customers = Enumerable.Range(0, customers).Select(i => Value.FromText("c" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        Dataset = new ReportDataset("bench", [
            new DatasetColumn("region", ValueKind.Text),
            new DatasetColumn("signedAt", ValueKind.DateTime),
            new DatasetColumn("amount", ValueKind.Number),
            new DatasetColumn("customer", ValueKind.Text),
        ]);
        Rows = new DatasetRowsBuilder(Dataset, count)
            .AddCoded("region", RegionCodes, Regions.Select(r => Value.FromText(r)).ToArray())
            .AddDateTimes("signedAt", Ticks)
            .AddNumbers("amount", Amounts)
            .AddCoded("customer", CustomerCodes, Customers)
            .Build();
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(Zone);
    }

    public int Count { get; }

    public string[] Regions { get; }

    public int[] RegionCodes { get; }

    public long[] Ticks { get; }

    public decimal[] Amounts { get; }

    public int[] CustomerCodes { get; }

    public Value[] Customers { get; }

    public ReportDataset Dataset { get; }

    public DatasetRows Rows { get; }

    public TimeZoneInfo TimeZone { get; }

    public static long BytesPerRecord => sizeof(int) + sizeof(long) + sizeof(decimal) + sizeof(int);

    public string Month(long utcTicks) =>
        TimeZoneInfo.ConvertTimeFromUtc(new DateTime(utcTicks, DateTimeKind.Utc), TimeZone).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Checksum(IEnumerable<(string Region, string Month, long Count, decimal Sum, long Distinct)> groups)
    {
        var builder = new StringBuilder();
        foreach (var g in groups.OrderBy(g => g.Region, StringComparer.Ordinal).ThenBy(g => g.Month, StringComparer.Ordinal))
        {
            builder.Append(CultureInfo.InvariantCulture, $"{g.Region}|{g.Month}|{g.Count}|{g.Sum:G29}|{g.Distinct};");
        }

        return builder.ToString();
    }

    public string RunEngine(bool distinct, int parallelism)
    {
        var builder = new ReportBuilder("bench").Row("region").Row("signedAt", DateGrain.Month).TimeZone(Zone).Count("n").Sum("sum", "amount");
        if (distinct)
        {
            builder.Measure("customers", MeasureAggregate.DistinctCount, "customer");
        }

        var result = new ReportEngine().Run(builder.Build(), Rows, new ReportRunOptions { MaxDegreeOfParallelism = parallelism });
        return Checksum(result.Rows.Where(r => r.Level == 2).Select(r => (r.Labels[0], r.Labels[1], (long)r.Cells[0].AsNumber(), r.Cells[1].AsNumber(), distinct ? (long)r.Cells[2].AsNumber() : 0L)));
    }

    public string RunLinq(bool distinct) =>
        Checksum(Enumerable.Range(0, Count)
            .GroupBy(i => (Region: Regions[RegionCodes[i]], Month: Month(Ticks[i])))
            .Select(g => (g.Key.Region, g.Key.Month, (long)g.Count(), g.Sum(i => Amounts[i]), distinct ? (long)g.Select(i => CustomerCodes[i]).Distinct().Count() : 0L)));
}
