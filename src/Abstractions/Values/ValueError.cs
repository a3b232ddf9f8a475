namespace Formwork;

/// <summary>The error values of the formula language; they behave like Excel's errors.</summary>
public enum ValueError : byte
{
    /// <summary><c>#DIV/0!</c>: division by zero.</summary>
    DivideByZero = 1,

    /// <summary><c>#VALUE!</c>: a value of the wrong kind, such as text in arithmetic.</summary>
    Value,

    /// <summary><c>#NUM!</c>: a number out of range or an impossible numeric argument.</summary>
    Number,

    /// <summary><c>#N/A</c>: a value is not available (a lookup found nothing).</summary>
    NotAvailable,

    /// <summary><c>#NAME?</c>: an unknown name.</summary>
    Name,

    /// <summary><c>#REF!</c>: a reference that does not resolve.</summary>
    Reference,

    /// <summary><c>#NULL!</c>: an empty intersection.</summary>
    Null,
}
