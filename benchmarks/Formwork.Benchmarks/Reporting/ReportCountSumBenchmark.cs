using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;

namespace Formwork.Benchmarks.Reporting;

/// <summary>
/// 10,000,000 records grouped by region × month (Asia/Shanghai) with count and sum: LINQ GroupBy against the
/// columnar engine on one core and on every core. Every method returns the same checksum of the sorted groups.
/// </summary>
[MemoryDiagnoser]
public class ReportCountSumBenchmark
{
    private ReportingData _data = null!;

    /// <summary>Builds the records once.</summary>
    [GlobalSetup]
    public void Setup() => _data = new ReportingData(BenchmarkScale.Size(10_000_000));

    /// <summary>LINQ GroupBy over the same records.</summary>
    /// <returns>The checksum of the groups.</returns>
    [Benchmark(Baseline = true)]
    public string Linq() => _data.RunLinq(distinct: false);

    /// <summary>The report engine on one core.</summary>
    /// <returns>The checksum of the groups.</returns>
    [Benchmark]
    public string EngineOneCore() => _data.RunEngine(distinct: false, parallelism: 1);

    /// <summary>The report engine on every core.</summary>
    /// <returns>The checksum of the groups.</returns>
    [Benchmark]
    public string EngineAllCores() => _data.RunEngine(distinct: false, parallelism: System.Environment.ProcessorCount);
}
