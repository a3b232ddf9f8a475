using System;

namespace Formwork.Forms.Internal;

/// <summary>
/// Format and checksum checks of Chinese identifiers and common formats. Formwork.Expressions implements the same
/// checks for its ISIDCARD/ISUSCC/ISLUHN functions internally; they are not public there, so the form engine keeps
/// its own small, allocation-free copy.
/// </summary>
internal static class Checksums
{
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCheckCharacters = "10X98765432";
    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private const string CreditCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>Checks an 18-character resident ID number (GB 11643): digits, a real birth date and the check character.</summary>
    public static bool IsIdNumber(ReadOnlySpan<char> text)
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
        if (year < 1800 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        return char.ToUpperInvariant(text[17]) == IdCheckCharacters[sum % 11];
    }

    /// <summary>Checks an 18-character unified social credit code (GB 32100).</summary>
    public static bool IsCreditCode(ReadOnlySpan<char> text)
    {
        if (text.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var index = CreditCharacters.IndexOf(char.ToUpperInvariant(text[i]), StringComparison.Ordinal);
            if (index < 0)
            {
                return false;
            }

            sum += index * CreditWeights[i];
        }

        var check = 31 - (sum % 31);
        return char.ToUpperInvariant(text[17]) == CreditCharacters[check == 31 ? 0 : check];
    }

    /// <summary>Checks a bank card number: 12 to 19 digits with a valid Luhn check digit.</summary>
    public static bool IsLuhn(ReadOnlySpan<char> text)
    {
        if (text.Length is < 12 or > 19)
        {
            return false;
        }

        var sum = 0;
        var doubled = false;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            var digit = text[i] - '0';
            if (doubled)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    /// <summary>Checks a mainland China mobile number: 11 digits starting with 1[3-9], optionally after +86.</summary>
    public static bool IsMobile(ReadOnlySpan<char> text)
    {
        if (text.StartsWith("+86", StringComparison.Ordinal))
        {
            text = text[3..];
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

    /// <summary>Checks a mainland China landline: 0 + 2-3 digit area code, optional '-', 7-8 digits, optional '-' extension.</summary>
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

    /// <summary>Checks an email address: one '@', a non-empty local part, a dotted domain, no spaces, at most 254 characters.</summary>
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

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>' or '(' or ')' or '[' or ']' or '"')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks an absolute http(s) URL with a host.</summary>
    public static bool IsUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && !text.Contains(' ', StringComparison.Ordinal);

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
