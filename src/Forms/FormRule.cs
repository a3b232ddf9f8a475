namespace Formwork.Forms;

/// <summary>A cross-field rule: a formula that must be TRUE, with its own message (<c>endDate &gt;= startDate</c>).</summary>
public sealed record FormRule
{
    /// <summary>Gets the rule name (unique in the form).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the condition; the submission is valid when it is TRUE or blank.</summary>
    public required string Condition { get; init; }

    /// <summary>Gets the English message of a failure.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the Chinese message of a failure; defaults to <see cref="Message"/>.</summary>
    public string? MessageChinese { get; init; }

    /// <summary>Gets the field the error is reported on; <see langword="null"/> reports it on the whole record.</summary>
    public string? Field { get; init; }
}
