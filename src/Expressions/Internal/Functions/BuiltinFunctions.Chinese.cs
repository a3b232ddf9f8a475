using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Formwork.Expressions.Internal.Evaluation;

namespace Formwork.Expressions.Internal.Functions;

internal static partial class BuiltinFunctions
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";

    /// <summary>The GB 32100 code characters: digits and upper-case letters without I, O, Z, S, V.</summary>
    private const string UsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] IdCardWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly int[] UsccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // NonBacktracking: matching time is linear in the input, whatever a user types.
    private static readonly Regex Mobile = new(@"^(\+?86[- ]?)?1[3-9]\d{9}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    private static readonly Regex Email = new(@"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static void AddChinese(Dictionary<string, BuiltinFunction> f)
    {
        Add(f, new EagerFunction("RMBCAP", 1, 1, ValueKind.Text, static (in Args a, in EvaluationFrame _) =>
            Excel.TryNumber(a[0], out var amount, out var error) ? RmbCapital(amount) : error));
        Add(f, Check("ISMOBILE", static t => t.Length <= 20 && Mobile.IsMatch(t)));
        Add(f, Check("ISEMAIL", static t => t.Length <= 254 && Email.IsMatch(t)));
        Add(f, Check("ISIDCARD", IsIdCard));
        Add(f, Check("ISUSCC", IsUscc));
        Add(f, Check("ISLUHN", IsLuhn));
    }

    private static EagerFunction Check(string name, Func<string, bool> check) =>
        new(name, 1, 1, ValueKind.Boolean, (in Args a, in EvaluationFrame _) =>
            a[0].IsError ? Value.False : Value.FromBoolean(check(Excel.ToText(a[0]).Trim())), propagateErrors: false);

    /// <summary>
    /// 人民币大写 as banks write it: 12345.67 → 壹万贰仟叁佰肆拾伍元陆角柒分; whole amounts end in 整; one 零 stands for
    /// any run of zeros inside the number (1005 → 壹仟零伍元整, 100010 → 壹拾万零壹拾元整); 12.05 → 壹拾贰元零伍分;
    /// 0.5 → 伍角; negative amounts start with 负. Rounded to the fen, half away from zero; up to 9999亿.
    /// </summary>
    internal static Value RmbCapital(decimal amount)
    {
        var rounded = decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
        var negative = rounded < 0m;
        rounded = Math.Abs(rounded);
        if (rounded >= 1_000_000_000_000m)
        {
            return Excel.NumError;
        }

        var whole = (long)decimal.Truncate(rounded);
        var cents = (int)((rounded - whole) * 100m);
        var jiao = cents / 10;
        var fen = cents % 10;
        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('负');
        }

        if (whole > 0)
        {
            AppendInteger(builder, whole);
            builder.Append('元');
        }

        if (cents == 0)
        {
            builder.Append(whole == 0 ? "零元整" : "整");
            return Value.FromText(builder.ToString());
        }

        if (jiao > 0)
        {
            builder.Append(Digits[jiao]).Append('角');
        }
        else if (whole > 0)
        {
            builder.Append('零');
        }

        if (fen > 0)
        {
            builder.Append(Digits[fen]).Append('分');
        }

        return Value.FromText(builder.ToString());
    }

    private static void AppendInteger(StringBuilder builder, long whole)
    {
        // Groups of four digits: 亿, 万, then units.
        long[] groups = [whole / 100_000_000, whole / 10_000 % 10_000, whole % 10_000];
        string[] groupUnits = ["亿", "万", string.Empty];
        var written = false;
        var pendingZero = false;
        for (var g = 0; g < groups.Length; g++)
        {
            var group = (int)groups[g];
            if (group == 0)
            {
                pendingZero |= written;
                continue;
            }

            if (written && (pendingZero || group < 1000))
            {
                builder.Append('零');
            }

            AppendGroup(builder, group);
            builder.Append(groupUnits[g]);
            written = true;
            pendingZero = false;
        }
    }

    private static void AppendGroup(StringBuilder builder, int group)
    {
        string[] units = ["仟", "佰", "拾", string.Empty];
        int[] divisors = [1000, 100, 10, 1];
        var started = false;
        var zero = false;
        for (var i = 0; i < 4; i++)
        {
            var digit = group / divisors[i] % 10;
            if (digit == 0)
            {
                zero |= started;
                continue;
            }

            if (zero)
            {
                builder.Append('零');
                zero = false;
            }

            builder.Append(Digits[digit]).Append(units[i]);
            started = true;
        }
    }

    /// <summary>An 18-character resident identity number (GB 11643): 17 digits, a valid birth date and the ISO 7064 MOD 11-2 check character.</summary>
    internal static bool IsIdCard(string text)
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

            sum += (text[i] - '0') * IdCardWeights[i];
        }

        var check = "10X98765432"[sum % 11];
        if (char.ToUpperInvariant(text[17]) != check)
        {
            return false;
        }

        return DateOnly.TryParseExact(text.AsSpan(6, 8), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var birth)
            && birth.Year >= 1900;
    }

    /// <summary>An 18-character unified social credit code (GB 32100) with its MOD 31 check character.</summary>
    internal static bool IsUscc(string text)
    {
        if (text.Length != 18)
        {
            return false;
        }

        var upper = text.ToUpperInvariant();
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var code = UsccAlphabet.IndexOf(upper[i], StringComparison.Ordinal);
            if (code < 0)
            {
                return false;
            }

            sum += code * UsccWeights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return upper[17] == UsccAlphabet[check];
    }

    /// <summary>A card number (12–19 digits, spaces allowed) whose Luhn checksum holds.</summary>
    internal static bool IsLuhn(string text)
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

            var d = c - '0';
            if (digits % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            digits++;
        }

        return digits is >= 12 and <= 19 && sum % 10 == 0;
    }
}
