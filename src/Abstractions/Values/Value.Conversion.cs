using System;
using System.Globalization;

namespace Formwork;

public readonly partial struct Value
{
    private const NumberStyles TextNumberStyles =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign
        | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands | NumberStyles.AllowExponent;

    /// <summary>
    /// Converts the value to a number the way Excel arithmetic does: blank is 0, TRUE is 1, FALSE is 0, text that
    /// reads as a number (invariant, thousands separators and a trailing <c>%</c> allowed) is that number.
    /// </summary>
    /// <param name="number">The number.</param>
    /// <returns><see langword="true"/> when the value converts.</returns>
    public bool TryConvertToNumber(out decimal number)
    {
        switch (_kind)
        {
            case ValueKind.Number:
                number = _number;
                return true;
            case ValueKind.Blank:
                number = 0m;
                return true;
            case ValueKind.Boolean:
                number = _small;
                return true;
            case ValueKind.Text:
                return TryParseNumber((string)_obj!, out number);
            default:
                number = 0m;
                return false;
        }
    }

    /// <summary>Converts the value to a number value as Excel arithmetic does; errors propagate, anything else that does not convert gives <c>#VALUE!</c>.</summary>
    /// <returns>A number value or an error value.</returns>
    public Value ToNumberValue()
    {
        if (_kind == ValueKind.Number || _kind == ValueKind.Error)
        {
            return this;
        }

        return TryConvertToNumber(out var number) ? FromNumber(number) : FromError(ValueError.Value);
    }

    /// <summary>
    /// Converts the value to a boolean the way Excel logic does: blank is FALSE, a number is TRUE unless 0, the text
    /// <c>TRUE</c>/<c>FALSE</c> (any case) is that boolean; errors propagate, anything else gives <c>#VALUE!</c>.
    /// </summary>
    /// <returns>A boolean value or an error value.</returns>
    public Value ToBooleanValue()
    {
        switch (_kind)
        {
            case ValueKind.Boolean:
            case ValueKind.Error:
                return this;
            case ValueKind.Blank:
                return False;
            case ValueKind.Number:
                return FromBoolean(_number != 0m);
            case ValueKind.Text:
                var text = ((string)_obj!).Trim();
                if (text.Equals("TRUE", StringComparison.OrdinalIgnoreCase))
                {
                    return True;
                }

                return text.Equals("FALSE", StringComparison.OrdinalIgnoreCase) ? False : FromError(ValueError.Value);
            default:
                return FromError(ValueError.Value);
        }
    }

    /// <summary>Parses text as a number the way Excel reads a typed number (invariant culture, thousands separators, exponent, trailing <c>%</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="number">The number.</param>
    /// <returns><see langword="true"/> when the text is a number.</returns>
    public static bool TryParseNumber(string? text, out decimal number)
    {
        number = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var percent = span.EndsWith("%", StringComparison.Ordinal);
        if (percent)
        {
            span = span[..^1];
        }

        if (!decimal.TryParse(span, TextNumberStyles, CultureInfo.InvariantCulture, out number))
        {
            return false;
        }

        if (percent)
        {
            number /= 100m;
        }

        return true;
    }
}
