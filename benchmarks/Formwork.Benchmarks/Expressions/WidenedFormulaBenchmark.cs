using System;
using BenchmarkDotNet.Attributes;

namespace Formwork.Benchmarks.Expressions;

/// <summary>
/// A formula using the wider fast lane (ISBLANK, ROUND, IF inside arithmetic, blanks read as 0):
/// <c>ROUND(quantity * unitPrice * (1 - IF(ISBLANK(discount), 0, discount)), 2)</c> over records where a third of the
/// discounts are blank, compiled formula against the same computation written by hand in C#. Both sum the totals.
/// </summary>
public class WidenedFormulaBenchmark : LineFormulaBenchmark
{
    /// <inheritdoc />
    protected override string FormulaText => "ROUND(quantity * unitPrice * (1 - IF(ISBLANK(discount), 0, discount)), 2)";

    /// <inheritdoc />
    protected override int Seed => 11;

    /// <summary>The computation written by hand in C#.</summary>
    /// <returns>The sum of the rounded totals.</returns>
    [Benchmark(Baseline = true)]
    public decimal HandWritten()
    {
        var total = 0m;
        foreach (var record in Lines)
        {
            var discount = record[2].IsBlank ? 0m : record[2].AsNumber();
            total += Math.Round(record[0].AsNumber() * record[1].AsNumber() * (1m - discount), 2, MidpointRounding.AwayFromZero);
        }

        return total;
    }

    /// <inheritdoc />
    protected override Value Discount(Random random) => random.Next(3) == 0 ? Value.Blank : random.Next(0, 30) / 100m;
}
