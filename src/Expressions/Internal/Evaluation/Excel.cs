using System;
using System.Globalization;

namespace Formwork.Expressions.Internal.Evaluation;

/// <summary>Excel's coercions and comparisons over <see cref="Value"/>: dates are serial numbers, blank is 0 / "" / FALSE, text compares case-insensitively.</summary>
internal static class Excel
{
    /// <summary>The day number of Excel's serial 0 (1899-12-30), so that serial 1 is 1900-01-01 as Excel shows it from March 1900 on.</summary>
    public static readonly int SerialBase = new DateOnly(1899, 12, 30).DayNumber;

    public static readonly Value DivideByZero = Value.FromError(Formwork.ValueError.DivideByZero);
    public static readonly Value WrongType = Value.FromError(Formwork.ValueError.Value);
    public static readonly Value NumError = Value.FromError(Formwork.ValueError.Number);
    public static readonly Value NotAvailable = Value.FromError(Formwork.ValueError.NotAvailable);
    public static readonly Value EmptyText = Value.FromText(string.Empty);

    /// <summary>Converts to a number as Excel arithmetic does; dates are serial numbers. Returns the error to give when it does not convert.</summary>
    public static bool TryNumber(in Value value, out decimal number, out Value error)
    {
        error = default;
        switch (value.Kind)
        {
            case ValueKind.Number:
                number = value.AsNumber();
                return true;
            case ValueKind.Error:
                number = 0m;
                error = value;
                return false;
            case ValueKind.Date:
                number = value.AsDate().DayNumber - SerialBase;
                return true;
            case ValueKind.DateTime:
                var dt = value.AsDateTime();
                number = (DateOnly.FromDateTime(dt.DateTime).DayNumber - SerialBase) + ((decimal)dt.TimeOfDay.Ticks / TimeSpan.TicksPerDay);
                return true;
            case ValueKind.Time:
                number = (decimal)value.AsTime().Ticks / TimeSpan.TicksPerDay;
                return true;
            default:
                if (value.TryConvertToNumber(out number))
                {
                    return true;
                }

                error = WrongType;
                return false;
        }
    }

    /// <summary>Converts to a date: dates, date-times (their local date), serial numbers and ISO text.</summary>
    public static bool TryDate(in Value value, out DateOnly date, out Value error)
    {
        error = default;
        date = default;
        switch (value.Kind)
        {
            case ValueKind.Date:
                date = value.AsDate();
                return true;
            case ValueKind.DateTime:
                date = DateOnly.FromDateTime(value.AsDateTime().DateTime);
                return true;
            case ValueKind.Error:
                error = value;
                return false;
            case ValueKind.Number:
                return FromSerial(value.AsNumber(), out date, out error);
            case ValueKind.Text:
                if (TryParseDate(value.AsText(), out date))
                {
                    return true;
                }

                if (Value.TryParseNumber(value.AsText(), out var serial))
                {
                    return FromSerial(serial, out date, out error);
                }

                error = WrongType;
                return false;
            default:
                error = WrongType;
                return false;
        }
    }

    public static bool FromSerial(decimal serial, out DateOnly date, out Value error)
    {
        date = default;
        error = default;
        var whole = decimal.Floor(serial);
        var min = DateOnly.MinValue.DayNumber - SerialBase;
        var max = DateOnly.MaxValue.DayNumber - SerialBase;
        if (whole < min || whole > max)
        {
            error = NumError;
            return false;
        }

        date = DateOnly.FromDayNumber((int)whole + SerialBase);
        return true;
    }

    public static bool TryParseDate(string text, out DateOnly date)
    {
        var trimmed = text.Trim();
        string[] formats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];
        if (DateOnly.TryParseExact(trimmed, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) && trimmed.Length > 10)
        {
            date = DateOnly.FromDateTime(dto.DateTime);
            return true;
        }

        return false;
    }

    /// <summary>Converts to a boolean as Excel logic does.</summary>
    public static bool TryBoolean(in Value value, out bool result, out Value error)
    {
        var converted = value.Kind == ValueKind.Boolean ? value : value.ToBooleanValue();
        if (converted.Kind == ValueKind.Boolean)
        {
            result = converted.AsBoolean();
            error = default;
            return true;
        }

        result = false;
        error = converted;
        return false;
    }

    /// <summary>Returns the text Excel would show for a value in a text operation (numbers without trailing zeros, TRUE/FALSE, ISO dates).</summary>
    public static string ToText(in Value value) => value.Kind switch
    {
        ValueKind.Blank => string.Empty,
        ValueKind.Text => value.AsText(),
        ValueKind.Number => FormatNumber(value.AsNumber()),
        ValueKind.DateTime => value.AsDateTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Whether a result holds as a condition: TRUE or a non-zero number; FALSE, blank, text and errors do not.</summary>
    public static bool IsTrue(in Value value) => value.Kind switch
    {
        ValueKind.Boolean => value.AsBoolean(),
        ValueKind.Number => value.AsNumber() != 0m,
        _ => false,
    };

    public static string FormatNumber(decimal number) =>
        number == 0m ? "0" : number.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Whole-number conversion for arguments such as counts and positions (truncates like Excel).</summary>
    public static bool TryInteger(in Value value, out int result, out Value error)
    {
        result = 0;
        if (!TryNumber(value, out var number, out error))
        {
            return false;
        }

        var truncated = decimal.Truncate(number);
        if (truncated < int.MinValue || truncated > int.MaxValue)
        {
            error = NumError;
            return false;
        }

        result = (int)truncated;
        return true;
    }

    /// <summary>
    /// Compares as Excel's comparison operators do: numbers (and dates) &lt; text &lt; booleans; blank takes the
    /// other side's kind (0, "" or FALSE); text is case-insensitive. Returns an error value, or blank on success.
    /// </summary>
    public static Value Compare(in Value left, in Value right, out int result)
    {
        result = 0;
        if (left.IsError)
        {
            return left;
        }

        if (right.IsError)
        {
            return right;
        }

        var l = left;
        var r = right;
        if (l.IsBlank && r.IsBlank)
        {
            return default;
        }

        if (l.IsBlank)
        {
            l = BlankLike(r.Kind);
        }
        else if (r.IsBlank)
        {
            r = BlankLike(l.Kind);
        }

        var lr = Rank(l.Kind);
        var rr = Rank(r.Kind);
        if (lr < 0 || rr < 0)
        {
            return WrongType;
        }

        if (lr != rr)
        {
            result = lr.CompareTo(rr);
            return default;
        }

        switch (lr)
        {
            case 0:
                if (l.Kind == ValueKind.Number && r.Kind == ValueKind.Number)
                {
                    result = l.AsNumber().CompareTo(r.AsNumber());
                    return default;
                }

                if (l.Kind == ValueKind.DateTime && r.Kind == ValueKind.DateTime)
                {
                    result = l.AsDateTime().CompareTo(r.AsDateTime());
                    return default;
                }

                TryNumber(l, out var a, out _);
                TryNumber(r, out var b, out _);
                result = a.CompareTo(b);
                return default;
            case 1:
                // Case-insensitive by character code: fast, and the same on every server whatever its culture.
                result = string.Compare(l.AsText(), r.AsText(), StringComparison.OrdinalIgnoreCase);
                return default;
            default:
                result = l.AsBoolean().CompareTo(r.AsBoolean());
                return default;
        }
    }

    /// <summary>Excel equality for lookups and criteria: same as <see cref="Compare"/> returning 0, errors never equal.</summary>
    public static bool AreEqual(in Value left, in Value right) => Compare(left, right, out var c).IsBlank && c == 0;

    private static Value BlankLike(ValueKind kind) => kind switch
    {
        ValueKind.Text => EmptyText,
        ValueKind.Boolean => Value.False,
        _ => Value.FromNumber(0m),
    };

    private static int Rank(ValueKind kind) => kind switch
    {
        ValueKind.Number or ValueKind.Date or ValueKind.DateTime or ValueKind.Time => 0,
        ValueKind.Text => 1,
        ValueKind.Boolean => 2,
        _ => -1,
    };
}
