using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Formwork.Forms.Internal;

/// <summary>
/// Converts input values (typed, or text from JSON, CSV and XLSX) to a field's value kind: trims text, reads numbers
/// with thousands separators, currency signs and full-width digits, dates in ISO and common Chinese formats, booleans
/// in English and Chinese, and maps option labels to option values.
/// </summary>
internal static class ValueConverter
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d", "yyyy年M月d日", "yyyy年MM月dd日", "yyyyMMdd",
    ];

    private static readonly string[] LocalDateTimeFormats =
    [
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss", "yyyy-M-d H:mm", "yyyy-M-d H:mm:ss", "yyyy年M月d日 H:mm", "yyyy年M月d日 H:mm:ss", "yyyy年M月d日H:mm",
    ];

    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss", "H:mm:ss", "HH:mm:ss.FFFFFFF"];

    /// <summary>Converts a value to the field's kind; returns false when it cannot be converted.</summary>
    public static bool TryConvert(CompiledField field, Value input, TimeZoneInfo timeZone, out Value result)
    {
        result = input;
        if (input.IsBlank || IsAlreadyNormal(field, in input))
        {
            return true;
        }

        if (input.Kind == ValueKind.Text && field.Kind != ValueKind.Text && field.Type is not FieldType.RichText)
        {
            var trimmed = input.AsText().Trim();
            if (trimmed.Length == 0)
            {
                result = Value.Blank;
                return true;
            }

            input = Value.FromText(trimmed);
        }

        switch (field.Kind)
        {
            case ValueKind.Text:
                return ToText(field, input, out result);
            case ValueKind.Number:
                return ToNumber(input, out result);
            case ValueKind.Boolean:
                return ToBoolean(input, out result);
            case ValueKind.Date:
                return ToDate(input, timeZone, out result);
            case ValueKind.DateTime:
                return ToDateTime(input, timeZone, out result);
            case ValueKind.Time:
                return ToTime(input, out result);
            case ValueKind.List:
                return ToList(field, input, out result);
            case ValueKind.Reference:
                return ToReference(field, input, out result);
            case ValueKind.Table:
                return ToTable(field, input, out result);
            default:
                return true;
        }
    }

    /// <summary>
    /// Returns whether a typed value already is what conversion would give, so it passes through uncopied: a number,
    /// boolean, date or time for a field of that kind; a text with nothing to trim; for phone, email and ID number fields
    /// a text with nothing to narrow, strip or upper-case; for a select field an option's value.
    /// </summary>
    public static bool IsAlreadyNormal(CompiledField field, in Value input)
    {
        var kind = input.Kind;
        if (kind != field.Kind)
        {
            return false;
        }

        switch (kind)
        {
            case ValueKind.Number or ValueKind.Boolean or ValueKind.Date or ValueKind.Time:
                return true;
            case ValueKind.Text:
                var text = input.AsText();
                return field.Type switch
                {
                    // Printable ASCII without spaces has nothing to narrow, strip or trim; an ID number also nothing to upper-case.
                    FieldType.Phone or FieldType.Email => IsPlainAscii(text),
                    FieldType.IdNumber => IsPlainAscii(text) && !text.AsSpan().ContainsAnyInRange('a', 'z'),
                    FieldType.Select => IsTrimmed(text) && field.Options is { } options && options.TryGetByValue(text, out _),
                    FieldType.RichText => text.Length > 0,
                    _ => IsTrimmed(text),
                };
            default:
                return false;
        }
    }

    private static bool IsPlainAscii(string text) => text.Length > 0 && !text.AsSpan().ContainsAnyExceptInRange('!', '~');

    /// <summary>Returns whether a text is non-empty with nothing to trim at either end.</summary>
    public static bool IsTrimmed(string text) => text.Length > 0 && !IsWhiteSpace(text[0]) && !IsWhiteSpace(text[^1]);

    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/> without its Unicode table lookup for the characters above U+3000 (CJK text
    /// among them): no character there is white space.
    /// </summary>
    private static bool IsWhiteSpace(char c) => c <= '\u3000' && char.IsWhiteSpace(c);

    /// <summary>Replaces full-width ASCII forms (ＡＢＣ１２３，) and the ideographic space with their ASCII equivalents.</summary>
    public static string Narrow(string text)
    {
        var needs = false;
        foreach (var c in text)
        {
            if (c is >= '\uFF01' and <= '\uFF5E' or '\u3000')
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// The fast path for the usual shapes, without format strings: <c>2024-1-5</c>, <c>2024/01/05</c>,
    /// <c>2024.1.5</c>, <c>2024年1月5日</c> (ASCII digits; anything else goes to the general formats).
    /// </summary>
    private static bool TryParseCommonDate(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length < 8 || !TryDigits(s, 0, 4, out var year) || s.Length < 6)
        {
            return false;
        }

        var separator = s[4];
        var chinese = separator == '年';
        if (!chinese && separator is not ('-' or '/' or '.'))
        {
            return false;
        }

        var i = 5;
        if (!TryNumber(s, ref i, out var month) || i >= s.Length || s[i] != (chinese ? '月' : separator))
        {
            return false;
        }

        i++;
        if (!TryNumber(s, ref i, out var day))
        {
            return false;
        }

        if (chinese && (i >= s.Length || s[i] != '日'))
        {
            return false;
        }

        if (i + (chinese ? 1 : 0) != s.Length || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return value >= 1;
    }

    private static bool TryNumber(ReadOnlySpan<char> s, ref int i, out int value)
    {
        var start = i;
        value = 0;
        while (i < s.Length && i - start < 2 && char.IsAsciiDigit(s[i]))
        {
            value = (value * 10) + (s[i] - '0');
            i++;
        }

        return i > start;
    }

    public static bool TryParseNumber(string text, out decimal number)
    {
        var s = Narrow(text).Trim();
        var divide = false;
        if (s.EndsWith('%'))
        {
            divide = true;
            s = s[..^1].TrimEnd();
        }

        if (s.EndsWith('元'))
        {
            s = s[..^1].TrimEnd();
        }

        s = s.TrimStart('¥', '￥', '$', '€').Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out number))
        {
            return false;
        }

        if (divide)
        {
            number /= 100m;
        }

        return true;
    }

    public static bool TryParseDate(string text, out DateOnly date)
    {
        if (TryParseCommonDate(text.AsSpan().Trim(), out date))
        {
            return true;
        }

        var s = Narrow(text).Trim();
        if (DateOnly.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTime.TryParseExact(s, LocalDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
        {
            date = DateOnly.FromDateTime(dateTime);
            return true;
        }

        return false;
    }

    private static bool ToText(CompiledField field, Value input, out Value result)
    {
        string text;
        switch (input.Kind)
        {
            case ValueKind.Text:
                text = input.AsText();
                break;
            case ValueKind.Number or ValueKind.Boolean or ValueKind.Date or ValueKind.DateTime or ValueKind.Time:
                text = input.ToString();
                break;
            case ValueKind.List when field.Options is null && input.AsList().Count == 1 && input.AsList()[0].Kind == ValueKind.Text:
                text = input.AsList()[0].AsText();
                break;
            default:
                result = input;
                return false;
        }

        if (field.Type != FieldType.RichText)
        {
            text = text.Trim();
        }

        switch (field.Type)
        {
            case FieldType.Phone or FieldType.IdNumber:
                text = Narrow(text).Replace(" ", string.Empty, StringComparison.Ordinal);
                if (field.Type == FieldType.IdNumber)
                {
                    text = text.ToUpperInvariant();
                }

                break;
            case FieldType.Email:
                text = Narrow(text);
                break;
            case FieldType.Select when field.Options is { } options:
                text = options.Resolve(text);
                break;
        }

        result = text.Length == 0 ? Value.Blank : Value.FromText(text);
        return true;
    }

    private static bool ToNumber(Value input, out Value result)
    {
        result = input;
        switch (input.Kind)
        {
            case ValueKind.Number:
                return true;
            case ValueKind.Text when TryParseNumber(input.AsText(), out var number):
                result = Value.FromNumber(number);
                return true;
            default:
                return false;
        }
    }

    private static bool ToBoolean(Value input, out Value result)
    {
        result = input;
        switch (input.Kind)
        {
            case ValueKind.Boolean:
                return true;
            case ValueKind.Number:
                var n = input.AsNumber();
                result = Value.FromBoolean(n != 0);
                return n is 0 or 1;
            case ValueKind.Text:
                switch (Narrow(input.AsText()).Trim().ToUpperInvariant())
                {
                    case "TRUE" or "YES" or "Y" or "1" or "是" or "对" or "真" or "√" or "✓" or "ON":
                        result = Value.True;
                        return true;
                    case "FALSE" or "NO" or "N" or "0" or "否" or "错" or "假" or "×" or "✗" or "OFF":
                        result = Value.False;
                        return true;
                }

                return false;
            default:
                return false;
        }
    }

    private static bool ToDate(Value input, TimeZoneInfo timeZone, out Value result)
    {
        result = input;
        switch (input.Kind)
        {
            case ValueKind.Date:
                return true;
            case ValueKind.DateTime:
                result = Value.FromDate(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(input.AsDateTime(), timeZone).DateTime));
                return true;
            case ValueKind.Text when TryParseDate(input.AsText(), out var date):
                result = Value.FromDate(date);
                return true;
            case ValueKind.Text when DateTimeOffset.TryParse(input.AsText(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) && HasOffset(input.AsText()):
                result = Value.FromDate(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(withOffset, timeZone).DateTime));
                return true;
            default:
                return false;
        }
    }

    private static bool ToDateTime(Value input, TimeZoneInfo timeZone, out Value result)
    {
        result = input;
        switch (input.Kind)
        {
            case ValueKind.DateTime:
                return true;
            case ValueKind.Date:
                result = Value.FromDateTime(Local(input.AsDate().ToDateTime(TimeOnly.MinValue), timeZone));
                return true;
            case ValueKind.Text:
                var text = Narrow(input.AsText()).Trim();
                if (HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
                {
                    result = Value.FromDateTime(withOffset);
                    return true;
                }

                if (DateTime.TryParseExact(text, LocalDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                {
                    result = Value.FromDateTime(Local(local, timeZone));
                    return true;
                }

                if (TryParseDate(text, out var date))
                {
                    result = Value.FromDateTime(Local(date.ToDateTime(TimeOnly.MinValue), timeZone));
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    private static bool ToTime(Value input, out Value result)
    {
        result = input;
        switch (input.Kind)
        {
            case ValueKind.Time:
                return true;
            case ValueKind.Text when TimeOnly.TryParseExact(Narrow(input.AsText()).Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time):
                result = Value.FromTime(time);
                return true;
            default:
                return false;
        }
    }

    private static bool ToList(CompiledField field, Value input, out Value result)
    {
        result = input;
        IReadOnlyList<Value> items;
        if (input.Kind == ValueKind.List)
        {
            items = input.AsList();
        }
        else if (input.Kind == ValueKind.Text)
        {
            var separators = field.Type == FieldType.Cascade ? new[] { '/', '>' } : new[] { ',', '，', '、', ';', '；' };
            var parts = input.AsText().Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var list = new Value[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                list[i] = Value.FromText(parts[i]);
            }

            items = list;
        }
        else if (input.Kind == ValueKind.Reference && field.Type == FieldType.Relation)
        {
            items = [input];
        }
        else
        {
            return false;
        }

        var converted = new Value[items.Count];
        var level = field.Settings.Options;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (field.Type == FieldType.Relation)
            {
                if (item.Kind == ValueKind.Text)
                {
                    item = Value.FromReference(new RecordReference(field.Settings.RelatedForm!, item.AsText().Trim()));
                }
                else if (item.Kind != ValueKind.Reference)
                {
                    return false;
                }

                converted[i] = item;
                continue;
            }

            if (item.Kind is ValueKind.Number or ValueKind.Boolean)
            {
                item = Value.FromText(item.ToString());
            }

            if (item.Kind != ValueKind.Text)
            {
                return false;
            }

            var text = item.AsText().Trim();
            if (field.Type == FieldType.Cascade && level is not null && OptionIndex.TryResolvePath(level, text, out var option))
            {
                text = option.Value;
                level = option.Children;
            }
            else if (field.Type == FieldType.Cascade)
            {
                level = null;
            }
            else if (field.Options is { } options)
            {
                text = options.Resolve(text);
            }

            converted[i] = Value.FromText(text);
        }

        result = converted.Length == 0 ? Value.Blank : Value.FromList(converted);
        return true;
    }

    private static bool ToReference(CompiledField field, Value input, out Value result)
    {
        result = input;
        switch (input.Kind)
        {
            case ValueKind.Reference:
                return true;
            case ValueKind.Text:
                result = Value.FromReference(new RecordReference(field.Settings.RelatedForm!, input.AsText().Trim()));
                return true;
            case ValueKind.List when input.AsList() is [{ Kind: ValueKind.Reference or ValueKind.Text } single]:
                return ToReference(field, single, out result);
            default:
                return false;
        }
    }

    private static bool ToTable(CompiledField field, Value input, out Value result)
    {
        result = input;
        if (input.Kind == ValueKind.Table)
        {
            return true;
        }

        if (input.Kind == ValueKind.Text && field.Type == FieldType.Address)
        {
            result = Value.FromTable([new RecordData().Set("detail", input.AsText().Trim())]);
            return true;
        }

        if (input.Kind == ValueKind.List && input.AsList().Count == 0)
        {
            result = Value.Blank;
            return true;
        }

        return false;
    }

    private static bool HasOffset(string text) =>
        text.Length >= 16 && (text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > 10);

    private static DateTimeOffset Local(DateTime local, TimeZoneInfo timeZone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, timeZone.GetUtcOffset(unspecified));
    }
}
