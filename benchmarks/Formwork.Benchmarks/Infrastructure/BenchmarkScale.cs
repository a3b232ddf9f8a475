using System;

namespace Formwork.Benchmarks.Infrastructure;

/// <summary>
/// Sizes of benchmark data. A real run uses the sizes the issues name (10,000,000 records, 100,000 facts); the smoke
/// run (<c>--smoke</c>, what CI runs) shrinks them so that every benchmark still runs, quickly.
/// </summary>
public static class BenchmarkScale
{
    /// <summary>The environment variable the smoke run sets.</summary>
    public const string SmokeVariable = "FORMWORK_BENCHMARK_SMOKE";

    /// <summary>Gets a value indicating whether this is a smoke run.</summary>
    public static bool IsSmoke => Environment.GetEnvironmentVariable(SmokeVariable) == "1";

    /// <summary>Returns <paramref name="full"/> in a real run and a small size (at most 1,000) in a smoke run.</summary>
    /// <param name="full">The size a real run uses.</param>
    /// <returns>The size to use.</returns>
    public static int Size(int full) => IsSmoke ? Math.Min(full, 1_000) : full;
}
