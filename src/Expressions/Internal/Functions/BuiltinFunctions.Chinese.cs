using System;
using System.Collections.Generic;
using System.Text;
using Formwork.Expressions.Internal.Evaluation;

namespace Formwork.Expressions.Internal.Functions;

internal static partial class BuiltinFunctions
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";


    private static void AddChinese(Dictionary<string, BuiltinFunction> f)
    {
        Add(f, new EagerFunction("RMBCAP", 1, 1, ValueKind.Text, static (in Args a, in EvaluationFrame _) =>
            Excel.TryNumber(a[0], out var amount, out var error) ? RmbCapital(amount) : error));
        Add(f, Check("ISMOBILE", static t => TextFormats.IsMobile(t)));
        Add(f, Check("ISEMAIL", static t => TextFormats.IsEmail(t)));
        Add(f, Check("ISIDCARD", static t => TextFormats.IsResidentIdNumber(t)));
        Add(f, Check("ISUSCC", static t => TextFormats.IsUnifiedSocialCreditCode(t)));
        Add(f, Check("ISLUHN", static t => TextFormats.IsBankCardNumber(t)));
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
}
