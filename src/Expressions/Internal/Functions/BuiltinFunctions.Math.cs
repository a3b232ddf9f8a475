using System;
using System.Collections.Generic;
using Formwork.Expressions.Internal.Evaluation;

namespace Formwork.Expressions.Internal.Functions;

internal static partial class BuiltinFunctions
{
    private static void AddMath(Dictionary<string, BuiltinFunction> f)
    {
        Add(f, Numeric1("ABS", static x => Value.FromNumber(Math.Abs(x))));
        Add(f, Numeric1("SIGN", static x => Value.FromNumber(Math.Sign(x))));
        Add(f, Numeric1("INT", static x => Value.FromNumber(decimal.Floor(x))));
        Add(f, Numeric1("SQRT", static x => x < 0m ? Excel.NumError : Value.FromNumber(Sqrt(x))));
        Add(f, Numeric2("POWER", 2, static (x, y) => Operators.Power(x, y)));
        Add(f, Numeric2("MOD", 2, static (x, y) =>
        {
            if (y == 0m)
            {
                return Excel.DivideByZero;
            }

            // Excel's MOD takes the divisor's sign: MOD(-3, 2) = 1, MOD(3, -2) = -1.
            var r = x % y;
            return Value.FromNumber(r != 0m && (r < 0m) != (y < 0m) ? r + y : r);
        }));
        Add(f, Numeric2("ROUND", 2, static (x, n) => Round(x, n, MidpointRounding.AwayFromZero)));
        Add(f, Numeric2("ROUNDUP", 2, static (x, n) => Round(x, n, x < 0m ? MidpointRounding.ToNegativeInfinity : MidpointRounding.ToPositiveInfinity)));
        Add(f, Numeric2("ROUNDDOWN", 2, static (x, n) => Round(x, n, MidpointRounding.ToZero)));
        Add(f, Numeric2("TRUNC", 1, static (x, n) => Round(x, n, MidpointRounding.ToZero)));
        Add(f, Numeric2("CEILING", 1, static (x, s) => Multiple(x, s, up: true), defaultSecond: 1m));
        Add(f, Numeric2("FLOOR", 1, static (x, s) => Multiple(x, s, up: false), defaultSecond: 1m));
    }

    private static EagerFunction Numeric1(string name, Func<decimal, Value> body) =>
        new(name, 1, 1, ValueKind.Number, (in Args a, in EvaluationFrame _) =>
            Excel.TryNumber(a[0], out var x, out var error) ? Guard(body, x) : error);

    private static EagerFunction Numeric2(string name, int min, Func<decimal, decimal, Value> body, decimal defaultSecond = 0m) =>
        new(name, min, 2, ValueKind.Number, (in Args a, in EvaluationFrame _) =>
        {
            if (!Excel.TryNumber(a[0], out var x, out var error))
            {
                return error;
            }

            var y = defaultSecond;
            if (a.Has(1) && !Excel.TryNumber(a[1], out y, out error))
            {
                return error;
            }

            try
            {
                return body(x, y);
            }
            catch (ArithmeticException)
            {
                return Excel.NumError;
            }
        });

    private static Value Guard(Func<decimal, Value> body, decimal x)
    {
        try
        {
            return body(x);
        }
        catch (ArithmeticException)
        {
            return Excel.NumError;
        }
    }

    /// <summary>Rounds to <paramref name="digits"/> places (negative: to tens, hundreds…) in the given direction.</summary>
    internal static Value Round(decimal x, decimal digits, MidpointRounding mode)
    {
        var n = (int)decimal.Truncate(Math.Clamp(digits, -40m, 40m));
        if (n >= 28)
        {
            return Value.FromNumber(x);
        }

        if (n >= 0)
        {
            return Value.FromNumber(decimal.Round(x, n, mode));
        }

        if (n < -28)
        {
            return Value.FromNumber(0m);
        }

        var factor = Pow10(-n);
        return Value.FromNumber(decimal.Round(x / factor, 0, mode) * factor);
    }

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10m;
        }

        return result;
    }

    /// <summary>CEILING / FLOOR to a multiple of the significance, with Excel's sign rules.</summary>
    private static Value Multiple(decimal x, decimal significance, bool up)
    {
        if (significance == 0m)
        {
            return up ? Value.FromNumber(0m) : Excel.DivideByZero;
        }

        if (x > 0m && significance < 0m)
        {
            return Excel.NumError;
        }

        if (significance < 0m)
        {
            // Both negative: round the magnitude (away from zero for CEILING, towards zero for FLOOR).
            var magnitude = Math.Abs(x) / Math.Abs(significance);
            var rounded = up ? decimal.Ceiling(magnitude) : decimal.Floor(magnitude);
            return Value.FromNumber(-rounded * Math.Abs(significance));
        }

        var q = x / significance;
        return Value.FromNumber((up ? decimal.Ceiling(q) : decimal.Floor(q)) * significance);
    }

    /// <summary>Drops trailing zeros of the scale: 4.000 becomes 4.</summary>
    internal static decimal Normalize(decimal x) => x / 1.0000000000000000000000000000m;

    /// <summary>A decimal square root: a double estimate refined by Newton steps, so exact squares give exact roots.</summary>
    internal static decimal Sqrt(decimal x)
    {
        if (x == 0m)
        {
            return 0m;
        }

        var guess = (decimal)Math.Sqrt((double)x);
        for (var i = 0; i < 4 && guess != 0m; i++)
        {
            var next = (guess + (x / guess)) / 2m;
            if (next == guess)
            {
                break;
            }

            guess = next;
        }

        var rounded = decimal.Round(guess, 20);
        return rounded * rounded == x ? Normalize(rounded) : guess;
    }
}
