using System;
using System.Collections.Generic;
using Formwork.Expressions.Internal.Evaluation;

namespace Formwork.Expressions.Internal.Functions;

internal static partial class BuiltinFunctions
{
    /// <summary>The most days WORKDAY may move, so a hostile argument cannot make it loop for long.</summary>
    private const int MaxWorkdays = 1_000_000;

    private static void AddDates(Dictionary<string, BuiltinFunction> f)
    {
        Add(f, new EagerFunction("TODAY", 0, 0, ValueKind.Date, static (in Args _, in EvaluationFrame frame) =>
            Value.FromDate(DateOnly.FromDateTime(frame.Now().DateTime))));
        Add(f, new EagerFunction("NOW", 0, 0, ValueKind.DateTime, static (in Args _, in EvaluationFrame frame) =>
            Value.FromDateTime(frame.Now())));
        Add(f, new EagerFunction("DATE", 3, 3, ValueKind.Date, static (in Args a, in EvaluationFrame _) =>
        {
            if (!Excel.TryInteger(a[0], out var year, out var error) || !Excel.TryInteger(a[1], out var month, out error) || !Excel.TryInteger(a[2], out var day, out error))
            {
                return error;
            }

            // Excel rolls months and days over: DATE(2024, 14, 1) is 2025-02-01, DATE(2024, 3, 0) is 2024-02-29.
            var totalMonths = ((long)year * 12) + month - 1;
            if (totalMonths < 12 || totalMonths > (9999L * 12) + 11)
            {
                return Excel.NumError;
            }

            var firstOfMonth = new DateOnly((int)(totalMonths / 12), (int)(totalMonths % 12) + 1, 1);
            var dayNumber = (long)firstOfMonth.DayNumber + day - 1;
            return dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber
                ? Excel.NumError
                : Value.FromDate(DateOnly.FromDayNumber((int)dayNumber));
        }));
        Add(f, new EagerFunction("DATEVALUE", 1, 1, ValueKind.Date, static (in Args a, in EvaluationFrame _) =>
        {
            if (a[0].Kind != ValueKind.Text)
            {
                return a[0].Kind == ValueKind.Date ? a[0] : Excel.WrongType;
            }

            return Excel.TryParseDate(a[0].AsText(), out var date) ? Value.FromDate(date) : Excel.WrongType;
        }));
        Add(f, DatePart("YEAR", static d => d.Year));
        Add(f, DatePart("MONTH", static d => d.Month));
        Add(f, DatePart("DAY", static d => d.Day));
        Add(f, TimePart("HOUR", static t => t.Hours));
        Add(f, TimePart("MINUTE", static t => t.Minutes));
        Add(f, TimePart("SECOND", static t => t.Seconds));
        Add(f, new EagerFunction("WEEKDAY", 1, 2, ValueKind.Number, static (in Args a, in EvaluationFrame _) =>
        {
            if (!Excel.TryDate(a[0], out var date, out var error))
            {
                return error;
            }

            var type = 1;
            if (a.Has(1) && !a[1].IsBlank && !Excel.TryInteger(a[1], out type, out error))
            {
                return error;
            }

            var sunday0 = (int)date.DayOfWeek;
            var monday0 = (sunday0 + 6) % 7;
            return type switch
            {
                1 or 17 => Value.FromNumber(sunday0 + 1),
                2 or 11 => Value.FromNumber(monday0 + 1),
                3 => Value.FromNumber(monday0),
                >= 12 and <= 16 => Value.FromNumber(((monday0 - (type - 11) + 7) % 7) + 1),
                _ => Excel.NumError,
            };
        }));
        Add(f, new EagerFunction("WEEKNUM", 1, 2, ValueKind.Number, static (in Args a, in EvaluationFrame _) =>
        {
            if (!Excel.TryDate(a[0], out var date, out var error))
            {
                return error;
            }

            var type = 1;
            if (a.Has(1) && !a[1].IsBlank && !Excel.TryInteger(a[1], out type, out error))
            {
                return error;
            }

            if (type == 21)
            {
                return Value.FromNumber(System.Globalization.ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)));
            }

            // The first day of the week, as DayOfWeek (0 = Sunday).
            int firstDay = type switch
            {
                1 or 17 => 0,
                2 or 11 => 1,
                >= 12 and <= 16 => type - 10,
                _ => -1,
            };
            if (firstDay < 0)
            {
                return Excel.NumError;
            }

            var january1 = new DateOnly(date.Year, 1, 1);
            var offset = ((int)january1.DayOfWeek - firstDay + 7) % 7;
            return Value.FromNumber(((date.DayOfYear - 1 + offset) / 7) + 1);
        }));
        Add(f, new EagerFunction("DATEDIF", 3, 3, ValueKind.Number, static (in Args a, in EvaluationFrame _) =>
        {
            if (!Excel.TryDate(a[0], out var start, out var error) || !Excel.TryDate(a[1], out var end, out error))
            {
                return error;
            }

            if (start > end)
            {
                return Excel.NumError;
            }

            var months = ((end.Year - start.Year) * 12) + end.Month - start.Month - (end.Day < start.Day ? 1 : 0);
            switch (Excel.ToText(a[2]).Trim().ToUpperInvariant())
            {
                case "D":
                    return Value.FromNumber(end.DayNumber - start.DayNumber);
                case "M":
                    return Value.FromNumber(months);
                case "Y":
                    return Value.FromNumber(months / 12);
                case "YM":
                    return Value.FromNumber(months % 12);
                case "MD":
                    return Value.FromNumber(end.DayNumber - start.AddMonths(months).DayNumber);
                case "YD":
                    var anniversary = start.AddYears(end.Year - start.Year);
                    if (anniversary > end)
                    {
                        anniversary = start.AddYears(end.Year - start.Year - 1);
                    }

                    return Value.FromNumber(end.DayNumber - anniversary.DayNumber);
                default:
                    return Excel.NumError;
            }
        }));
        Add(f, new EagerFunction("DAYS", 2, 2, ValueKind.Number, static (in Args a, in EvaluationFrame _) =>
            Excel.TryDate(a[0], out var end, out var error) && Excel.TryDate(a[1], out var start, out error)
                ? Value.FromNumber(end.DayNumber - start.DayNumber)
                : error));
        Add(f, new EagerFunction("EDATE", 2, 2, ValueKind.Date, static (in Args a, in EvaluationFrame _) => MoveMonths(a, endOfMonth: false)));
        Add(f, new EagerFunction("EOMONTH", 2, 2, ValueKind.Date, static (in Args a, in EvaluationFrame _) => MoveMonths(a, endOfMonth: true)));
        Add(f, new LazyFunction("NETWORKDAYS", 2, 3, ValueKind.Number, ArgumentShape.Scalar, static (a, in frame) =>
        {
            if (!Excel.TryDate(a[0].Evaluate(frame), out var start, out var error) || !Excel.TryDate(a[1].Evaluate(frame), out var end, out error))
            {
                return error;
            }

            if (!Holidays(a, 2, frame, out var holidays, out error))
            {
                return error;
            }

            var sign = 1;
            if (start > end)
            {
                (start, end) = (end, start);
                sign = -1;
            }

            var count = WeekdaysBetween(start, end);
            foreach (var holiday in holidays)
            {
                if (holiday >= start && holiday <= end && IsWeekday(holiday))
                {
                    count--;
                }
            }

            return Value.FromNumber(sign * count);
        }, static i => i == 2, required: false));
        Add(f, new LazyFunction("WORKDAY", 2, 3, ValueKind.Date, ArgumentShape.Scalar, static (a, in frame) =>
        {
            if (!Excel.TryDate(a[0].Evaluate(frame), out var date, out var error) || !Excel.TryInteger(a[1].Evaluate(frame), out var days, out error))
            {
                return error;
            }

            if (Math.Abs((long)days) > MaxWorkdays)
            {
                return Excel.NumError;
            }

            if (!Holidays(a, 2, frame, out var holidays, out error))
            {
                return error;
            }

            var step = days < 0 ? -1 : 1;
            var remaining = Math.Abs(days);
            try
            {
                while (remaining > 0)
                {
                    date = date.AddDays(step);
                    if (IsWeekday(date) && !holidays.Contains(date))
                    {
                        remaining--;
                    }
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                return Excel.NumError;
            }

            return Value.FromDate(date);
        }, static i => i == 2, required: false));
    }

    private static EagerFunction DatePart(string name, Func<DateOnly, int> part) =>
        new(name, 1, 1, ValueKind.Number, (in Args a, in EvaluationFrame _) =>
            Excel.TryDate(a[0], out var date, out var error) ? Value.FromNumber(part(date)) : error);

    private static EagerFunction TimePart(string name, Func<TimeSpan, int> part) =>
        new(name, 1, 1, ValueKind.Number, (in Args a, in EvaluationFrame _) =>
        {
            var value = a[0];
            switch (value.Kind)
            {
                case ValueKind.DateTime:
                    return Value.FromNumber(part(value.AsDateTime().TimeOfDay));
                case ValueKind.Time:
                    return Value.FromNumber(part(value.AsTime().ToTimeSpan()));
                case ValueKind.Date or ValueKind.Blank:
                    return Value.FromNumber(0);
                case ValueKind.Text when TimeOnly.TryParse(value.AsText(), System.Globalization.CultureInfo.InvariantCulture, out var time):
                    return Value.FromNumber(part(time.ToTimeSpan()));
                case ValueKind.Text when DateTimeOffset.TryParse(value.AsText(), System.Globalization.CultureInfo.InvariantCulture, out var dateTime):
                    return Value.FromNumber(part(dateTime.TimeOfDay));
            }

            if (!Excel.TryNumber(value, out var serial, out var error))
            {
                return error;
            }

            if (serial < 0m)
            {
                return Excel.NumError;
            }

            var ticks = (long)decimal.Round((serial - decimal.Floor(serial)) * TimeSpan.TicksPerDay / TimeSpan.TicksPerSecond) * TimeSpan.TicksPerSecond;
            return Value.FromNumber(part(TimeSpan.FromTicks(ticks % TimeSpan.TicksPerDay)));
        });

    private static Value MoveMonths(in Args a, bool endOfMonth)
    {
        if (!Excel.TryDate(a[0], out var date, out var error) || !Excel.TryInteger(a[1], out var months, out error))
        {
            return error;
        }

        try
        {
            var moved = date.AddMonths(months);
            return Value.FromDate(endOfMonth ? new DateOnly(moved.Year, moved.Month, DateTime.DaysInMonth(moved.Year, moved.Month)) : moved);
        }
        catch (ArgumentOutOfRangeException)
        {
            return Excel.NumError;
        }
    }

    private static bool IsWeekday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Mon–Fri days from <paramref name="start"/> to <paramref name="end"/> inclusive, computed without a day-by-day loop.</summary>
    private static int WeekdaysBetween(DateOnly start, DateOnly end)
    {
        var days = end.DayNumber - start.DayNumber + 1;
        var weeks = days / 7;
        var count = weeks * 5;
        var day = start.AddDays(weeks * 7);
        for (; day <= end; day = day.AddDays(1))
        {
            if (IsWeekday(day))
            {
                count++;
            }

            if (day == DateOnly.MaxValue)
            {
                break;
            }
        }

        return count;
    }

    private static bool Holidays(Node[] a, int index, in EvaluationFrame frame, out HashSet<DateOnly> holidays, out Value error)
    {
        holidays = [];
        error = default;
        if (a.Length <= index)
        {
            return true;
        }

        var range = ValueRange.Of(a[index], frame);
        for (var i = 0; i < range.Count; i++)
        {
            var value = range[i];
            if (value.IsBlank)
            {
                continue;
            }

            if (!Excel.TryDate(value, out var date, out error))
            {
                return false;
            }

            holidays.Add(date);
        }

        return true;
    }
}
