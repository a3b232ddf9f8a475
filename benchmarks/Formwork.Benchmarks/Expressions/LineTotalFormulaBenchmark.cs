using System;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Expressions;

namespace Formwork.Benchmarks.Expressions;

/// <summary>
/// The computed field <c>quantity * unitPrice * (1 - discount)</c> evaluated for every record, compiled formula against
/// the same arithmetic written by hand in C# over the same slot values. Both sum the line totals exactly in decimal.
/// </summary>
[MemoryDiagnoser]
public class LineTotalFormulaBenchmark
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
        _formula = new FormulaCompiler().CompileOrThrow("quantity * unitPrice * (1 - discount)", scope);
        var random = new Random(42);
        _records = new Value[BenchmarkScale.Size(Records)][];
        for (var i = 0; i < _records.Length; i++)
        {
            _records[i] = [random.Next(1, 100), random.Next(100, 1_000_000) / 100m, random.Next(0, 30) / 100m];
        }
    }

    /// <summary>The line total written by hand in C#.</summary>
    /// <returns>The sum of the line totals.</returns>
    [Benchmark(Baseline = true)]
    public decimal HandWritten()
    {
        var total = 0m;
        foreach (var record in _records)
        {
            total += record[0].AsNumber() * record[1].AsNumber() * (1m - record[2].AsNumber());
        }

        return total;
    }

    /// <summary>The compiled formula, evaluated by slot.</summary>
    /// <returns>The sum of the line totals.</returns>
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
