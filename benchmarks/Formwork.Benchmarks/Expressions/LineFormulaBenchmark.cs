using System;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Expressions;

namespace Formwork.Benchmarks.Expressions;

/// <summary>
/// The shared setup of the line formula benchmarks: records of <c>quantity</c>, <c>unitPrice</c> and <c>discount</c>
/// slots built with a fixed seed, a formula over them, and the compiled formula's loop that sums its results. Each
/// subclass names its formula and writes the same computation by hand as the baseline.
/// </summary>
[MemoryDiagnoser]
public abstract class LineFormulaBenchmark
{
    private Formula _formula = null!;

    /// <summary>Gets or sets how many records are evaluated per operation.</summary>
    [Params(10_000)]
    public int Records { get; set; }

    /// <summary>Gets the records: quantity, unit price and discount slots.</summary>
    protected Value[][] Lines { get; private set; } = [];

    /// <summary>Gets the formula text.</summary>
    protected abstract string FormulaText { get; }

    /// <summary>Gets the seed of the records.</summary>
    protected abstract int Seed { get; }

    /// <summary>Compiles the formula and builds the records with the fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var scope = new FormulaScope()
            .AddField("quantity", ValueKind.Number)
            .AddField("unitPrice", ValueKind.Number)
            .AddField("discount", ValueKind.Number);
        _formula = new FormulaCompiler().CompileOrThrow(FormulaText, scope);
        var random = new Random(Seed);
        Lines = new Value[BenchmarkScale.Size(Records)][];
        for (var i = 0; i < Lines.Length; i++)
        {
            Lines[i] = [random.Next(1, 100), random.Next(100, 1_000_000) / 100m, Discount(random)];
        }
    }

    /// <summary>The compiled formula, evaluated by slot.</summary>
    /// <returns>The sum of the formula's results.</returns>
    [Benchmark]
    public decimal CompiledFormula()
    {
        var total = 0m;
        foreach (var record in Lines)
        {
            total += _formula.Evaluate(record).AsNumber();
        }

        return total;
    }

    /// <summary>Draws a record's discount.</summary>
    protected virtual Value Discount(Random random) => random.Next(0, 30) / 100m;
}
