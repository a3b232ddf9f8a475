using BenchmarkDotNet.Attributes;
using Formwork.Expressions;
using Formwork.Expressions.Internal.Syntax;

namespace Formwork.Benchmarks.Expressions;

/// <summary>
/// Compile time of typical formulas: the full compile (lex, parse, bind, build the evaluation tree) against parsing
/// alone as the baseline, so the ratio shows what binding costs. Both return how many formulas were handled.
/// </summary>
[MemoryDiagnoser]
public class FormulaCompileBenchmark
{
    private static readonly string[] Formulas =
    [
        "quantity * unitPrice * (1 - discount)",
        "IF(AND(amount > 100000, customer.level = \"VIP\"), \"urgent\", \"normal\")",
        "ROUND(SUMIF(lines.status, \"done\", lines.amount) * (1 + taxRate), 2)",
        "DATEDIF(startDate, TODAY(), \"d\") > 30 AND ISBLANK(closedAt)",
    ];

    private FormulaCompiler _compiler = null!;
    private FormulaScope _scope = null!;

    /// <summary>Builds the compiler and the scope.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _compiler = new FormulaCompiler();
        _scope = new FormulaScope()
            .AddField("quantity", ValueKind.Number).AddField("unitPrice", ValueKind.Number).AddField("discount", ValueKind.Number)
            .AddField("amount", ValueKind.Number).AddField("taxRate", ValueKind.Number).AddField("startDate", ValueKind.Date)
            .AddField("closedAt", ValueKind.DateTime)
            .AddTable("lines", new FormulaScope().AddField("amount", ValueKind.Number).AddField("status", ValueKind.Text))
            .AddRecord("customer", new FormulaScope().AddField("level", ValueKind.Text));
    }

    /// <summary>Lexing and parsing only.</summary>
    /// <returns>How many formulas parsed.</returns>
    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        var count = 0;
        foreach (var text in Formulas)
        {
            count += Parser.Parse(new SourceText(text), FormulaConstants.DefaultMaxDepth) is not null ? 1 : 0;
        }

        return count;
    }

    /// <summary>The full compile.</summary>
    /// <returns>How many formulas compiled.</returns>
    [Benchmark]
    public int Compile()
    {
        var count = 0;
        foreach (var text in Formulas)
        {
            count += _compiler.Compile(text, _scope).Success ? 1 : 0;
        }

        return count;
    }
}
