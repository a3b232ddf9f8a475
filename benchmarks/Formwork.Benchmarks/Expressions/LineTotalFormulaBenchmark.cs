using BenchmarkDotNet.Attributes;

namespace Formwork.Benchmarks.Expressions;

/// <summary>
/// The computed field <c>quantity * unitPrice * (1 - discount)</c> evaluated for every record, compiled formula against
/// the same arithmetic written by hand in C# over the same slot values. Both sum the line totals exactly in decimal.
/// </summary>
public class LineTotalFormulaBenchmark : LineFormulaBenchmark
{
    /// <inheritdoc />
    protected override string FormulaText => "quantity * unitPrice * (1 - discount)";

    /// <inheritdoc />
    protected override int Seed => 42;

    /// <summary>The line total written by hand in C#.</summary>
    /// <returns>The sum of the line totals.</returns>
    [Benchmark(Baseline = true)]
    public decimal HandWritten()
    {
        var total = 0m;
        foreach (var record in Lines)
        {
            total += record[0].AsNumber() * record[1].AsNumber() * (1m - record[2].AsNumber());
        }

        return total;
    }
}
