using System;

namespace Formwork;

public readonly partial struct Value
{
    /// <summary>
    /// Adds two values with Excel semantics: numbers add, <c>date + n</c> is a date <c>n</c> whole days later,
    /// <c>dateTime + n</c> adds <c>n</c> (possibly fractional) days, blanks are 0, errors propagate, text that is not a
    /// number gives <c>#VALUE!</c>, overflow gives <c>#NUM!</c>.
    /// </summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The sum, or an error value.</returns>
    public static Value Add(Value left, Value right)
    {
        if (left._kind == ValueKind.Number && right._kind == ValueKind.Number)
        {
            return Sum(left._number, right._number);
        }

        if (FirstError(left, right, out var error))
        {
            return error;
        }

        if (IsTemporal(right._kind) && !IsTemporal(left._kind))
        {
            (left, right) = (right, left);
        }

        if (IsTemporal(left._kind))
        {
            return right.TryConvertToNumber(out var days) ? left.AddDays(days) : FromError(ValueError.Value);
        }

        return Numeric(left, right, static (a, b) => a + b);
    }

    /// <summary>
    /// Subtracts with Excel semantics: numbers subtract, <c>date - n</c> is a date, <c>date - date</c> and
    /// <c>dateTime - dateTime</c> are the days between them (fractional for date-times), <c>time - time</c> is the
    /// fraction of a day between them; errors propagate.
    /// </summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The difference, or an error value.</returns>
    public static Value Subtract(Value left, Value right)
    {
        if (left._kind == ValueKind.Number && right._kind == ValueKind.Number)
        {
            return Sum(left._number, -right._number);
        }

        if (FirstError(left, right, out var error))
        {
            return error;
        }

        if (IsTemporal(left._kind) && IsTemporal(right._kind))
        {
            return DaysBetween(right, left);
        }

        if (IsTemporal(left._kind))
        {
            return right.TryConvertToNumber(out var days) ? left.AddDays(-days) : FromError(ValueError.Value);
        }

        if (IsTemporal(right._kind))
        {
            return FromError(ValueError.Value);
        }

        return Numeric(left, right, static (a, b) => a - b);
    }

    /// <summary>Multiplies two values as numbers with Excel semantics; errors propagate.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The product, or an error value.</returns>
    public static Value Multiply(Value left, Value right)
    {
        if (left._kind == ValueKind.Number && right._kind == ValueKind.Number)
        {
            return Product(left._number, right._number);
        }

        return FirstError(left, right, out var error) ? error : Numeric(left, right, static (a, b) => a * b);
    }

    /// <summary>Divides two values as numbers with Excel semantics: division by zero (or blank) gives <c>#DIV/0!</c>.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient, or an error value.</returns>
    public static Value Divide(Value left, Value right)
    {
        if (FirstError(left, right, out var error))
        {
            return error;
        }

        if (!left.TryConvertToNumber(out var a) || !right.TryConvertToNumber(out var b))
        {
            return FromError(ValueError.Value);
        }

        return b == 0m ? FromError(ValueError.DivideByZero) : Checked(a, b, static (x, y) => x / y);
    }

    /// <summary>Negates a value as a number; errors propagate.</summary>
    /// <param name="value">The operand.</param>
    /// <returns>The negated number, or an error value.</returns>
    public static Value Negate(Value value)
    {
        if (value.IsError)
        {
            return value;
        }

        return value.TryConvertToNumber(out var number) ? FromNumber(-number) : FromError(ValueError.Value);
    }

    /// <summary>Adds days to a date, date-time or time; a date moves by whole days (the fraction is dropped, as Excel shows it).</summary>
    /// <param name="days">The days to add; may be negative or fractional.</param>
    /// <returns>The moved value; <c>#VALUE!</c> for other kinds, <c>#NUM!</c> when the result is out of range.</returns>
    public Value AddDays(decimal days)
    {
        try
        {
            switch (_kind)
            {
                case ValueKind.Date:
                    return FromDate(AsDate().AddDays(checked((int)decimal.Truncate(days))));
                case ValueKind.DateTime:
                    return FromDateTime(AsDateTime().AddTicks(checked((long)(days * TimeSpan.TicksPerDay))));
                case ValueKind.Time:
                    return FromTime(AsTime().Add(TimeSpan.FromTicks(checked((long)(days * TimeSpan.TicksPerDay)))));
                default:
                    return FromError(ValueError.Value);
            }
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
        {
            return FromError(ValueError.Number);
        }
    }

    /// <summary>Adds two values; see <see cref="Add(Value, Value)"/>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The sum, or an error value.</returns>
    public static Value operator +(Value left, Value right) => Add(left, right);

    /// <summary>Subtracts two values; see <see cref="Subtract(Value, Value)"/>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The difference, or an error value.</returns>
    public static Value operator -(Value left, Value right) => Subtract(left, right);

    /// <summary>Multiplies two values; see <see cref="Multiply(Value, Value)"/>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The product, or an error value.</returns>
    public static Value operator *(Value left, Value right) => Multiply(left, right);

    /// <summary>Divides two values; see <see cref="Divide(Value, Value)"/>.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient, or an error value.</returns>
    public static Value operator /(Value left, Value right) => Divide(left, right);

    /// <summary>Negates a value; see <see cref="Negate(Value)"/>.</summary>
    /// <param name="value">The operand.</param>
    /// <returns>The negated number, or an error value.</returns>
    public static Value operator -(Value value) => Negate(value);

    // The number-by-number fast paths: no delegate, no coercion; decimal overflow becomes #NUM!.
    private static Value Sum(decimal a, decimal b)
    {
        try
        {
            return new(ValueKind.Number, a + b);
        }
        catch (OverflowException)
        {
            return FromError(ValueError.Number);
        }
    }

    private static Value Product(decimal a, decimal b)
    {
        try
        {
            return new(ValueKind.Number, a * b);
        }
        catch (OverflowException)
        {
            return FromError(ValueError.Number);
        }
    }

    private static bool IsTemporal(ValueKind kind) => kind is ValueKind.Date or ValueKind.DateTime or ValueKind.Time;

    private static bool FirstError(Value left, Value right, out Value error)
    {
        error = left.IsError ? left : right;
        return left.IsError || right.IsError;
    }

    private static Value Numeric(Value left, Value right, Func<decimal, decimal, decimal> op)
    {
        if (left._kind == ValueKind.Number && right._kind == ValueKind.Number)
        {
            return Checked(left._number, right._number, op);
        }

        if (!left.TryConvertToNumber(out var a) || !right.TryConvertToNumber(out var b))
        {
            return FromError(ValueError.Value);
        }

        return Checked(a, b, op);
    }

    private static Value Checked(decimal a, decimal b, Func<decimal, decimal, decimal> op)
    {
        try
        {
            return FromNumber(op(a, b));
        }
        catch (OverflowException)
        {
            return FromError(ValueError.Number);
        }
    }

    private static Value DaysBetween(Value from, Value to)
    {
        if (from._kind == ValueKind.Date && to._kind == ValueKind.Date)
        {
            return FromNumber(to._number - from._number);
        }

        if (from._kind == ValueKind.Time && to._kind == ValueKind.Time)
        {
            return FromNumber((to._number - from._number) / TimeSpan.TicksPerDay);
        }

        if (from._kind == ValueKind.Time || to._kind == ValueKind.Time)
        {
            return FromError(ValueError.Value);
        }

        // A date meets a date-time at midnight in the date-time's offset.
        var offset = from._kind == ValueKind.DateTime ? from._small : to._small;
        var fromTicks = from.UtcTicksAt(offset);
        var toTicks = to.UtcTicksAt(offset);
        return FromNumber((decimal)(toTicks - fromTicks) / TimeSpan.TicksPerDay);
    }

    private long UtcTicksAt(short offsetMinutes) => _kind == ValueKind.DateTime
        ? Bits
        : (Bits * TimeSpan.TicksPerDay) - (offsetMinutes * TimeSpan.TicksPerMinute);
}
