using System.Globalization;
using Formwork.Diagnostics;
using Microsoft.Extensions.Options;

namespace Formwork.Abstractions.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    private static readonly MessageTemplate Required = new("FWT0001", "'{field}' must not be empty.", "“{field}”不能为空。");

    [Fact]
    public void Message_FillsPlaceholdersInBothLanguages()
    {
        var diagnostic = Diagnostic.Error(Required, "lines[2].quantity", null, ("field", "数量"));
        Assert.Equal("FWT0001", diagnostic.Code);
        Assert.Equal("'数量' must not be empty.", diagnostic.Message);
        Assert.Equal("“数量”不能为空。", diagnostic.MessageChinese);
        Assert.Equal("error FWT0001 at lines[2].quantity: '数量' must not be empty.", diagnostic.ToString());
    }

    [Fact]
    public void ToString_WithSpan_ShowsLineAndColumn()
    {
        var diagnostic = Diagnostic.Warning(Required, null, new SourceSpan(4, 3, 1, 5), ("field", "x"));
        Assert.Equal("warning FWT0001 at 1:5: 'x' must not be empty.", diagnostic.ToString());
    }

    [Fact]
    public void Fill_UnknownPlaceholder_StaysAsWritten() =>
        Assert.Equal("a {b} c", MessageTemplate.Fill("a {b} c", new System.Collections.Generic.Dictionary<string, object?> { ["x"] = 1 }));

    [Fact]
    public void Fill_FormatsNumbersInvariantly() =>
        Assert.Equal("1234.5", MessageTemplate.Fill("{n}", new System.Collections.Generic.Dictionary<string, object?> { ["n"] = 1234.5m }));

    [Theory]
    [InlineData("zh-CN", "“x”不能为空。")]
    [InlineData("zh-Hans", "“x”不能为空。")]
    [InlineData("en-US", "'x' must not be empty.")]
    [InlineData("fr-FR", "'x' must not be empty.")]
    public void GetMessage_PicksBuiltInLanguageByCulture(string culture, string expected)
    {
        var diagnostic = Diagnostic.Error(Required, null, null, ("field", "x"));
        Assert.Equal(expected, diagnostic.GetMessage(CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void GetMessage_HostOverride_FallsBackThroughParentCultures()
    {
        var options = new FormworkLocalizationOptions()
            .Override("zh", "FWT0001", "请填写{field}")
            .Override("ja", "FWT0001", "{field}を入力してください");
        var localizer = new MessageLocalizer(Options.Create(options));
        var diagnostic = Diagnostic.Error(Required, null, null, ("field", "数量"));
        Assert.Equal("请填写数量", diagnostic.GetMessage(CultureInfo.GetCultureInfo("zh-CN"), localizer));
        Assert.Equal("数量を入力してください", diagnostic.GetMessage(CultureInfo.GetCultureInfo("ja-JP"), localizer));
        Assert.Equal("'数量' must not be empty.", diagnostic.GetMessage(CultureInfo.GetCultureInfo("en"), localizer));
    }

    [Fact]
    public void FormworkException_CarriesFirstErrorCodeAndCount()
    {
        var warning = Diagnostic.Warning(new MessageTemplate("FWT0002", "w", "警告"), null, null);
        var error = Diagnostic.Error(Required, "$.fields[0]", null, ("field", "a"));
        var ex = new FormworkException([warning, error, error]);
        Assert.Equal("FWT0001", ex.Code);
        Assert.Equal(3, ex.Diagnostics.Count);
        Assert.Equal("error FWT0001 at $.fields[0]: 'a' must not be empty. (and 2 more)", ex.Message);
    }

    [Fact]
    public void FormworkException_NoDiagnostics_Throws() =>
        Assert.Throws<System.ArgumentException>(() => new FormworkException(System.Array.Empty<Diagnostic>()));
}
