using System;
using System.Globalization;
using System.Text;
using Formwork.Expressions.Internal.Evaluation;

namespace Formwork.Expressions.Internal.Functions;

/// <summary>
/// Excel's TEXT format codes, the common ones: numbers <c>0</c>, <c>0.00</c>, <c>#,##0.00</c>, <c>0%</c>, <c>0.0%</c>
/// with literal prefixes and suffixes (<c>¥#,##0.00</c>, <c>0.00"元"</c>); dates and times <c>yyyy-mm-dd</c>,
/// <c>yyyy年m月d日</c>, <c>hh:mm</c>, <c>hh:mm:ss</c>, <c>yyyy/mm/dd hh:mm</c> (<c>m</c> after <c>h</c> or before
/// <c>s</c> is minutes). Rounding is half away from zero.
/// </summary>
internal static class TextFormat
{
    public static Value Format(in Value value, string format)
    {
        if (value.IsError)
        {
            return value;
        }

        if (format.Length == 0)
        {
            return Excel.EmptyText;
        }

        if (IsDateFormat(format))
        {
            if (!TryDateTime(value, out var dateTime, out var error))
            {
                return error;
            }

            return Value.FromText(FormatDate(dateTime, format));
        }

        if (value.Kind == ValueKind.Text && !Value.TryParseNumber(value.AsText(), out _))
        {
            return value;
        }

        if (!Excel.TryNumber(value, out var number, out var numberError))
        {
            return numberError;
        }

        return FormatNumber(number, format);
    }

    private static bool IsDateFormat(string format)
    {
        var quoted = false;
        foreach (var c in format)
        {
            if (c == '"')
            {
                quoted = !quoted;
                continue;
            }

            if (!quoted && char.ToLowerInvariant(c) is 'y' or 'm' or 'd' or 'h' or 's')
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryDateTime(in Value value, out DateTime dateTime, out Value error)
    {
        error = default;
        switch (value.Kind)
        {
            case ValueKind.DateTime:
                dateTime = value.AsDateTime().DateTime;
                return true;
            case ValueKind.Time:
                dateTime = DateTime.MinValue.Add(value.AsTime().ToTimeSpan());
                return true;
        }

        if (value.Kind == ValueKind.Number)
        {
            var serial = value.AsNumber();
            if (!Excel.FromSerial(serial, out var day, out error))
            {
                dateTime = default;
                return false;
            }

            var fraction = serial - decimal.Floor(serial);
            dateTime = day.ToDateTime(TimeOnly.MinValue).AddTicks((long)(fraction * TimeSpan.TicksPerDay));
            return true;
        }

        if (Excel.TryDate(value, out var date, out error))
        {
            dateTime = date.ToDateTime(TimeOnly.MinValue);
            return true;
        }

        dateTime = default;
        return false;
    }

    private static string FormatDate(DateTime value, string format)
    {
        var builder = new StringBuilder();
        var i = 0;
        var lastWasHour = false;
        while (i < format.Length)
        {
            var c = format[i];
            if (c == '"')
            {
                var close = format.IndexOf('"', i + 1);
                close = close < 0 ? format.Length : close;
                builder.Append(format, i + 1, close - i - 1);
                i = close + 1;
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var run = 1;
            while (i + run < format.Length && char.ToLowerInvariant(format[i + run]) == lower && lower is 'y' or 'm' or 'd' or 'h' or 's')
            {
                run++;
            }

            switch (lower)
            {
                case 'y':
                    builder.Append(run <= 2 ? (value.Year % 100).ToString("00", CultureInfo.InvariantCulture) : value.Year.ToString("0000", CultureInfo.InvariantCulture));
                    break;
                case 'm':
                    var minutes = lastWasHour || NextIsSeconds(format, i + run);
                    var number = minutes ? value.Minute : value.Month;
                    builder.Append(run >= 2 ? number.ToString("00", CultureInfo.InvariantCulture) : number.ToString(CultureInfo.InvariantCulture));
                    break;
                case 'd':
                    builder.Append(run switch
                    {
                        1 => value.Day.ToString(CultureInfo.InvariantCulture),
                        2 => value.Day.ToString("00", CultureInfo.InvariantCulture),
                        3 => value.ToString("ddd", CultureInfo.InvariantCulture),
                        _ => value.ToString("dddd", CultureInfo.InvariantCulture),
                    });
                    break;
                case 'h':
                    builder.Append(run >= 2 ? value.Hour.ToString("00", CultureInfo.InvariantCulture) : value.Hour.ToString(CultureInfo.InvariantCulture));
                    break;
                case 's':
                    builder.Append(run >= 2 ? value.Second.ToString("00", CultureInfo.InvariantCulture) : value.Second.ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c == '\\' && i + 1 < format.Length ? format[++i] : c);
                    break;
            }

            if (lower is 'y' or 'm' or 'd' or 'h' or 's')
            {
                lastWasHour = lower == 'h';
            }

            i += run;
        }

        return builder.ToString();
    }

    private static bool NextIsSeconds(string format, int from)
    {
        for (var i = from; i < format.Length; i++)
        {
            var c = char.ToLowerInvariant(format[i]);
            if (c == 's')
            {
                return true;
            }

            if (c is 'y' or 'm' or 'd' or 'h')
            {
                return false;
            }
        }

        return false;
    }

    private static Value FormatNumber(decimal number, string format)
    {
        // Split "prefix pattern suffix": the pattern is the run of 0 # , . % characters; the rest is literal text.
        var first = format.IndexOfAny(['0', '#']);
        if (first < 0)
        {
            return Value.FromText(Unquote(format));
        }

        var last = first;
        for (var i = first; i < format.Length; i++)
        {
            if (format[i] is '0' or '#' or ',' or '.' or '%')
            {
                last = i;
            }
            else
            {
                break;
            }
        }

        var prefix = Unquote(format[..first]);
        var pattern = format[first..(last + 1)];
        var suffix = Unquote(format[(last + 1)..]);
        var percent = pattern.Contains('%', StringComparison.Ordinal) || suffix.Contains('%', StringComparison.Ordinal) || prefix.Contains('%', StringComparison.Ordinal);
        pattern = pattern.Replace("%", string.Empty, StringComparison.Ordinal);
        var dot = pattern.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? pattern : pattern[..dot];
        var fractionPart = dot < 0 ? string.Empty : pattern[(dot + 1)..];
        var decimals = fractionPart.Length - fractionPart.Replace("0", string.Empty, StringComparison.Ordinal).Replace("#", string.Empty, StringComparison.Ordinal).Length;
        var requiredDecimals = fractionPart.Length - fractionPart.Replace("0", string.Empty, StringComparison.Ordinal).Length;
        var thousands = integerPart.Contains(',', StringComparison.Ordinal);
        var minIntegerDigits = integerPart.Length - integerPart.Replace("0", string.Empty, StringComparison.Ordinal).Length;
        try
        {
            if (percent)
            {
                number *= 100m;
            }

            var rounded = decimal.Round(number, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
            var negative = rounded < 0m;
            var absolute = Math.Abs(rounded);
            var whole = decimal.Truncate(absolute);
            var wholeText = whole == 0m && minIntegerDigits == 0 ? string.Empty : whole.ToString(CultureInfo.InvariantCulture).PadLeft(minIntegerDigits, '0');
            if (thousands && wholeText.Length > 3)
            {
                wholeText = whole.ToString("#,##0", CultureInfo.InvariantCulture).PadLeft(minIntegerDigits, '0');
            }

            var fraction = absolute - whole;
            var fractionText = decimals == 0 ? string.Empty : fraction.ToString("." + new string('0', requiredDecimals) + new string('#', decimals - requiredDecimals), CultureInfo.InvariantCulture);
            if (fractionText == ".")
            {
                fractionText = string.Empty;
            }

            var body = wholeText + fractionText;
            if (body.Length == 0)
            {
                body = "0";
            }

            var sign = negative ? "-" : string.Empty;
            return Value.FromText(sign + prefix + body + (percent && !suffix.Contains('%', StringComparison.Ordinal) ? "%" : string.Empty) + suffix);
        }
        catch (OverflowException)
        {
            return Excel.NumError;
        }
    }

    private static string Unquote(string literal) => literal.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal);
}
