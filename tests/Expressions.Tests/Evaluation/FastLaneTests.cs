using System;
using System.Text;
using System.Threading.Tasks;

namespace Formwork.Expressions.Tests.Evaluation;

public class FastLaneTests
{
    private static readonly FormulaScope Scope = new FormulaScope()
        .AddField("n0", ValueKind.Number).AddField("n1", ValueKind.Number).AddField("n2", ValueKind.Number)
        .AddField("t0", ValueKind.Text).AddField("t1", ValueKind.Text);

    private static readonly FormulaCompiler Compiler = new();

    [Theory]
    [InlineData("quantity * unitPrice * (1 - discount)")]
    [InlineData("IF(AND(amount > 100000, level = \"VIP\"), \"urgent\", \"normal\")")]
    [InlineData("amount >= 50000 OR level <> \"gold\"")]
    [InlineData("-quantity + 5% / unitPrice")]
    public void Compile_TypicalFormula_HasFastLane(string text)
    {
        var scope = new FormulaScope().AddField("quantity", ValueKind.Number).AddField("unitPrice", ValueKind.Number)
            .AddField("discount", ValueKind.Number).AddField("amount", ValueKind.Number).AddField("level", ValueKind.Text);
        var formula = Compiler.CompileOrThrow(text, scope);
        Assert.True(formula.HasFastLane);
        Assert.False(formula.HasCompiledFastLane);
        formula.CompileFastLane();
        Assert.True(formula.HasCompiledFastLane);
    }

    [Theory]
    [InlineData("SUM(n0, n1)")]
    [InlineData("UPPER(t0) = \"VIP\"")]
    [InlineData("IF(n0 > 1, n1) + 1")]
    [InlineData("1 + 2")]
    public void Compile_FormulaOutsideFastLane_HasNone(string text) =>
        Assert.False(Compiler.CompileOrThrow(text, Scope).HasFastLane);

    [Fact]
    public void Evaluate_ManyTimes_CompilesTheFastLane()
    {
        var formula = Compiler.CompileOrThrow("n0 * n1 + 1", Scope);
        Value[] slots = [2, 3, 0, "a", "b"];
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(Value.FromNumber(7m), formula.Evaluate(slots));
        }

        Assert.True(formula.HasCompiledFastLane);
    }

    [Fact]
    public void Evaluate_ManyThreadsWhileCompiling_SameResults()
    {
        var formula = Compiler.CompileOrThrow("IF(AND(n0 > 100, t0 = \"vip\"), n1 * (1 - n2), -1)", Scope);
        var totals = new decimal[8];
        Parallel.For(0, totals.Length, t =>
        {
            for (var i = 0; i < 500; i++)
            {
                Value[] slots = [i, 2.5m, 0.1m, i % 2 == 0 ? "VIP" : "gold", "x"];
                totals[t] += formula.Evaluate(slots).AsNumber();
            }
        });

        Assert.True(formula.HasCompiledFastLane);
        Assert.All(totals, total => Assert.Equal(totals[0], total));
        Assert.Equal((199 * 2.25m) + (301 * -1m), totals[0]);
    }

    [Fact]
    public void Evaluate_DivisionByZero_GivesDivZeroError() =>
        Assert.Equal(Value.FromError(ValueError.DivideByZero), Compiler.CompileOrThrow("n0 / n1", Scope).Evaluate([1, 0, 0, "a", "b"]));

    [Fact]
    public void Evaluate_Overflow_GivesNumError() =>
        Assert.Equal(Value.FromError(ValueError.Number), Compiler.CompileOrThrow("n0 * n1", Scope).Evaluate([decimal.MaxValue, 2, 0, "a", "b"]));

    [Fact]
    public void Evaluate_AndWithLaterError_GivesTheErrorLikeExcel() =>
        Assert.Equal(Value.FromError(ValueError.DivideByZero), Compiler.CompileOrThrow("AND(n0 > 1, 1 / n1 > 0)", Scope).Evaluate([0, 0, 0, "a", "b"]));

    [Fact]
    public void Evaluate_TextComparison_IsCaseInsensitive()
    {
        var formula = Compiler.CompileOrThrow("IF(t0 = \"vip\", t1, \"no\")", Scope);
        Assert.Equal(Value.FromText("yes"), formula.Evaluate([0, 0, 0, "VIP", "yes"]));
        Assert.Equal(Value.FromText("no"), formula.Evaluate([0, 0, 0, "gold", "yes"]));
    }

    [Fact]
    public void Evaluate_RandomFormulasAndData_FastLaneAgreesWithGeneralTree()
    {
        var random = new Random(20261122);
        var withLane = 0;
        for (var f = 0; f < 400; f++)
        {
            var text = Root(random);
            var formula = Compiler.CompileOrThrow(text, Scope);
            withLane += formula.HasFastLane ? 1 : 0;
            formula.CompileFastLane();
            for (var d = 0; d < 40; d++)
            {
                Value[] slots = [Slot(random, true), Slot(random, true), Slot(random, true), Slot(random, false), Slot(random, false)];
                var expected = formula.EvaluateGeneral(slots);
                var actual = formula.Evaluate(slots);
                Assert.True(expected.Equals(actual) && expected.Kind == actual.Kind, $"{text} with [{string.Join(", ", slots)}]: general {expected}, evaluated {actual}");
                if (formula.TryEvaluateInterpreted(slots, out var interpreted))
                {
                    Assert.True(expected.Equals(interpreted) && expected.Kind == interpreted.Kind, $"{text} with [{string.Join(", ", slots)}]: general {expected}, interpreted lane {interpreted}");
                }
            }
        }

        Assert.True(withLane > 300, $"only {withLane} of 400 formulas have a fast lane");
    }

    private static Value Slot(Random random, bool number)
    {
        // Mostly the declared kind (so the fast lane runs), sometimes anything else a record may hold.
        if (random.Next(4) != 0)
        {
            return number
                ? Value.FromNumber(random.Next(6) switch { 0 => 0m, 1 => decimal.MaxValue, 2 => random.Next(-1000, 1000) / 100m, _ => random.Next(0, 200_000) })
                : Value.FromText(random.Next(5) switch { 0 => "VIP", 1 => "vip", 2 => string.Empty, 3 => "12", _ => "gold" });
        }

        return random.Next(7) switch
        {
            0 => default,
            1 => Value.FromText("12.5"),
            2 => Value.FromText("abc"),
            3 => Value.FromError(ValueError.NotAvailable),
            4 => Value.True,
            5 => Value.FromDate(new DateOnly(2024, 1, 31)),
            _ => Value.FromNumber(3m),
        };
    }

    private static string Root(Random random) => random.Next(3) switch
    {
        0 => Number(random, 3),
        1 => Bool(random, 3),
        _ => random.Next(2) == 0
            ? $"IF({Bool(random, 2)}, {Any(random)}, {Any(random)})"
            : $"IF({Bool(random, 2)}, {Any(random)})",
    };

    private static string Any(Random random) => random.Next(4) switch
    {
        0 => Number(random, 2),
        1 => Bool(random, 2),
        2 => Text(random),
        _ => $"IF({Bool(random, 1)}, {Number(random, 1)}, {Text(random)})",
    };

    private static string Number(Random random, int depth)
    {
        if (depth == 0 || random.Next(3) == 0)
        {
            return random.Next(4) switch
            {
                0 => new[] { "0", "1", "2.5", "100000", "79228162514264337593543950335" }[random.Next(5)],
                _ => "n" + random.Next(3),
            };
        }

        return random.Next(6) switch
        {
            0 => "-" + Number(random, depth - 1),
            1 => Number(random, depth - 1) + "%",
            2 => "(" + Number(random, depth - 1) + ")",
            _ => new StringBuilder(Number(random, depth - 1))
                .Append(" " + "+-*/"[random.Next(4)] + " ").Append(Number(random, depth - 1)).ToString(),
        };
    }

    private static string Bool(Random random, int depth)
    {
        string[] comparisons = ["=", "<>", "<", "<=", ">", ">="];
        var choice = depth == 0 ? random.Next(3) : random.Next(6);
        return choice switch
        {
            0 => Number(random, 1) + " " + comparisons[random.Next(6)] + " " + Number(random, 1),
            1 => Text(random) + " " + comparisons[random.Next(6)] + " " + Text(random),
            2 => random.Next(2) == 0 ? "TRUE" : "FALSE",
            3 => $"AND({Bool(random, depth - 1)}, {Bool(random, depth - 1)})",
            4 => $"OR({Bool(random, depth - 1)}, {Bool(random, depth - 1)}, {Bool(random, depth - 1)})",
            _ => $"NOT({Bool(random, depth - 1)})",
        };
    }

    private static string Text(Random random) => random.Next(4) switch
    {
        0 => "\"VIP\"",
        1 => "\"vip\"",
        2 => "\"\"",
        _ => "t" + random.Next(2),
    };
}
