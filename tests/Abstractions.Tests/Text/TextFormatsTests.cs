using System;
using System.Text;

namespace Formwork.Abstractions.Tests.Text;

public sealed class TextFormatsTests
{
    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("110105194912310021", false)]
    [InlineData("110105194902300020", false)]
    [InlineData("11010519491231002", false)]
    [InlineData("110105180001010013", false)]
    [InlineData("1101051949123100AX", false)]
    public void IsResidentIdNumber_KnownNumbers_ChecksGb11643(string text, bool valid) => Assert.Equal(valid, TextFormats.IsResidentIdNumber(text));

    [Theory]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91350100m000100y43", true)]
    [InlineData("91350100M000100Y44", false)]
    [InlineData("91350100M000100Y4", false)]
    [InlineData("91350100I000100Y43", false)]
    public void IsUnifiedSocialCreditCode_KnownCodes_ChecksGb32100(string text, bool valid) => Assert.Equal(valid, TextFormats.IsUnifiedSocialCreditCode(text));

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("6011000990139424", true)]
    [InlineData("4111111111111112", false)]
    [InlineData("41111111111", false)]
    [InlineData("4111-1111-1111-1111", true)]
    [InlineData("4111 1111 1111 1111", true)]
    [InlineData("4111x1111-1111-1111", false)]
    [InlineData("41111111111111111111", false)]
    public void IsBankCardNumber_KnownCards_ChecksLuhn(string text, bool valid) => Assert.Equal(valid, TextFormats.IsBankCardNumber(text));

    [Theory]
    [InlineData("13812341234", true)]
    [InlineData("+8619912341234", true)]
    [InlineData("8613812341234", true)]
    [InlineData("+86 13812341234", true)]
    [InlineData("+86-13812341234", true)]
    [InlineData("+8713812341234", false)]
    [InlineData("1381234123a", false)]
    [InlineData("12812341234", false)]
    [InlineData("1381234123", false)]
    public void IsMobile_Numbers_ChecksCnMobile(string text, bool valid) => Assert.Equal(valid, TextFormats.IsMobile(text));

    [Theory]
    [InlineData("010-12345678", true)]
    [InlineData("0571-8888888", true)]
    [InlineData("0571-88888888-123", true)]
    [InlineData("057188888888", true)]
    [InlineData("12345678", false)]
    [InlineData("0571-888", false)]
    public void IsLandline_Numbers_ChecksCnLandline(string text, bool valid) => Assert.Equal(valid, TextFormats.IsLandline(text));

    [Theory]
    [InlineData("a@b.cn", true)]
    [InlineData("zhang.san+tag@example.com.cn", true)]
    [InlineData("a@b", false)]
    [InlineData("a@b.c", false)]
    [InlineData("a@b.c1", false)]
    [InlineData("张三@例子.中国", true)]
    [InlineData("a b@c.com", false)]
    [InlineData("@b.com", false)]
    [InlineData("a@@b.com", false)]
    public void IsEmail_Addresses_Checks(string text, bool valid) => Assert.Equal(valid, TextFormats.IsEmail(text));

    [Theory]
    [InlineData("https://example.com/a?b=1", true)]
    [InlineData("http://例子.中国", true)]
    [InlineData("ftp://example.com", false)]
    [InlineData("example.com", false)]
    public void IsHttpUrl_Urls_ChecksHttp(string text, bool valid) => Assert.Equal(valid, TextFormats.IsHttpUrl(text));

    [Fact]
    public void IsHttpUrl_RandomTexts_AgreesWithUri()
    {
        // The hand-written check of plain URLs must accept nothing that Uri refuses.
        string[] starts = ["http://", "https://", "HTTP://", "http:/", "ftp://", "http://-", "https://a.", " http://", ""];
        const string alphabet = "abcXYZ019-.:/?#%@[]_~!$&'()*+,;= \\\"<>^`{|}\t例";
        var random = new Random(20261122);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder(starts[random.Next(starts.Length)]);
            var length = random.Next(0, 24);
            for (var i = 0; i < length; i++)
            {
                text.Append(random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)('a' + random.Next(26)));
            }

            var url = text.ToString();
            var expected = Uri.TryCreate(url, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && uri.Host.Length > 0
                && !url.Contains(' ', StringComparison.Ordinal);
            Assert.True(expected == TextFormats.IsHttpUrl(url), $"'{url}': Uri says {expected}");
        }
    }
}
