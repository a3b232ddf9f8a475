using System;

namespace Formwork;

/// <summary>
/// The format and checksum checks Chinese business forms need, shared by form validation (field formats) and the
/// formula language (<c>ISMOBILE</c>, <c>ISIDCARD</c>, …) so both always agree. Every check is allocation-free and
/// linear in the input, whatever a user types. Callers trim the text first.
/// </summary>
public static class TextFormats
{
    private const string IdCheckCharacters = "10X98765432";
    private const string CreditCodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>
    /// Checks an 18-character resident identity number (GB 11643): 17 digits, a real birth date (year 1900 or later)
    /// and the ISO 7064 MOD 11-2 check character (<c>X</c> in either case).
    /// </summary>
    /// <param name="text">The text to check.</param>
    /// <returns><see langword="true"/> when the text is a valid resident identity number.</returns>
    public static bool IsResidentIdNumber(ReadOnlySpan<char> text)
    {
        if (text.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            sum += (text[i] - '0') * IdWeights[i];
        }

        var year = Number(text.Slice(6, 4));
        var month = Number(text.Slice(10, 2));
        var day = Number(text.Slice(12, 2));
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        return char.ToUpperInvariant(text[17]) == IdCheckCharacters[sum % 11];
    }

    /// <summary>Checks an 18-character unified social credit code (GB 32100) with its MOD 31 check character (letters in either case).</summary>
    /// <param name="text">The text to check.</param>
    /// <returns><see langword="true"/> when the text is a valid unified social credit code.</returns>
    public static bool IsUnifiedSocialCreditCode(ReadOnlySpan<char> text)
    {
        if (text.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var index = CreditCodeCharacters.IndexOf(char.ToUpperInvariant(text[i]));
            if (index < 0)
            {
                return false;
            }

            sum += index * CreditCodeWeights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return char.ToUpperInvariant(text[17]) == CreditCodeCharacters[check];
    }

    /// <summary>Checks a bank card number: 12 to 19 digits (spaces and hyphens between them allowed) whose Luhn checksum holds.</summary>
    /// <param name="text">The text to check.</param>
    /// <returns><see langword="true"/> when the text is a valid card number.</returns>
    public static bool IsBankCardNumber(ReadOnlySpan<char> text)
    {
        var digits = 0;
        var sum = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            var digit = c - '0';
            if (digits % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            digits++;
        }

        return digits is >= 12 and <= 19 && sum % 10 == 0;
    }

    /// <summary>
    /// Checks a mainland China mobile number: 11 digits <c>1[3-9]…</c>, optionally after the country code
    /// (<c>+86</c> or <c>86</c>, then an optional space or hyphen).
    /// </summary>
    /// <param name="text">The text to check.</param>
    /// <returns><see langword="true"/> when the text is a mobile number.</returns>
    public static bool IsMobile(ReadOnlySpan<char> text)
    {
        if (text.Length > 11)
        {
            if (text[0] == '+')
            {
                text = text[1..];
            }

            if (!text.StartsWith("86", StringComparison.Ordinal))
            {
                return false;
            }

            text = text[2..];
            if (text.Length == 12 && text[0] is ' ' or '-')
            {
                text = text[1..];
            }
        }

        if (text.Length != 11 || text[0] != '1' || text[1] < '3' || text[1] > '9')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks a mainland China landline: 0 + a 2–3 digit area code, an optional hyphen, 7–8 digits, an optional hyphen and extension.</summary>
    /// <param name="text">The text to check.</param>
    /// <returns><see langword="true"/> when the text is a landline number.</returns>
    public static bool IsLandline(ReadOnlySpan<char> text)
    {
        if (text.Length < 10 || text[0] != '0')
        {
            return false;
        }

        var parts = 0;
        var digits = 0;
        Span<int> lengths = stackalloc int[3];
        foreach (var c in text)
        {
            if (c == '-')
            {
                if (digits == 0 || parts == 2)
                {
                    return false;
                }

                lengths[parts++] = digits;
                digits = 0;
            }
            else if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        lengths[parts++] = digits;
        return parts switch
        {
            1 => lengths[0] is >= 10 and <= 12,
            2 => (lengths[0] is 3 or 4 && lengths[1] is 7 or 8) || (lengths[0] is >= 10 and <= 12 && lengths[1] is >= 1 and <= 6),
            _ => lengths[0] is 3 or 4 && lengths[1] is 7 or 8 && lengths[2] is >= 1 and <= 6,
        };
    }

    /// <summary>
    /// Checks an email address: one <c>@</c>, a local part of at most 64 characters, a dotted domain whose last label
    /// has at least two letters, no spaces or separators, at most 254 characters in all.
    /// </summary>
    /// <param name="text">The text to check.</param>
    /// <returns><see langword="true"/> when the text is an email address.</returns>
    public static bool IsEmail(ReadOnlySpan<char> text)
    {
        if (text.Length is < 3 or > 254)
        {
            return false;
        }

        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@') || at > 64)
        {
            return false;
        }

        var domain = text[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        if (dot <= 0 || dot == domain.Length - 1 || domain[0] == '.' || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        var topLevel = domain[(dot + 1)..];
        if (topLevel.Length < 2)
        {
            return false;
        }

        foreach (var c in topLevel)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>' or '(' or ')' or '[' or ']' or '"')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks an absolute http or https URL with a host and no spaces.</summary>
    /// <param name="text">The text to check.</param>
    /// <returns><see langword="true"/> when the text is such a URL.</returns>
    public static bool IsHttpUrl(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The common plain URL is recognised without building a Uri (no allocation); anything else is left to Uri.
        return IsPlainHttpUrl(text)
            || (Uri.TryCreate(text, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && uri.Host.Length > 0
                && !text.Contains(' ', StringComparison.Ordinal));
    }

    /// <summary>
    /// A strict subset of what <see cref="IsHttpUrl"/> accepts, checked by hand: <c>http://</c> or <c>https://</c>, a DNS
    /// host of ASCII labels (letters, digits, inner hyphens), an optional port up to 65535, then an optional path, query
    /// or fragment of URL characters. Returns <see langword="false"/> for anything else, valid or not.
    /// </summary>
    private static bool IsPlainHttpUrl(ReadOnlySpan<char> text)
    {
        int start;
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            start = 7;
        }
        else if (text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            start = 8;
        }
        else
        {
            return false;
        }

        var i = start;
        var label = 0;
        while (i < text.Length && text[i] is not (':' or '/' or '?' or '#'))
        {
            var c = text[i];
            if (c == '.')
            {
                if (label == 0 || text[i - 1] == '-')
                {
                    return false;
                }

                label = 0;
            }
            else if (char.IsAsciiLetterOrDigit(c) || (c == '-' && label > 0))
            {
                if (++label > 63)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }

            i++;
        }

        if (label == 0 || text[i - 1] == '-')
        {
            return false;
        }

        if (i < text.Length && text[i] == ':')
        {
            var port = 0;
            var digits = 0;
            for (i++; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
                port = (port * 10) + (text[i] - '0');
                if (++digits > 5 || port > 65535)
                {
                    return false;
                }
            }

            if (digits == 0)
            {
                return false;
            }
        }

        if (i < text.Length && text[i] is not ('/' or '?' or '#'))
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            // Unreserved, reserved and percent characters of RFC 3986: printable ASCII without space " < > \ ^ ` { | }.
            if (text[i] is <= ' ' or > '~' or '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}')
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
