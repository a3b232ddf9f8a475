using System;
using System.Globalization;
using Formwork.Expressions.Internal.Evaluation;

namespace Formwork.Expressions.Internal.Functions;

/// <summary>
/// An Excel criterion as COUNTIF and SUMIF read it: <c>"done"</c>, <c>5</c>, <c>"&gt;5"</c>, <c>"&lt;&gt;x"</c>,
/// <c>"=" </c> (blank), wildcards <c>*</c> and <c>?</c> (<c>~</c> escapes) in text equality; text matches case-insensitively.
/// </summary>
internal readonly struct Criterion
{
    private readonly BinaryOperator _operator;
    private readonly Value _operand;
    private readonly string? _pattern;

    private Criterion(BinaryOperator op, Value operand, string? pattern)
    {
        _operator = op;
        _operand = operand;
        _pattern = pattern;
    }

    public static Criterion Parse(in Value criterion)
    {
        if (criterion.Kind != ValueKind.Text)
        {
            return new Criterion(BinaryOperator.Equal, criterion, null);
        }

        var text = criterion.AsText();
        var op = BinaryOperator.Equal;
        var length = 0;
        if (text.StartsWith("<=", StringComparison.Ordinal))
        {
            (op, length) = (BinaryOperator.LessOrEqual, 2);
        }
        else if (text.StartsWith(">=", StringComparison.Ordinal))
        {
            (op, length) = (BinaryOperator.GreaterOrEqual, 2);
        }
        else if (text.StartsWith("<>", StringComparison.Ordinal))
        {
            (op, length) = (BinaryOperator.NotEqual, 2);
        }
        else if (text.StartsWith('<'))
        {
            (op, length) = (BinaryOperator.Less, 1);
        }
        else if (text.StartsWith('>'))
        {
            (op, length) = (BinaryOperator.Greater, 1);
        }
        else if (text.StartsWith('='))
        {
            (op, length) = (BinaryOperator.Equal, 1);
        }

        var rest = text[length..];
        if (rest.Length == 0)
        {
            return new Criterion(op, default, null);
        }

        if (Value.TryParseNumber(rest, out var number))
        {
            return new Criterion(op, Value.FromNumber(number), null);
        }

        if (string.Equals(rest, "TRUE", StringComparison.OrdinalIgnoreCase) || string.Equals(rest, "FALSE", StringComparison.OrdinalIgnoreCase))
        {
            return new Criterion(op, Value.FromBoolean(string.Equals(rest, "TRUE", StringComparison.OrdinalIgnoreCase)), null);
        }

        var wildcard = op is BinaryOperator.Equal or BinaryOperator.NotEqual && rest.AsSpan().IndexOfAny("*?~") >= 0;
        return new Criterion(op, Value.FromText(rest), wildcard ? rest : null);
    }

    public bool Matches(in Value cell)
    {
        if (cell.IsError)
        {
            return false;
        }

        if (_operand.IsBlank)
        {
            // "=" matches blanks, "<>" matches anything not blank.
            var empty = cell.IsBlank || (cell.Kind == ValueKind.Text && cell.AsText().Length == 0);
            return _operator == BinaryOperator.NotEqual ? !empty : _operator == BinaryOperator.Equal && empty;
        }

        if (_pattern is not null)
        {
            var matched = cell.Kind == ValueKind.Text && Wildcard.IsMatch(cell.AsText(), _pattern);
            return _operator == BinaryOperator.Equal ? matched : !matched;
        }

        if (_operand.Kind == ValueKind.Number && cell.Kind == ValueKind.Text && Value.TryParseNumber(cell.AsText(), out var parsed) && _operator == BinaryOperator.Equal)
        {
            return parsed == _operand.AsNumber();
        }

        // Text against text for (in)equality: the case-insensitive comparison below, without the general one's result value.
        if (cell.Kind == ValueKind.Text && _operand.Kind == ValueKind.Text && _operator is BinaryOperator.Equal or BinaryOperator.NotEqual)
        {
            return string.Equals(cell.AsText(), _operand.AsText(), StringComparison.OrdinalIgnoreCase) == (_operator == BinaryOperator.Equal);
        }

        // Values of different kinds never match except through "<>" (Excel: COUNTIF(range, ">5") skips text).
        var comparable = SameFamily(cell.Kind, _operand.Kind);
        if (!comparable)
        {
            return _operator == BinaryOperator.NotEqual;
        }

        var error = Excel.Compare(cell, _operand, out var c);
        if (!error.IsBlank)
        {
            return false;
        }

        return _operator switch
        {
            BinaryOperator.Equal => c == 0,
            BinaryOperator.NotEqual => c != 0,
            BinaryOperator.Less => c < 0,
            BinaryOperator.LessOrEqual => c <= 0,
            BinaryOperator.Greater => c > 0,
            _ => c >= 0,
        };
    }

    private static bool SameFamily(ValueKind a, ValueKind b) => Family(a) == Family(b);

    private static int Family(ValueKind kind) => kind switch
    {
        ValueKind.Number or ValueKind.Date or ValueKind.DateTime or ValueKind.Time => 0,
        ValueKind.Text => 1,
        ValueKind.Boolean => 2,
        _ => 3,
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_operator} {_operand}");
}
