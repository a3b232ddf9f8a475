namespace Formwork;

/// <summary>The kind of a <see cref="Value"/>.</summary>
/// <remarks>The order of the members is the order in which values of different kinds sort (blank first).</remarks>
public enum ValueKind : byte
{
    /// <summary>No value: an empty field. Blank is 0 in arithmetic, "" in text and FALSE in logic.</summary>
    Blank = 0,

    /// <summary>TRUE or FALSE.</summary>
    Boolean,

    /// <summary>An exact decimal number (money is exact).</summary>
    Number,

    /// <summary>A calendar date without time of day.</summary>
    Date,

    /// <summary>A point in time with its UTC offset.</summary>
    DateTime,

    /// <summary>A time of day without a date.</summary>
    Time,

    /// <summary>Text.</summary>
    Text,

    /// <summary>An ordered list of values (a multi-select field, a column of a subform).</summary>
    List,

    /// <summary>A table of rows (a subform, 子表单); each row is a frozen <see cref="RecordData"/>.</summary>
    Table,

    /// <summary>A reference to a record of a form (a relation field).</summary>
    Reference,

    /// <summary>An error value such as <c>#DIV/0!</c>: formulas produce and propagate them like Excel.</summary>
    Error,
}
