using System;
using System.Text;
using System.Threading.Tasks;
using Formwork.Expressions.Internal.Evaluation;

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
    [InlineData("COUNT(n0, n1)")]
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
                AssertTypedAgree(formula, slots, expected);
                if (formula.TryEvaluateInterpreted(slots, out var interpreted))
                {
                    Assert.True(expected.Equals(interpreted) && expected.Kind == interpreted.Kind, $"{text} with [{string.Join(", ", slots)}]: general {expected}, interpreted lane {interpreted}");
                }
            }
        }

        Assert.True(withLane > 300, $"only {withLane} of 400 formulas have a fast lane");
    }

    [Fact]
    public void Evaluate_WiderRandomFormulasWithBlanksAndMixedData_FastLaneAgreesWithGeneralTree()
    {
        var scope = new FormulaScope()
            .AddField("n0", ValueKind.Number).AddField("n1", ValueKind.Number).AddField("n2", ValueKind.Number)
            .AddField("t0", ValueKind.Text).AddField("t1", ValueKind.Text)
            .AddField("d0", ValueKind.Date).AddField("d1", ValueKind.Date);
        var random = new Random(20261123);
        var withLane = 0;
        var laneRuns = 0;
        for (var f = 0; f < 600; f++)
        {
            var text = Wide.Root(random);
            var formula = Compiler.CompileOrThrow(text, scope);
            withLane += formula.HasFastLane ? 1 : 0;
            formula.CompileFastLane();
            for (var d = 0; d < 40; d++)
            {
                Value[] slots =
                [
                    Wide.NumberSlot(random), Wide.NumberSlot(random), Wide.NumberSlot(random),
                    Wide.TextSlot(random), Wide.TextSlot(random), Wide.DateSlot(random), Wide.DateSlot(random),
                ];
                laneRuns += AssertAgreesWithGeneralTree(formula, slots) ? 1 : 0;
            }
        }

        Assert.True(withLane > 450, $"only {withLane} of 600 formulas have a fast lane");
        Assert.True(laneRuns > 6000, $"the lane ran only {laneRuns} times");
    }

    [Fact]
    public void TypedEvaluation_ConstantResults_ReadFromTheLaneWithoutConverting()
    {
        var label = Compiler.CompileOrThrow("IF(AND(n0 > 100000, t0 = \"VIP\"), \"urgent\", n1)", Scope);
        label.CompileFastLane();
        Assert.Equal("urgent", label.EvaluateText([150000, 2.50m, 0, "vip", "b"]));
        Assert.Equal("2.5", label.EvaluateText([1, 2.50m, 0, "vip", "b"]));
        Assert.True(label.IsTrue([1, 2.50m, 0, "vip", "b"]));
        Assert.False(label.IsTrue([150000, 2.50m, 0, "vip", "b"]));
        Assert.False(label.IsTrue([1, 0, 0, "vip", "b"]));

        // Data the lane does not take (an error in a number field) goes to the general tree: the error as text, not a condition.
        var error = Value.FromError(ValueError.DivideByZero);
        Assert.Equal("#DIV/0!", label.EvaluateText([error, 1, 0, "vip", "b"]));
        Assert.False(label.IsTrue([error, 1, 0, "vip", "b"]));
    }

    [Fact]
    public void Evaluate_ComparisonWithWholeConstant_AgreesWithDecimalComparison()
    {
        // The lane compares whole non-negative numbers with a whole constant by their 64 bits; every other number
        // (scaled, negative, negative zero, beyond 64 bits) takes the decimal comparison. Both must agree with the general tree.
        string[] formulas = ["n0 > 100000", "n0 >= 100000", "n0 = 5", "n0 <> 0", "n0 < 18446744073709551615", "n0 <= 0"];
        decimal[] numbers = [0m, -0m, 5m, 5.00m, 4.999m, 100000m, 100000.00m, 100000.01m, 99999.999m, -100000m, 18446744073709551615m, 18446744073709551616m, decimal.MaxValue, decimal.MinValue, 0.0001m];
        foreach (var text in formulas)
        {
            var formula = Compiler.CompileOrThrow(text, Scope);
            formula.CompileFastLane();
            foreach (var number in numbers)
            {
                Value[] slots = [number, 0, 0, "a", "b"];
                Assert.True(formula.EvaluateGeneral(slots).Equals(formula.Evaluate(slots)), $"{text} with {number}");
                Assert.Equal(Excel.IsTrue(formula.EvaluateGeneral(slots)), formula.IsTrue(slots));
            }
        }
    }

    [Fact]
    public void Evaluate_ZeroDivisorOnCompiledLane_GivesDivZeroWithoutThrowing()
    {
        var formula = Compiler.CompileOrThrow("IF(n2 > 0, n0 / n1 + MOD(n0, n1), n0 * 2)", Scope);
        formula.CompileFastLane();
        Assert.True(formula.HasCompiledFastLane);
        var thread = Environment.CurrentManagedThreadId;
        var thrown = 0;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            if (e.Exception is DivideByZeroException && Environment.CurrentManagedThreadId == thread)
            {
                thrown++;
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            for (var i = 0; i < 100; i++)
            {
                Assert.Equal(Value.FromError(ValueError.DivideByZero), formula.Evaluate([6, 0, 1, "a", "b"]));
                Assert.Equal(Value.FromNumber(12m), formula.Evaluate([6, 0, 0, "a", "b"]));
                Assert.Equal(Value.FromNumber(3m), formula.Evaluate([6, 2, 1, "a", "b"]));
                Assert.Equal(Value.FromNumber(4.75m), formula.Evaluate([7, 4, 1, "a", "b"]));
            }
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        Assert.Equal(0, thrown);
    }

    [Theory]
    [InlineData("SUM(lines.amount)")]
    [InlineData("SUM(lines.amount) * (1 - n0)")]
    [InlineData("SUM(lines.amount, n0, lines.quantity, n0 * 2, 2)")]
    [InlineData("SUM(lines.amount) > 100")]
    [InlineData("MIN(lines.amount)")]
    [InlineData("MAX(lines.amount) - MIN(lines.quantity)")]
    [InlineData("COUNT(lines.amount) * 100 + COUNTA(lines.quantity)")]
    [InlineData("AVERAGE(lines.amount)")]
    [InlineData("IF(COUNT(lines.amount) > 2, AVERAGE(lines.quantity), SUM(lines.amount))")]
    public void Evaluate_AggregatesOfSubformColumns_OnTheLaneAgreeWithGeneralTree(string text)
    {
        // Rows built on one layout (as the form engine builds them) or with names, cells of every kind: numbers fold,
        // blanks, text and booleans are skipped (COUNTA counts them), an error or a date hands the evaluation to the
        // general tree where the aggregate cannot fold it, and so do overflow and AVERAGE of no numbers.
        var rowScope = new FormulaScope().AddField("amount", ValueKind.Number).AddField("quantity", ValueKind.Number);
        var scope = new FormulaScope().AddField("n0", ValueKind.Number).AddTable("lines", rowScope);
        var formula = Compiler.CompileOrThrow(text, scope);
        Assert.True(formula.HasFastLane);
        formula.CompileFastLane();
        Assert.True(formula.HasCompiledFastLane);
        var layout = new RecordLayout(["amount", "quantity"]);
        var random = new Random(20261124);
        var laneRuns = 0;
        for (var d = 0; d < 400; d++)
        {
            var rows = new RecordData[random.Next(0, 6)];
            for (var r = 0; r < rows.Length; r++)
            {
                var amount = Cell(random);
                var quantity = Cell(random);
                rows[r] = random.Next(3) == 0
                    ? new RecordData().Set("amount", amount).Set("quantity", quantity).Freeze()
                    : layout.CreateRecord([amount, quantity]).Freeze();
            }

            Value[] slots = [random.Next(4) == 0 ? Value.Blank : random.Next(-5, 5) / 10m, random.Next(8) == 0 ? Value.Blank : Value.FromTable(rows)];
            laneRuns += AssertAgreesWithGeneralTree(formula, slots) ? 1 : 0;
        }

        Assert.True(laneRuns > 100, $"the lane ran only {laneRuns} times");

        static Value Cell(Random random) => random.Next(12) switch
        {
            0 => Value.Blank,
            1 => Value.FromText("12"),
            2 => Value.True,
            3 => Value.FromError(ValueError.NotAvailable),
            4 => Value.FromDate(new DateOnly(2024, 1, 31)),
            5 => decimal.MaxValue,
            _ => random.Next(-1000, 1000) / 100m,
        };
    }

    /// <summary>
    /// The compiled evaluation, the typed entry points and the interpreted lane (when it takes the data) agree with the
    /// general tree; returns whether the interpreted lane ran.
    /// </summary>
    private static bool AssertAgreesWithGeneralTree(Formula formula, Value[] slots)
    {
        var expected = formula.EvaluateGeneral(slots);
        var actual = formula.Evaluate(slots);
        Assert.True(Same(expected, actual), $"{formula.Text} with [{string.Join(", ", slots)}]: general {expected}, evaluated {actual}");
        AssertTypedAgree(formula, slots, expected);
        if (!formula.TryEvaluateInterpreted(slots, out var interpreted))
        {
            return false;
        }

        Assert.True(Same(expected, interpreted), $"{formula.Text} with [{string.Join(", ", slots)}]: general {expected}, interpreted lane {interpreted}");
        return true;
    }

    /// <summary>The typed entry points give what the general tree's result converts to.</summary>
    private static void AssertTypedAgree(Formula formula, Value[] slots, Value expected)
    {
        Assert.True(Excel.ToText(expected) == formula.EvaluateText(slots), $"{formula.Text} with [{string.Join(", ", slots)}]: general {expected}, as text {formula.EvaluateText(slots)}");
        Assert.True(Excel.IsTrue(expected) == formula.IsTrue(slots), $"{formula.Text} with [{string.Join(", ", slots)}]: general {expected}, as condition {formula.IsTrue(slots)}");
    }

    [Theory]
    [InlineData("n0 + n1", "", "2", "2")]
    [InlineData("n0 * 2 + 1", "", "2", "1")]
    [InlineData("n0 = 0", "", "2", "TRUE")]
    [InlineData("t0 = \"\"", "", "2", "TRUE")]
    [InlineData("t0 & \"-\" & n1", "", "2.50", "-2.5")]
    [InlineData("ISBLANK(n0)", "", "2", "TRUE")]
    [InlineData("IF(ISBLANK(t0), \"none\", t0 & \"\")", "", "2", "none")]
    [InlineData("ROUND(n0 / 3, 2)", "", "2", "0")]
    [InlineData("MAX(n1, 2 ^ 3, ABS(-5))", "1", "2", "8")]
    [InlineData("LEN(t0 & n1)", "abc", "2", "4")]
    [InlineData("IF(n1 > 1, n1 * 2, 0) + 1", "", "2", "5")]
    public void Evaluate_CompiledLaneWithBlanks_GivesExcelResult(string text, string first, string second, string expected)
    {
        var scope = new FormulaScope().AddField("n0", ValueKind.Number).AddField("n1", ValueKind.Number).AddField("t0", ValueKind.Text);
        var formula = Compiler.CompileOrThrow(text.Replace("n0", first.Length > 0 && !char.IsDigit(first[0]) ? "t0" : "n0", StringComparison.Ordinal), scope);
        formula.CompileFastLane();
        Assert.True(formula.HasCompiledFastLane);
        var value = first.Length == 0 ? Value.Blank : char.IsDigit(first[0]) ? Value.FromNumber(decimal.Parse(first, System.Globalization.CultureInfo.InvariantCulture)) : Value.FromText(first);
        Value[] slots = [value.Kind == ValueKind.Text ? Value.Blank : value, Value.FromNumber(decimal.Parse(second, System.Globalization.CultureInfo.InvariantCulture)), value.Kind == ValueKind.Text ? value : Value.Blank];
        Assert.Equal(expected, formula.Evaluate(slots).ToString());
        Assert.True(formula.TryEvaluateInterpreted(slots, out _));
    }

    [Fact]
    public void Evaluate_DateArithmetic_RunsOnTheLane()
    {
        var scope = new FormulaScope().AddField("start", ValueKind.Date).AddField("end", ValueKind.Date).AddField("days", ValueKind.Number);
        Value[] slots = [Value.FromDate(new DateOnly(2024, 2, 27)), Value.FromDate(new DateOnly(2024, 3, 2)), Value.FromNumber(2.9m)];
        var shifted = Compiler.CompileOrThrow("start + days", scope);
        var between = Compiler.CompileOrThrow("end - start", scope);
        var later = Compiler.CompileOrThrow("start + days < end", scope);
        foreach (var formula in new[] { shifted, between, later })
        {
            formula.CompileFastLane();
            Assert.True(formula.TryEvaluateInterpreted(slots, out _), formula.Text);
        }

        Assert.Equal(Value.FromDate(new DateOnly(2024, 2, 29)), shifted.Evaluate(slots));
        Assert.Equal(Value.FromNumber(4m), between.Evaluate(slots));
        Assert.Equal(Value.True, later.Evaluate(slots));
    }

    [Fact]
    public void Evaluate_NonAsciiText_ComparesLikeTheGeneralTree()
    {
        foreach (var (text, other) in new[] { ("\u212A", "k"), ("\u212A", "K"), ("ı", "I"), ("Straße", "STRASSE"), ("Ünïcode", "üNÏCODE"), ("vip", "VIP") })
        {
            var formula = Compiler.CompileOrThrow($"t0 = \"{other}\"", Scope);
            formula.CompileFastLane();
            Value[] slots = [0, 0, 0, text, "x"];
            Assert.Equal(formula.EvaluateGeneral(slots), formula.Evaluate(slots));
            Assert.True(formula.TryEvaluateInterpreted(slots, out var interpreted));
            Assert.Equal(formula.EvaluateGeneral(slots), interpreted);
        }
    }

    [Fact]
    public void Evaluate_RelatedRecordPaths_FastLaneAgreesWithGeneralTree()
    {
        var company = new FormulaScope().AddField("level", ValueKind.Text);
        var customer = new FormulaScope().AddField("level", ValueKind.Text).AddField("credit", ValueKind.Number).AddRecord("company", company);
        var scope = new FormulaScope().AddField("amount", ValueKind.Number).AddRecord("customer", customer);
        string[] texts =
        [
            "IF(AND(amount > 100000, customer.level = \"VIP\"), \"urgent\", \"normal\")",
            "customer.credit * 2 + amount",
            "customer.company.level & \"-\" & customer.level",
            "IF(customer.credit > 10, customer.level, \"none\")",
            "customer.company.level = \"vip\"",
            "MAX(customer.credit, 5)",
        ];
        var context = new FormulaContext(recordResolver: r => r.RecordId == "known" ? new RecordData().Set("level", "VIP").Set("credit", 20) : null);
        var random = new Random(77);
        var laneRuns = 0;
        foreach (var text in texts)
        {
            var formula = Compiler.CompileOrThrow(text, scope);
            Assert.True(formula.HasFastLane, text);
            formula.CompileFastLane();
            for (var i = 0; i < 300; i++)
            {
                Value[] slots = [random.Next(4) == 0 ? Value.Blank : Value.FromNumber(random.Next(0, 200_000)), Holder(random, 2)];
                var expected = formula.EvaluateGeneral(slots, context);
                Assert.True(Same(expected, formula.Evaluate(slots, context)), $"{text} with [{string.Join(", ", slots)}]: general {expected}, evaluated {formula.Evaluate(slots, context)}");
                if (formula.TryEvaluateInterpreted(slots, out var interpreted))
                {
                    laneRuns++;
                    Assert.True(Same(expected, interpreted), $"{text}: general {expected}, interpreted lane {interpreted}");
                }
            }
        }

        Assert.True(laneRuns > 400, $"the lane ran only {laneRuns} times");
    }

    private static Value Holder(Random random, int depth)
    {
        switch (random.Next(depth == 0 ? 3 : 10))
        {
            case 0:
                return Value.Blank;
            case 1:
                return Value.FromReference(new RecordReference("customers", random.Next(2) == 0 ? "known" : "missing"));
            case 2:
                return random.Next(2) == 0 ? Value.FromError(ValueError.NotAvailable) : Value.FromNumber(3m);
            case 3:
                return Value.FromTable([]);
            default:
                var row = new RecordData();
                Value[] levels = [Value.FromText("VIP"), Value.FromText("vip"), Value.FromText("gold"), Value.Blank, Value.FromNumber(1m), Value.FromError(ValueError.Value)];
                Value[] credits = [Value.FromNumber(5m), Value.FromNumber(50m), Value.Blank, Value.FromText("12"), Value.FromNumber(decimal.MaxValue)];
                row.Set("level", levels[random.Next(levels.Length)]);
                if (random.Next(5) != 0)
                {
                    row.Set("credit", credits[random.Next(credits.Length)]);
                }

                if (depth > 0)
                {
                    row.Set("company", Holder(random, depth - 1));
                }

                return Value.FromTable([row]);
        }
    }

    private static bool Same(Value expected, Value actual) =>
        expected.Kind == actual.Kind && expected.Equals(actual) && expected.ToString() == actual.ToString();

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

    /// <summary>Generates the wider shapes of the lane: ^, &amp;, IF inside arithmetic, functions, dates, ISBLANK.</summary>
    private static class Wide
    {
        private static readonly string[] Comparisons = ["=", "<>", "<", "<=", ">", ">="];

        public static string Root(Random random) => random.Next(6) switch
        {
            0 => Number(random, 3),
            1 => Bool(random, 3),
            2 => Text(random, 2),
            3 => Date(random, 2),
            4 => $"IF({Bool(random, 2)}, {Any(random)}, {Any(random)})",
            _ => $"IF({Bool(random, 2)}, {Any(random)})",
        };

        public static Value NumberSlot(Random random) => random.Next(10) switch
        {
            < 5 => Value.FromNumber(random.Next(4) switch { 0 => 0m, 1 => random.Next(-1000, 1000) / 100m, 2 => random.Next(0, 200_000), _ => 2.50m }),
            5 => Value.FromNumber(random.Next(2) == 0 ? decimal.MaxValue : 1e20m),
            < 8 => Value.Blank,
            _ => Odd(random),
        };

        public static Value TextSlot(Random random) => random.Next(10) switch
        {
            < 6 => Value.FromText(new[] { "VIP", "vip", string.Empty, "12", "gold", "\u212A", "Straße" }[random.Next(7)]),
            < 8 => Value.Blank,
            _ => Odd(random),
        };

        public static Value DateSlot(Random random) => random.Next(10) switch
        {
            < 6 => Value.FromDate(random.Next(5) == 0 ? new DateOnly(9999, 12, 30) : new DateOnly(2024, 1, 1).AddDays(random.Next(-400, 400))),
            < 8 => Value.Blank,
            _ => Odd(random),
        };

        private static Value Odd(Random random) => random.Next(6) switch
        {
            0 => Value.FromText("12.5"),
            1 => Value.FromText("abc"),
            2 => Value.FromError(ValueError.NotAvailable),
            3 => Value.True,
            4 => Value.FromDate(new DateOnly(2024, 1, 31)),
            _ => Value.FromNumber(3m),
        };

        private static string Any(Random random) => random.Next(4) switch
        {
            0 => Number(random, 2),
            1 => Bool(random, 1),
            2 => Text(random, 1),
            _ => Date(random, 1),
        };

        private static string Number(Random random, int depth)
        {
            if (depth == 0 || random.Next(4) == 0)
            {
                return random.Next(3) switch
                {
                    0 => new[] { "0", "1", "2.5", "-3", "100000", "0.5", "79228162514264337593543950335" }[random.Next(7)],
                    _ => "n" + random.Next(3),
                };
            }

            var x = Number(random, depth - 1);
            var y = Number(random, depth - 1);
            return random.Next(16) switch
            {
                0 => "-" + x,
                1 => x + "%",
                2 => "(" + x + ")",
                3 => x + " ^ " + new[] { "0", "2", "0.5", "-1", "n1" }[random.Next(5)],
                4 => $"IF({Bool(random, depth - 1)}, {x}, {y})",
                5 => $"{new[] { "ROUND", "ROUNDUP", "ROUNDDOWN" }[random.Next(3)]}({x}, {new[] { "0", "1", "2", "-1", "n1" }[random.Next(5)]})",
                6 => $"{new[] { "ABS", "INT", "SIGN", "TRUNC" }[random.Next(4)]}({x})",
                7 => $"MOD({x}, {y})",
                8 => random.Next(2) == 0 ? $"MIN({x}, {y})" : $"MAX({x}, {y}, {Number(random, 0)})",
                9 => $"POWER({x}, {new[] { "2", "0.5", "n2" }[random.Next(3)]})",
                10 => $"LEN({Text(random, depth - 1)})",
                11 => $"({Date(random, depth - 1)} - {Date(random, 0)})",
                _ => x + " " + "+-*/"[random.Next(4)] + " " + y,
            };
        }

        private static string Text(Random random, int depth)
        {
            if (depth == 0 || random.Next(3) == 0)
            {
                return new[] { "\"VIP\"", "\"vip\"", "\"\"", "\"K\"", "t0", "t1", "t0", "t1" }[random.Next(8)];
            }

            return random.Next(2) == 0
                ? Text(random, depth - 1) + " & " + Text(random, depth - 1)
                : Text(random, depth - 1) + " & " + Number(random, 1);
        }

        private static string Date(Random random, int depth)
        {
            if (depth == 0 || random.Next(3) == 0)
            {
                return "d" + random.Next(2);
            }

            return random.Next(3) switch
            {
                0 => Date(random, depth - 1) + " + " + Number(random, 1),
                1 => Date(random, depth - 1) + " - " + Number(random, 1),
                _ => Number(random, 0) + " + " + Date(random, depth - 1),
            };
        }

        private static string Bool(Random random, int depth)
        {
            var choice = depth == 0 ? random.Next(5) : random.Next(9);
            return choice switch
            {
                0 => Number(random, 1) + " " + Comparisons[random.Next(6)] + " " + Number(random, 1),
                1 => Text(random, 1) + " " + Comparisons[random.Next(6)] + " " + Text(random, 1),
                2 => Date(random, 1) + " " + Comparisons[random.Next(6)] + " " + Date(random, 0),
                3 => random.Next(2) == 0 ? "TRUE" : "FALSE",
                4 => $"ISBLANK({new[] { "n0", "t0", "n1", "t1" }[random.Next(4)]})",
                5 => $"AND({Bool(random, depth - 1)}, {Bool(random, depth - 1)})",
                6 => $"OR({Bool(random, depth - 1)}, {Bool(random, depth - 1)}, {Bool(random, depth - 1)})",
                7 => $"NOT({Bool(random, depth - 1)})",
                _ => Number(random, 1) + " " + Comparisons[random.Next(6)] + " " + Number(random, 0),
            };
        }
    }
}
