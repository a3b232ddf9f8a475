namespace Formwork.Expressions.Tests.Functions;

public class ChineseFunctionTests
{
    [Theory]
    [InlineData("12345.67", "壹万贰仟叁佰肆拾伍元陆角柒分")]
    [InlineData("0", "零元整")]
    [InlineData("10", "壹拾元整")]
    [InlineData("100", "壹佰元整")]
    [InlineData("1005", "壹仟零伍元整")]
    [InlineData("1010", "壹仟零壹拾元整")]
    [InlineData("100010", "壹拾万零壹拾元整")]
    [InlineData("100000", "壹拾万元整")]
    [InlineData("10005000", "壹仟万伍仟元整")]
    [InlineData("100000000", "壹亿元整")]
    [InlineData("102030405.06", "壹亿零贰佰零叁万零肆佰零伍元零陆分")]
    [InlineData("12.05", "壹拾贰元零伍分")]
    [InlineData("12.5", "壹拾贰元伍角")]
    [InlineData("0.5", "伍角")]
    [InlineData("0.05", "伍分")]
    [InlineData("0.005", "壹分")]
    [InlineData("-3.2", "负叁元贰角")]
    [InlineData("1000000000000", "#NUM!")]
    public void Rmbcap_WritesAsBanksDo(string amount, string expected)
    {
        var result = FormulaAssert.Eval($"RMBCAP({amount})");
        Assert.Equal(expected, result.ToString());
    }

    [Theory]
    [InlineData("ISMOBILE(\"13812345678\")", "TRUE")]
    [InlineData("ISMOBILE(\"+86 13812345678\")", "TRUE")]
    [InlineData("ISMOBILE(\"12812345678\")", "FALSE")]
    [InlineData("ISMOBILE(\"1381234567\")", "FALSE")]
    [InlineData("ISEMAIL(\"a.b@example.com.cn\")", "TRUE")]
    [InlineData("ISEMAIL(\"a@b\")", "FALSE")]
    [InlineData("ISEMAIL(\"a b@example.com\")", "FALSE")]
    [InlineData("ISIDCARD(\"11010519491231002X\")", "TRUE")]
    [InlineData("ISIDCARD(\"110105194912310021\")", "FALSE")]
    [InlineData("ISIDCARD(\"11010519491331002X\")", "FALSE")]
    [InlineData("ISIDCARD(\"1101051949123100\")", "FALSE")]
    [InlineData("ISUSCC(\"91350100M000100Y43\")", "TRUE")]
    [InlineData("ISUSCC(\"91350100M000100Y44\")", "FALSE")]
    [InlineData("ISUSCC(\"91350100M000100YI3\")", "FALSE")]
    [InlineData("ISLUHN(\"4111 1111 1111 1111\")", "TRUE")]
    [InlineData("ISLUHN(\"4111111111111112\")", "FALSE")]
    [InlineData("ISLUHN(\"6222\")", "FALSE")]
    [InlineData("ISLUHN(1/0)", "FALSE")]
    public void Checks_Validate(string formula, string expected) => Assert.Equal(expected, FormulaAssert.Show(formula));
}
