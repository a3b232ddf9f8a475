using System;
using System.Linq;
using System.Text;
using Formwork.Diagnostics;

namespace Formwork.Expressions.Tests;

public class FormulaSafetyTests
{
    [Theory]
    [InlineData(10_000, "(")]
    [InlineData(100_000, "-")]
    [InlineData(10_000, "SUM(")]
    [InlineData(10_000, "NOT ")]
    public void Compile_DeepNesting_IsRefusedWithDiagnostic(int depth, string opener)
    {
        var text = string.Concat(Enumerable.Repeat(opener, depth)) + "1";
        var compiler = new FormulaCompiler(new FormulaOptions { MaxLength = FormulaConstants.MaxLengthLimit });
        var compilation = compiler.Compile(text, new FormulaScope());
        Assert.False(compilation.Success);
        Assert.Equal("FWE0003", compilation.Diagnostics[0].Code);
    }

    [Fact]
    public void Compile_DeepNesting_NamesPositionAndLimit()
    {
        var text = new string('(', 70) + "1" + new string(')', 70);
        var diagnostic = new FormulaCompiler().Compile(text, new FormulaScope()).Diagnostics.Single();
        Assert.Equal("error FWE0003 at 1:65: The formula is nested too deeply at 1:65: at most 64 levels are allowed.", diagnostic.ToString());
    }

    [Fact]
    public void Compile_NestingAtTheLimit_Compiles()
    {
        var text = new string('(', 63) + "1" + new string(')', 63);
        Assert.True(new FormulaCompiler().Compile(text, new FormulaScope()).Success);
    }

    [Fact]
    public void Compile_LongFlatSum_CompilesAndEvaluatesWithoutRecursion()
    {
        var text = string.Join(" + ", Enumerable.Repeat("1", 20_000));
        var compiler = new FormulaCompiler(new FormulaOptions { MaxLength = 100_000 });
        var formula = compiler.CompileOrThrow(text, new FormulaScope());
        Assert.Equal(20_000m, formula.Evaluate(ReadOnlySpan<Value>.Empty).AsNumber());
    }

    [Fact]
    public void Compile_ChainedComparisonsAndPowers_AreBoundedByDepth()
    {
        var compiler = new FormulaCompiler(new FormulaOptions { MaxLength = 100_000 });
        Assert.Equal("FWE0003", compiler.Compile(string.Join(" = ", Enumerable.Repeat("1", 5_000)), new FormulaScope()).Diagnostics[0].Code);
        Assert.Equal("FWE0003", compiler.Compile(string.Join("^", Enumerable.Repeat("1", 5_000)), new FormulaScope()).Diagnostics[0].Code);
        Assert.Equal("FWE0003", compiler.Compile("1" + new string('%', 5_000), new FormulaScope()).Diagnostics[0].Code);
    }

    [Fact]
    public void Compile_TooLong_IsRefused()
    {
        var text = new string('1', FormulaConstants.DefaultMaxLength + 1);
        var diagnostic = new FormulaCompiler().Compile(text, new FormulaScope()).Diagnostics.Single();
        Assert.Equal("FWE0002", diagnostic.Code);
        Assert.Equal("The formula is 4097 characters long; at most 4096 are allowed.", diagnostic.Message);
    }

    [Theory]
    [InlineData("", "FWE0001", "The formula is empty.")]
    [InlineData("1 +", "FWE0020", "Expected a value at 1:4 but found the end of the formula.")]
    [InlineData("1 + * 2", "FWE0020", "Expected a value at 1:5 but found '*'.")]
    [InlineData("(1 + 2", "FWE0021", "Expected ')' at 1:7 but found the end of the formula.")]
    [InlineData("1 2", "FWE0022", "Unexpected '2' at 1:3: the formula should end here.")]
    [InlineData("\"abc", "FWE0011", "The text starting at 1:1 has no closing quote (\").")]
    [InlineData("[unit price", "FWE0012", "The name starting at 1:1 has no closing bracket (]).")]
    [InlineData("1 $ 2", "FWE0010", "Unexpected character '$' at 1:3.")]
    [InlineData("12abc", "FWE0013", "'12abc' at 1:1 is not a valid number.")]
    [InlineData("customer.", "FWE0023", "Expected a field name after '.' at 1:10 but found the end of the formula.")]
    [InlineData("1 +\n  SUMM(2)", "FWE0101", "Unknown function 'SUMM' at 2:3 — did you mean SUM?")]
    [InlineData("FROBNICATE(2)", "FWE0102", "Unknown function 'FROBNICATE' at 1:1.")]
    [InlineData("quantty + 1", "FWE0103", "Unknown field 'quantty' at 1:1 — did you mean quantity?")]
    [InlineData("zzz + 1", "FWE0104", "Unknown field 'zzz' at 1:1.")]
    [InlineData("ROUND(1)", "FWE0105", "ROUND at 1:1 takes 2 arguments but was given 1.")]
    [InlineData("IF(1)", "FWE0105", "IF at 1:1 takes 2 to 3 arguments but was given 1.")]
    [InlineData("lines + 1", "FWE0106", "'lines' at 1:1 is a subform: use one of its columns in an aggregate, such as SUM(lines.amount).")]
    [InlineData("lines.amount * 2", "FWE0107", "'lines.amount' at 1:1 is a subform column: use it inside an aggregate such as SUM, COUNTIF or TEXTJOIN.")]
    [InlineData("customer.rank", "FWE0108", "'customer' has no field 'rank' (at 1:1).")]
    [InlineData("quantity.x", "FWE0109", "'quantity' at 1:1 is a plain field, not a subform or related record, so 'quantity.x' does not exist.")]
    [InlineData("COUNTIF(quantity, 1)", "FWE0110", "Argument 1 of COUNTIF at 1:9 must be a subform column such as lines.amount.")]
    [InlineData("lines.amount.x", "FWE0112", "'lines.amount.x' at 1:1 goes deeper than a subform column: write subform.column, record.field or record.relation.field.")]
    public void Compile_BadFormula_ReportsCodeAndPosition(string formula, string code, string message)
    {
        var diagnostic = FormulaAssert.Compiler.Compile(formula, FormulaAssert.Scope()).Diagnostics[0];
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Compile_SeveralProblems_ReportsEach()
    {
        var diagnostics = FormulaAssert.Compiler.Compile("SUMM(1) + quantty + ROUND(1)", FormulaAssert.Scope()).Diagnostics;
        Assert.Equal(["FWE0101", "FWE0103", "FWE0105"], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void CompileOrThrow_BadFormula_ThrowsFormworkException()
    {
        var ex = Assert.Throws<FormworkException>(() => FormulaAssert.Compiler.CompileOrThrow("SUMM(1)", FormulaAssert.Scope()));
        Assert.Equal("FWE0101", ex.Code);
    }

    /// <summary>
    /// Thousands of generated and mutated formulas with a fixed seed: compiling and evaluating must never throw (only
    /// diagnostics and error values), never hang and never overflow the stack.
    /// </summary>
    [Fact]
    public void Compile_RandomAndMutatedFormulas_NeverThrow()
    {
        var random = new Random(20260115);
        var scope = FormulaAssert.Scope();
        var data = FormulaAssert.Data();
        var slots = scope.ToSlots(data);
        var compiler = new FormulaCompiler(new FormulaOptions { MaxLength = 2_000 });
        string[] seeds =
        [
            "quantity * unitPrice * (1 - discount)", "IF(AND(quantity > 1, customer.level = \"VIP\"), \"urgent\", \"normal\")",
            "SUMIFS(lines.amount, lines.status, \"done\", lines.qty, \">=1\")", "TEXT(start, \"yyyy年m月d日\") & RMBCAP(SUM(lines.amount))",
            "DATEDIF(start, TODAY(), \"md\") + NETWORKDAYS(start, TODAY())", "IFERROR(1/0, [unit price]) % ^ 2", "数量 * 单价 & \"元\"",
        ];
        var compiled = 0;
        for (var i = 0; i < 6_000; i++)
        {
            var text = i % 2 == 0 ? Generate(random, 0) : Mutate(random, seeds[random.Next(seeds.Length)]);
            var compilation = compiler.Compile(text, scope);
            if (compilation.Success)
            {
                compiled++;
                compilation.Formula.Evaluate(slots, FormulaAssert.Context);
            }
            else
            {
                Assert.NotEmpty(compilation.Diagnostics);
                Assert.All(compilation.Diagnostics, d => Assert.StartsWith("FWE", d.Code, StringComparison.Ordinal));
            }
        }

        Assert.True(compiled > 1_000, $"only {compiled} formulas compiled");
    }

    private static readonly string[] Functions =
    [
        "IF", "IFS", "SWITCH", "AND", "OR", "NOT", "XOR", "IFERROR", "IFNA", "ISBLANK", "ISNUMBER", "ISTEXT", "ISERROR", "SUM",
        "AVERAGE", "MIN", "MAX", "COUNT", "COUNTA", "COUNTBLANK", "PRODUCT", "MEDIAN", "ROUND", "ROUNDUP", "ROUNDDOWN", "INT",
        "TRUNC", "MOD", "ABS", "SIGN", "POWER", "SQRT", "CEILING", "FLOOR", "CONCATENATE", "CONCAT", "LEFT", "RIGHT", "MID", "LEN",
        "UPPER", "LOWER", "PROPER", "TRIM", "SUBSTITUTE", "REPLACE", "FIND", "SEARCH", "TEXT", "VALUE", "REPT", "EXACT", "DATE",
        "DATEVALUE", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "WEEKDAY", "WEEKNUM", "DATEDIF", "DAYS", "EDATE", "EOMONTH",
        "WORKDAY", "NETWORKDAYS", "RMBCAP", "ISMOBILE", "ISEMAIL", "ISIDCARD", "ISUSCC", "ISLUHN", "TODAY", "NOW",
    ];

    private static readonly string[] Atoms =
    [
        "quantity", "unitPrice", "discount", "name", "start", "empty", "数量", "[unit price]", "customer.level", "customer.credit",
        "1", "0", "-1", "2.5", "1e3", "79228162514264337593543950335", "0.0000001", "\"abc\"", "\"\"", "\"2024-02-29\"", "TRUE",
        "FALSE", "#N/A", "#DIV/0!", "lines.amount", "lines.status", "tags", "\"yyyy-mm-dd\"", "\"0.00%\"", "\">2\"", "\"d*\"",
    ];

    private static readonly string[] BinaryOperators = ["+", "-", "*", "/", "^", "&", "=", "<>", "<", "<=", ">", ">=", " AND ", " OR "];

    private static string Generate(Random random, int depth)
    {
        var roll = random.Next(depth > 6 ? 2 : 10);
        switch (roll)
        {
            case 0:
            case 1:
                return Atoms[random.Next(Atoms.Length)];
            case 2:
            case 3:
            case 4:
                return Generate(random, depth + 1) + BinaryOperators[random.Next(BinaryOperators.Length)] + Generate(random, depth + 1);
            case 5:
                return "(" + Generate(random, depth + 1) + ")" + (random.Next(4) == 0 ? "%" : string.Empty);
            case 6:
                return (random.Next(2) == 0 ? "-" : "NOT ") + Generate(random, depth + 1);
            default:
                var builder = new StringBuilder(Functions[random.Next(Functions.Length)]).Append('(');
                var count = random.Next(5);
                for (var i = 0; i < count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ").Append(Generate(random, depth + 1));
                }

                return builder.Append(')').ToString();
        }
    }

    private static string Mutate(Random random, string text)
    {
        var chars = new StringBuilder(text);
        var mutations = 1 + random.Next(4);
        const string alphabet = "()[]\",.+-*/^&%=<>! #;abcXYZ019数\n\t\\";
        for (var m = 0; m < mutations && chars.Length > 0; m++)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(4))
            {
                case 0:
                    chars.Remove(at, 1);
                    break;
                case 1:
                    chars.Insert(at, alphabet[random.Next(alphabet.Length)]);
                    break;
                case 2:
                    chars[at] = alphabet[random.Next(alphabet.Length)];
                    break;
                default:
                    var length = random.Next(Math.Min(12, chars.Length - at) + 1);
                    chars.Insert(random.Next(chars.Length), chars.ToString(at, length));
                    break;
            }
        }

        return chars.ToString();
    }
}
