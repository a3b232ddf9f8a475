using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Formwork.Forms.Internal;

/// <summary>
/// A serial number pattern such as <c>HT-{yyyyMMdd}-{0000}</c>: literal text, date parts in braces and exactly one
/// counter of zeros. The counter is allocated per rendered prefix, so a daily pattern restarts at 1 every day.
/// </summary>
internal sealed class SerialPattern
{
    private readonly (string? Literal, string? DateFormat)[] _before;
    private readonly (string? Literal, string? DateFormat)[] _after;
    private readonly int _width;

    private SerialPattern((string?, string?)[] before, int width, (string?, string?)[] after)
    {
        _before = before;
        _width = width;
        _after = after;
    }

    public static SerialPattern? TryParse(string pattern)
    {
        var before = new List<(string?, string?)>();
        var after = new List<(string?, string?)>();
        var width = 0;
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('{', i);
            var literalEnd = open < 0 ? pattern.Length : open;
            if (literalEnd > i)
            {
                var literal = pattern[i..literalEnd];
                if (literal.Contains('}', StringComparison.Ordinal))
                {
                    return null;
                }

                (width == 0 ? before : after).Add((literal, null));
            }

            if (open < 0)
            {
                break;
            }

            var close = pattern.IndexOf('}', open + 1);
            if (close < 0)
            {
                return null;
            }

            var token = pattern[(open + 1)..close];
            if (token.Length > 0 && token.AsSpan().IndexOfAnyExcept('0') < 0)
            {
                if (width != 0 || token.Length > 18)
                {
                    return null;
                }

                width = token.Length;
            }
            else if (token.Length > 0 && token.AsSpan().IndexOfAnyExcept("yMdHms") < 0)
            {
                (width == 0 ? before : after).Add((null, token));
            }
            else
            {
                return null;
            }

            i = close + 1;
        }

        return width == 0 ? null : new SerialPattern([.. before], width, [.. after]);
    }

    public (string Sequence, string Prefix, string Suffix) Render(DateTimeOffset now) => (string.Empty, Render(_before, now), Render(_after, now));

    public string Format(string prefix, long counter, string suffix) =>
        prefix + counter.ToString(CultureInfo.InvariantCulture).PadLeft(_width, '0') + suffix;

    private static string Render((string? Literal, string? DateFormat)[] parts, DateTimeOffset now)
    {
        var builder = new StringBuilder();
        foreach (var (literal, format) in parts)
        {
            builder.Append(literal ?? now.ToString(format, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
