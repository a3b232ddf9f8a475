using System;

namespace Formwork.Cli.Tests;

public sealed class EvalCommandTests
{
    [Theory]
    [InlineData("1 + 2", "3")]
    [InlineData("12.50 * 1", "12.50")]
    [InlineData("1000000 * 1000000", "1000000000000")]
    [InlineData("\"a\" & \"b\"", "\"ab\"")]
    [InlineData("1 > 0", "true")]
    [InlineData("IF(FALSE, 1, empty)", "null")]
    [InlineData("DATE(2024, 1, 31)", "\"2024-01-31\"")]
    [InlineData("1/0", "{\"error\":\"#DIV/0!\"}")]
    [InlineData("RMBCAP(12345.67)", "\"壹万贰仟叁佰肆拾伍元陆角柒分\"")]
    public void Eval_Formula_PrintsOneJsonValue(string formula, string expected)
    {
        var (code, output, error) = CliHarness.Run("eval", formula, "--schema", "{\"empty\":\"text\"}");
        Assert.Equal(string.Empty, error);
        Assert.Equal(0, code);
        Assert.Equal(expected, output.TrimEnd());
    }

    [Fact]
    public void Eval_Data_ReadsFieldsSubformsAndRelatedRecords()
    {
        var data = """{"quantity":3,"unitPrice":2.5,"lines":[{"amount":2,"status":"done"},{"amount":3,"status":"open"}],"customer":{"level":"VIP"}}""";
        Assert.Equal("7.5", Run("quantity * unitPrice", "--data", data));
        Assert.Equal("5", Run("SUM(lines.amount)", "--data", data));
        Assert.Equal("1", Run("COUNTIF(lines.status, \"done\")", "--data", data));
        Assert.Equal("true", Run("customer.level = \"vip\"", "--data", data));
        Assert.Equal("\"urgent\"", Run("IF(AND(quantity > 2, customer.level = \"VIP\"), \"urgent\", \"normal\")", "--data", data));
    }

    [Fact]
    public void Eval_Schema_ReadsDeclaredDates()
    {
        Assert.Equal("\"2024-02-01\"", Run("start + 1", "--data", "{\"start\":\"2024-01-31\"}", "--schema", "{\"start\":\"date\"}"));
        Assert.Equal("\"2024-01-311\"", Run("start & 1", "--data", "{\"start\":\"2024-01-31\"}"));
    }

    [Fact]
    public void Eval_NowAndTimeZone_DriveTodayAndNow()
    {
        Assert.Equal("\"2026-01-15\"", Run("TODAY()", "--now", "2026-01-15T01:00:00+08:00"));
        Assert.Equal("\"2026-01-14\"", Run("TODAY()", "--now", "2026-01-15T01:00:00+08:00", "--time-zone", "UTC"));
        Assert.Equal("\"2026-01-15T10:00:00+08:00\"", Run("NOW()", "--now", "2026-01-15T02:00:00Z", "--time-zone", "Asia/Shanghai"));
    }

    [Fact]
    public void Eval_CompileError_PrintsDiagnosticsAndExits2()
    {
        var (code, output, error) = CliHarness.Run("eval", "SUMM(1, 2)");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error FWE0101 at 1:1: Unknown function 'SUMM' at 1:1 — did you mean SUM?", error, StringComparison.Ordinal);
        Assert.Contains("您是否想用 SUM", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_UnknownField_Exits2()
    {
        var (code, _, error) = CliHarness.Run("eval", "quantty * 2", "--data", "{\"quantity\":1}");
        Assert.Equal(2, code);
        Assert.Contains("FWE0103", error, StringComparison.Ordinal);
        Assert.Contains("did you mean quantity?", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2]")]
    public void Eval_BadData_Exits2(string data)
    {
        var (code, _, error) = CliHarness.Run("eval", "1", "--data", data);
        Assert.Equal(2, code);
        Assert.Contains("--data", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_BadSchemaKind_Exits2()
    {
        var (code, _, error) = CliHarness.Run("eval", "1", "--schema", "{\"a\":\"colour\"}");
        Assert.Equal(2, code);
        Assert.Contains("unknown field kind", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_DateThatIsNotADate_Exits2()
    {
        var (code, _, error) = CliHarness.Run("eval", "start", "--data", "{\"start\":\"soon\"}", "--schema", "{\"start\":\"date\"}");
        Assert.Equal(2, code);
        Assert.Contains("$.start", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--now", "tomorrow")]
    [InlineData("--time-zone", "Mars/Olympus")]
    public void Eval_BadClockOption_IsUsageError(string option, string value)
    {
        var (code, _, error) = CliHarness.Run("eval", "TODAY()", option, value);
        Assert.Equal(1, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_MissingFormula_IsUsageError()
    {
        var (code, _, error) = CliHarness.Run("eval");
        Assert.Equal(1, code);
        Assert.Contains("Missing the formula", error, StringComparison.Ordinal);
    }

    private static string Run(params string[] arguments)
    {
        var all = new string[arguments.Length + 1];
        all[0] = "eval";
        Array.Copy(arguments, 0, all, 1, arguments.Length);
        var (code, output, error) = CliHarness.Run(all);
        Assert.True(code == 0, error);
        return output.TrimEnd();
    }
}
