using System;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Expressions;

namespace Formwork.Benchmarks.Expressions;

/// <summary>
/// A formula using the wider fast lane (ISBLANK, ROUND, IF inside arithmetic, blanks read as 0):
/// <c>ROUND(quantity * unitPrice * (1 - IF(ISBLANK(discount), 0, discount)), 2)</c> over records where a third of the
/// discounts are blank, compiled formula against the same computation written by hand in C#. Both sum the totals.
/// </summary>
[MemoryDiagnoser]
public class WidenedFormulaBenchmark
{
    private Value[][] _records = [];
    private Formula _formula = null!;

    /// <summary>Gets or sets how many records are evaluated per operation.</summary>
    [Params(10_000)]
    public int Records { get; set; }

    /// <summary>Compiles the formula and builds the records with a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var scope = new FormulaScope()
            .AddField("quantity", ValueKind.Number)
            .AddField("unitPrice", ValueKind.Number)
            .AddField("discount", ValueKind.Number);
        _formula = new FormulaCompiler().CompileOrThrow("ROUND(quantity * unitPrice * (1 - IF(ISBLANK(discount), 0, discount)), 2)", scope);
        var random = new Random(11);
        _records = new Value[BenchmarkScale.Size(Records)][];
        for (var i = 0; i < _records.Length; i++)
        {
            _records[i] = [random.Next(1, 100), random.Next(100, 1_000_000) / 100m, random.Next(3) == 0 ? Value.Blank : random.Next(0, 30) / 100m];
        }
    }

    /// <summary>The computation written by hand in C#.</summary>
    /// <returns>The sum of the rounded totals.</returns>
    [Benchmark(Baseline = true)]
    public decimal HandWritten()
    {
        var total = 0m;
        foreach (var record in _records)
        {
            var discount = record[2].IsBlank ? 0m : record[2].AsNumber();
            total += Math.Round(record[0].AsNumber() * record[1].AsNumber() * (1m - discount), 2, MidpointRounding.AwayFromZero);
        }

        return total;
    }

    /// <summary>The compiled formula, evaluated by slot.</summary>
    /// <returns>The sum of the rounded totals.</returns>
    [Benchmark]
    public decimal CompiledFormula()
    {
        var total = 0m;
        foreach (var record in _records)
        {
            total += _formula.Evaluate(record).AsNumber();
        }

        return total;
    }
}
