using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Expressions;

namespace Formwork.Benchmarks.Expressions;

/// <summary>
/// <c>SUMIF(lines.status, "done", lines.amount)</c> over a record with a large subform, compiled formula against the same
/// loop over the rows written by hand in C#. Both return the sum.
/// </summary>
[MemoryDiagnoser]
public class SubformSumFormulaBenchmark
{
    private Value[] _slots = [];
    private Formula _formula = null!;

    /// <summary>Gets or sets how many subform rows the record has.</summary>
    [Params(10_000)]
    public int Rows { get; set; }

    /// <summary>Compiles the formula and builds the rows with a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var rowScope = new FormulaScope().AddField("amount", ValueKind.Number).AddField("status", ValueKind.Text);
        _formula = new FormulaCompiler().CompileOrThrow("SUMIF(lines.status, \"done\", lines.amount)", new FormulaScope().AddTable("lines", rowScope));
        var random = new Random(3);
        string[] statuses = ["done", "open", "DONE"];
        var rows = Enumerable.Range(0, BenchmarkScale.Size(Rows))
            .Select(_ => new RecordData().Set("amount", random.Next(1, 10_000) / 100m).Set("status", statuses[random.Next(statuses.Length)]));
        _slots = [Value.FromTable(rows)];
    }

    /// <summary>The sum written by hand in C#.</summary>
    /// <returns>The sum of the done rows' amounts.</returns>
    [Benchmark(Baseline = true)]
    public decimal HandWritten()
    {
        var total = 0m;
        foreach (var row in _slots[0].AsTable())
        {
            if (row["status"].TryGetText(out var status) && string.Equals(status, "done", StringComparison.OrdinalIgnoreCase) && row["amount"].TryGetNumber(out var amount))
            {
                total += amount;
            }
        }

        return total;
    }

    /// <summary>The compiled formula.</summary>
    /// <returns>The sum of the done rows' amounts.</returns>
    [Benchmark]
    public decimal CompiledFormula() => _formula.Evaluate(_slots).AsNumber();
}
