using System;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Expressions;

namespace Formwork.Benchmarks.Expressions;

/// <summary>
/// The branch condition <c>IF(AND(amount &gt; 100000, level = "VIP"), "urgent", "normal")</c> evaluated for every record,
/// compiled formula against the same logic written by hand in C# (case-insensitive text comparison, as the formula
/// language does). Both count the urgent records.
/// </summary>
[MemoryDiagnoser]
public class ConditionFormulaBenchmark
{
    private Value[][] _records = [];
    private Formula _formula = null!;
    private Formula _condition = null!;

    /// <summary>Gets or sets how many records are evaluated per operation.</summary>
    [Params(10_000)]
    public int Records { get; set; }

    /// <summary>Compiles the formula and builds the records with a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var scope = new FormulaScope().AddField("amount", ValueKind.Number).AddField("level", ValueKind.Text);
        _formula = new FormulaCompiler().CompileOrThrow("IF(AND(amount > 100000, level = \"VIP\"), \"urgent\", \"normal\")", scope);
        _condition = new FormulaCompiler().CompileOrThrow("AND(amount > 100000, level = \"VIP\")", scope);
        var random = new Random(7);
        string[] levels = ["VIP", "vip", "normal", "gold"];
        _records = new Value[BenchmarkScale.Size(Records)][];
        for (var i = 0; i < _records.Length; i++)
        {
            _records[i] = [random.Next(0, 200_000), levels[random.Next(levels.Length)]];
        }
    }

    /// <summary>The condition written by hand in C#.</summary>
    /// <returns>How many records are urgent.</returns>
    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var urgent = 0;
        foreach (var record in _records)
        {
            var label = record[0].AsNumber() > 100000m && string.Equals(record[1].AsText(), "VIP", StringComparison.OrdinalIgnoreCase) ? "urgent" : "normal";
            urgent += ReferenceEquals(label, "urgent") ? 1 : 0;
        }

        return urgent;
    }

    /// <summary>
    /// The condition written by hand with its label compared as the formula's text result is (<c>string.Equals</c>), so the
    /// JIT keeps the label instead of reducing it to a flag.
    /// </summary>
    /// <returns>How many records are urgent.</returns>
    [Benchmark]
    public int HandWrittenLabel()
    {
        var urgent = 0;
        foreach (var record in _records)
        {
            var label = record[0].AsNumber() > 100000m && string.Equals(record[1].AsText(), "VIP", StringComparison.OrdinalIgnoreCase) ? "urgent" : "normal";
            urgent += string.Equals(label, "urgent", StringComparison.Ordinal) ? 1 : 0;
        }

        return urgent;
    }

    /// <summary>
    /// The condition written by hand in C# returning a <see cref="Value"/>, as the formula does (the baseline's label
    /// never leaves the loop, so the JIT reduces it to a flag).
    /// </summary>
    /// <returns>How many records are urgent.</returns>
    [Benchmark]
    public int HandWrittenValue()
    {
        var urgent = 0;
        foreach (var record in _records)
        {
            var label = record[0].AsNumber() > 100000m && string.Equals(record[1].AsText(), "VIP", StringComparison.OrdinalIgnoreCase) ? Value.FromText("urgent") : Value.FromText("normal");
            urgent += string.Equals(label.AsText(), "urgent", StringComparison.Ordinal) ? 1 : 0;
        }

        return urgent;
    }

    /// <summary>The compiled formula, evaluated by slot.</summary>
    /// <returns>How many records are urgent.</returns>
    [Benchmark]
    public int CompiledFormula()
    {
        var urgent = 0;
        foreach (var record in _records)
        {
            urgent += string.Equals(_formula.Evaluate(record).AsText(), "urgent", StringComparison.Ordinal) ? 1 : 0;
        }

        return urgent;
    }

    /// <summary>The compiled formula read as text (<see cref="Formula.EvaluateText"/>: the chosen literal, no <see cref="Value"/> built).</summary>
    /// <returns>How many records are urgent.</returns>
    [Benchmark]
    public int CompiledFormulaText()
    {
        var urgent = 0;
        foreach (var record in _records)
        {
            urgent += string.Equals(_formula.EvaluateText(record), "urgent", StringComparison.Ordinal) ? 1 : 0;
        }

        return urgent;
    }

    /// <summary>The IF's condition alone as a compiled condition (<see cref="Formula.IsTrue"/>), as workflow branches, rules and filters use it.</summary>
    /// <returns>How many records are urgent.</returns>
    [Benchmark]
    public int CompiledCondition()
    {
        var urgent = 0;
        foreach (var record in _records)
        {
            urgent += _condition.IsTrue(record) ? 1 : 0;
        }

        return urgent;
    }
}
