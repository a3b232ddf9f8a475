using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Reporting;

namespace Formwork.Benchmarks.Reporting;

/// <summary>
/// A formula report over 1,000,000 records: a formula filter (<c>amount &gt;= 100</c>) before aggregation, rows by
/// region, count and sum, and a calculated measure (<c>sum / n</c>, rounded to 4 places) evaluated per cell; LINQ
/// Where + GroupBy on the same records is the baseline. Every method returns the same checksum.
/// </summary>
[MemoryDiagnoser]
public class ReportFormulaBenchmark
{
    private ReportingData _data = null!;
    private ReportDefinition _definition = null!;

    /// <summary>Builds the records and the report once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _data = new ReportingData(BenchmarkScale.Size(1_000_000));
        _definition = new ReportBuilder("formula").Row("region").TimeZone(ReportingData.Zone)
            .Where(new FilterDefinition { Formula = "amount >= 100" })
            .Count("n").Sum("sum", "amount").Calculated("avgDeal", "sum / n")
            .Build(_data.Dataset);
    }

    /// <summary>LINQ Where + GroupBy over the same records.</summary>
    /// <returns>The checksum of the groups.</returns>
    [Benchmark(Baseline = true)]
    public string Linq()
    {
        var data = _data;
        return Checksum(Enumerable.Range(0, data.Count)
            .Where(i => data.Amounts[i] >= 100m)
            .GroupBy(i => data.Regions[data.RegionCodes[i]])
            .Select(g =>
            {
                var count = g.Count();
                var sum = g.Sum(i => data.Amounts[i]);
                return (g.Key, (long)count, sum, Math.Round(sum / count, 4, MidpointRounding.AwayFromZero));
            }));
    }

    /// <summary>The report engine on one core.</summary>
    /// <returns>The checksum of the groups.</returns>
    [Benchmark]
    public string EngineOneCore() => RunEngine(1);

    /// <summary>The report engine on every core.</summary>
    /// <returns>The checksum of the groups.</returns>
    [Benchmark]
    public string EngineAllCores() => RunEngine(Environment.ProcessorCount);

    private string RunEngine(int parallelism)
    {
        var result = new ReportEngine().Run(_definition, _data.Rows, new ReportRunOptions { MaxDegreeOfParallelism = parallelism });
        return Checksum(result.Rows.Where(r => r.Level == 1).Select(r => (r.Labels[0], (long)r.Cells[0].AsNumber(), r.Cells[1].AsNumber(), r.Cells[2].AsNumber())));
    }

    private static string Checksum(IEnumerable<(string Region, long Count, decimal Sum, decimal Average)> groups)
    {
        var builder = new StringBuilder();
        foreach (var g in groups.OrderBy(g => g.Region, StringComparer.Ordinal))
        {
            builder.Append(CultureInfo.InvariantCulture, $"{g.Region}|{g.Count}|{g.Sum:G29}|{g.Average:G29};");
        }

        return builder.ToString();
    }
}
