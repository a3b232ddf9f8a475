namespace Formwork.Expressions.Tests;

public class FormulaCompilerTests
{
    [Theory]
    [InlineData("quantity * unitPrice", "7.5")]
    [InlineData("quantity * unitPrice * (1 - discount)", "6.75")]
    [InlineData("数量 * 单价", "5.00")]
    [InlineData("[unit price] + 1", "8")]
    [InlineData("=1+2*3", "7")]
    [InlineData("2^3^2", "64")]
    [InlineData("-2^2", "4")]
    [InlineData("50%", "0.5")]
    [InlineData("1e3", "1000")]
    [InlineData("customer.credit * 2", "2000")]
    [InlineData("SUM(lines.amount)", "10")]
    [InlineData("COUNTIF(lines.status, \"done\")", "2")]
    public void Compile_Arithmetic_Evaluates(string formula, string expected) => Assert.Equal(expected, FormulaAssert.Show(formula));

    [Theory]
    [InlineData("quantity > 2", "TRUE")]
    [InlineData("name = \"alice\"", "TRUE")]
    [InlineData("name == \"ALICE\"", "TRUE")]
    [InlineData("name != \"bob\"", "TRUE")]
    [InlineData("quantity > 2 AND customer.level = \"VIP\"", "TRUE")]
    [InlineData("quantity > 5 OR NOT quantity > 5", "TRUE")]
    [InlineData("IF(AND(quantity > 1, customer.level = \"VIP\"), \"urgent\", \"normal\")", "\"urgent\"")]
    [InlineData("empty = 0", "TRUE")]
    [InlineData("empty = \"\"", "TRUE")]
    [InlineData("\"a\" & 1.50 & TRUE", "\"a1.5TRUE\"")]
    public void Compile_Logic_Evaluates(string formula, string expected) => Assert.Equal(expected, FormulaAssert.Show(formula));

    [Fact]
    public void Compile_UnknownFunction_SuggestsClosest() =>
        Assert.Equal("error FWE0101 at 1:1: Unknown function 'SUMM' at 1:1 — did you mean SUM?", FormulaAssert.Error("SUMM(1, 2)"));

    [Fact]
    public void Compile_UnknownFunction_HasChineseMessage()
    {
        var diagnostic = FormulaAssert.Compiler.Compile("SUMM(1)", FormulaAssert.Scope()).Diagnostics[0];
        Assert.Equal("1:1 处的函数“SUMM”不存在——您是否想用 SUM？", diagnostic.MessageChinese);
        Assert.Equal(new Formwork.Diagnostics.SourceSpan(0, 4, 1, 1), diagnostic.Span);
    }

    [Theory]
    [InlineData("1 +", "1:4 处应为一个值，实际为公式结尾。")]
    [InlineData("(1 + 2", "1:7 处应为“)”，实际为公式结尾。")]
    [InlineData("1 2", "1:3 处有多余的“2”：公式应在此结束。")]
    [InlineData("ROUND(1)", "1:1 处的 ROUND 需要 2 个参数，实际给了 1 个。")]
    public void Compile_SyntaxError_HasChineseMessage(string formula, string expected) =>
        Assert.Equal(expected, FormulaAssert.Compiler.Compile(formula, FormulaAssert.Scope()).Diagnostics[0].MessageChinese);

    [Fact]
    public void Compile_Dependencies_ListsFieldPaths()
    {
        var formula = FormulaAssert.Compiler.CompileOrThrow("quantity * unitPrice + SUM(lines.amount) + IF(customer.level = \"VIP\", 1, quantity)", FormulaAssert.Scope());
        Assert.Equal(["customer.level", "lines.amount", "quantity", "unitPrice"], formula.Dependencies);
        Assert.Equal(ValueKind.Number, formula.ResultKind);
    }
}
