using System;

namespace Formwork.Expressions.Internal.Evaluation;

/// <summary>The operators with Excel semantics; numbers take a fast path that does not allocate.</summary>
internal static class Operators
{
    public static Value Apply(BinaryOperator op, in Value left, in Value right)
    {
        switch (op)
        {
            case BinaryOperator.Add:
            case BinaryOperator.Subtract:
            case BinaryOperator.Multiply:
            case BinaryOperator.Divide:
                return Arithmetic(op, left, right);
            case BinaryOperator.Concat:
                if (left.IsError)
                {
                    return left;
                }

                return right.IsError ? right : Value.FromText(string.Concat(Excel.ToText(left), Excel.ToText(right)));
            case BinaryOperator.Power:
                return Power(left, right);
            default:
                var error = Excel.Compare(left, right, out var c);
                if (!error.IsBlank)
                {
                    return error;
                }

                return Value.FromBoolean(op switch
                {
                    BinaryOperator.Equal => c == 0,
                    BinaryOperator.NotEqual => c != 0,
                    BinaryOperator.Less => c < 0,
                    BinaryOperator.LessOrEqual => c <= 0,
                    BinaryOperator.Greater => c > 0,
                    _ => c >= 0,
                });
        }
    }

    private static Value Arithmetic(BinaryOperator op, in Value left, in Value right)
    {
        if (left.Kind == ValueKind.Number && right.Kind == ValueKind.Number)
        {
            return Numbers(op, left.AsNumber(), right.AsNumber());
        }

        if (left.IsError)
        {
            return left;
        }

        if (right.IsError)
        {
            return right;
        }

        switch (op)
        {
            case BinaryOperator.Add:
                return Value.Add(left, right);
            case BinaryOperator.Subtract:
                return Value.Subtract(left, right);
        }

        if (!Excel.TryNumber(left, out var a, out var error) || !Excel.TryNumber(right, out var b, out error))
        {
            return error;
        }

        return Numbers(op, a, b);
    }

    private static Value Numbers(BinaryOperator op, decimal a, decimal b)
    {
        try
        {
            switch (op)
            {
                case BinaryOperator.Add:
                    return Value.FromNumber(a + b);
                case BinaryOperator.Subtract:
                    return Value.FromNumber(a - b);
                case BinaryOperator.Multiply:
                    return Value.FromNumber(a * b);
                default:
                    return b == 0m ? Excel.DivideByZero : Value.FromNumber(a / b);
            }
        }
        catch (ArithmeticException)
        {
            return Excel.NumError;
        }
    }

    /// <summary>Applies + - * / to two decimals; on overflow or division by zero returns the error value instead.</summary>
    public static bool TryNumbers(BinaryOperator op, decimal a, decimal b, out decimal result, out Value error)
    {
        error = default;
        try
        {
            switch (op)
            {
                case BinaryOperator.Add:
                    result = a + b;
                    return true;
                case BinaryOperator.Subtract:
                    result = a - b;
                    return true;
                case BinaryOperator.Multiply:
                    result = a * b;
                    return true;
                default:
                    if (b == 0m)
                    {
                        result = 0m;
                        error = Excel.DivideByZero;
                        return false;
                    }

                    result = a / b;
                    return true;
            }
        }
        catch (OverflowException)
        {
            result = 0m;
            error = Excel.NumError;
            return false;
        }
    }

    public static Value Power(in Value left, in Value right)
    {
        if (!Excel.TryNumber(left, out var a, out var error) || !Excel.TryNumber(right, out var b, out error))
        {
            return error;
        }

        return Power(a, b);
    }

    public static Value Power(decimal a, decimal b)
    {
        if (a == 0m && b < 0m)
        {
            return Excel.DivideByZero;
        }

        if (a == 0m && b == 0m)
        {
            return Excel.NumError;
        }

        try
        {
            if (b == decimal.Truncate(b) && Math.Abs(b) <= 64m)
            {
                // Whole exponents stay exact in decimal: 1.1^2 is 1.21, not 1.2100000000000002.
                var n = (int)Math.Abs(b);
                var result = 1m;
                var x = a;
                while (n > 0)
                {
                    if ((n & 1) == 1)
                    {
                        result *= x;
                    }

                    n >>= 1;
                    if (n > 0)
                    {
                        x *= x;
                    }
                }

                return Value.FromNumber(b < 0m ? 1m / result : result);
            }

            if (a < 0m)
            {
                return Excel.NumError;
            }

            return Value.FromDouble(Math.Pow((double)a, (double)b));
        }
        catch (ArithmeticException)
        {
            return Excel.NumError;
        }
    }
}
