using System;
using System.Linq;

namespace Formwork.Expressions.Tests.Functions;

public class MathFunctionTests
{
    [Theory]
    [InlineData("ROUND(2.5, 0)", "3")]
    [InlineData("ROUND(-2.5, 0)", "-3")]
    [InlineData("ROUND(1.005, 2)", "1.01")]
    [InlineData("ROUND(1234.567, -2)", "1200")]
    [InlineData("ROUND(-1250, -2)", "-1300")]
    [InlineData("ROUND(5, -1)", "10")]
    [InlineData("ROUNDUP(3.14159, 3)", "3.142")]
    [InlineData("ROUNDUP(-3.14159, 1)", "-3.2")]
    [InlineData("ROUNDUP(31415.92654, -2)", "31500")]
    [InlineData("ROUNDDOWN(3.99, 0)", "3")]
    [InlineData("ROUNDDOWN(-3.99, 1)", "-3.9")]
    [InlineData("INT(8.9)", "8")]
    [InlineData("INT(-8.9)", "-9")]
    [InlineData("TRUNC(-8.9)", "-8")]
    [InlineData("TRUNC(8.987, 2)", "8.98")]
    [InlineData("MOD(3, 2)", "1")]
    [InlineData("MOD(-3, 2)", "1")]
    [InlineData("MOD(3, -2)", "-1")]
    [InlineData("MOD(-3, -2)", "-1")]
    [InlineData("MOD(5.5, 2)", "1.5")]
    [InlineData("MOD(1, 0)", "#DIV/0!")]
    [InlineData("ABS(-2.5)", "2.5")]
    [InlineData("SIGN(-0.1)", "-1")]
    [InlineData("SIGN(0)", "0")]
    [InlineData("POWER(2, 10)", "1024")]
    [InlineData("POWER(1.1, 2)", "1.21")]
    [InlineData("POWER(4, 0.5)", "2")]
    [InlineData("POWER(0, -1)", "#DIV/0!")]
    [InlineData("POWER(-8, 0.5)", "#NUM!")]
    [InlineData("SQRT(16)", "4")]
    [InlineData("SQRT(2.25)", "1.5")]
    [InlineData("SQRT(-1)", "#NUM!")]
    [InlineData("CEILING(2.5, 1)", "3")]
    [InlineData("CEILING(4.42, 0.05)", "4.45")]
    [InlineData("CEILING(-2.5, -2)", "-4")]
    [InlineData("CEILING(-2.5, 2)", "-2")]
    [InlineData("CEILING(2.5, -2)", "#NUM!")]
    [InlineData("FLOOR(3.7, 2)", "2")]
    [InlineData("FLOOR(-2.5, -2)", "-2")]
    [InlineData("FLOOR(-2.5, 2)", "-4")]
    [InlineData("FLOOR(1, 0)", "#DIV/0!")]
    [InlineData("1/0", "#DIV/0!")]
    [InlineData("\"abc\" + 1", "#VALUE!")]
    [InlineData("\"2\" * 3", "6")]
    [InlineData("empty + 1", "1")]
    [InlineData("(1/0) + \"x\"", "#DIV/0!")]
    [InlineData("79228162514264337593543950335 * 2", "#NUM!")]
    public void Math_Evaluates(string formula, string expected) => Assert.Equal(expected, FormulaAssert.Show(formula));

    [Theory]
    [InlineData("SUM(1, 2, 3)", "6")]
    [InlineData("SUM(lines.amount, 10)", "20")]
    [InlineData("SUM(\"3\", TRUE)", "4")]
    [InlineData("SUM(name, 1)", "1")]
    [InlineData("SUM(empty)", "0")]
    [InlineData("SUM(1, 1/0)", "#DIV/0!")]
    [InlineData("AVERAGE(lines.amount)", "3.3333333333333333333333333333")]
    [InlineData("AVERAGE(2, 4)", "3")]
    [InlineData("AVERAGE(empty)", "#DIV/0!")]
    [InlineData("MIN(lines.amount)", "2")]
    [InlineData("MAX(lines.amount, 4)", "5")]
    [InlineData("MAX(empty)", "0")]
    [InlineData("COUNT(lines.amount, lines.status, 1, \"2\", \"x\")", "5")]
    [InlineData("COUNTA(lines.status, empty, name)", "4")]
    [InlineData("COUNTBLANK(empty, \"\", 1)", "2")]
    [InlineData("PRODUCT(lines.amount)", "30")]
    [InlineData("MEDIAN(lines.amount)", "3")]
    [InlineData("MEDIAN(1, 2, 3, 4)", "2.5")]
    [InlineData("LARGE(lines.amount, 1)", "5")]
    [InlineData("SMALL(lines.amount, 2)", "3")]
    [InlineData("LARGE(lines.amount, 4)", "#NUM!")]
    [InlineData("COUNTIF(lines.status, \"DONE\")", "2")]
    [InlineData("COUNTIF(lines.amount, \">2\")", "2")]
    [InlineData("COUNTIF(lines.amount, 3)", "1")]
    [InlineData("COUNTIF(lines.status, \"d*\")", "2")]
    [InlineData("COUNTIF(lines.status, \"<>open\")", "2")]
    [InlineData("COUNTIF(lines.status, \"?pen\")", "1")]
    [InlineData("COUNTIFS(lines.status, \"done\", lines.amount, \">3\")", "1")]
    [InlineData("SUMIF(lines.status, \"done\", lines.amount)", "7")]
    [InlineData("SUMIF(lines.amount, \">2\")", "8")]
    [InlineData("SUMIFS(lines.amount, lines.status, \"done\", lines.qty, \">=1\")", "7")]
    [InlineData("AVERAGEIF(lines.status, \"done\", lines.amount)", "3.5")]
    [InlineData("AVERAGEIF(lines.status, \"none\", lines.amount)", "#DIV/0!")]
    [InlineData("SUM(tags)", "0")]
    [InlineData("COUNTA(tags)", "2")]
    public void Aggregates_Evaluate(string formula, string expected) => Assert.Equal(expected, FormulaAssert.Show(formula));

    [Fact]
    public void CountIfAndSumIf_TextCriteria_MatchAsTheCaseInsensitiveComparisonDoes()
    {
        // Rows with text, numbers, blanks and booleans, some with non-ASCII case pairs (Kelvin sign, dotless i, ß),
        // on one layout or by name; "=x" and "<>x" counted and summed against string.Compare(OrdinalIgnoreCase).
        string[] texts = ["done", "DONE", "Done ", "k", "\u212A", "i", "\u0131", "ss", "\u00DF", "ǆ", "ǅ", "", "完成"];
        var scope = new FormulaScope().AddTable("lines", new FormulaScope().AddField("status", ValueKind.Text).AddField("amount", ValueKind.Number));
        var layout = new RecordLayout(["status", "amount"]);
        var random = new Random(20261126);
        for (var round = 0; round < 40; round++)
        {
            var cells = Enumerable.Range(0, random.Next(0, 30)).Select(_ => random.Next(6) switch
            {
                0 => Value.Blank,
                1 => Value.FromNumber(random.Next(3)),
                2 => Value.True,
                _ => Value.FromText(texts[random.Next(texts.Length)]),
            }).ToArray();
            var rows = cells.Select((cell, i) => random.Next(2) == 0
                ? layout.CreateRecord([cell, Value.FromNumber(i)]).Freeze()
                : new RecordData().Set("status", cell).Set("amount", i).Freeze()).ToArray();
            Value[] slots = [Value.FromTable(rows)];
            foreach (var text in texts.Where(t => t.Length > 0))
            {
                var equal = cells.Select((cell, i) => (Match: cell.Kind == ValueKind.Text && string.Compare(cell.AsText(), text, StringComparison.OrdinalIgnoreCase) == 0, Amount: i)).ToArray();
                var count = new FormulaCompiler().CompileOrThrow($"COUNTIF(lines.status, \"{text}\")", scope).Evaluate(slots);
                var sum = new FormulaCompiler().CompileOrThrow($"SUMIF(lines.status, \"<>{text}\", lines.amount)", scope).Evaluate(slots);
                Assert.Equal(equal.Count(e => e.Match), (int)count.AsNumber());
                Assert.Equal(equal.Where(e => !e.Match).Sum(e => e.Amount), (int)sum.AsNumber());
            }
        }
    }
}
