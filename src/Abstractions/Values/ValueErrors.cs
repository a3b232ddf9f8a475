using System;

namespace Formwork;

/// <summary>Conversions between <see cref="ValueError"/> and the text Excel shows for it.</summary>
public static class ValueErrors
{
    /// <summary>Returns the Excel text of an error, such as <c>#DIV/0!</c>.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The text Excel shows for the error.</returns>
    public static string ToDisplayString(this ValueError error) => error switch
    {
        ValueError.DivideByZero => "#DIV/0!",
        ValueError.Value => "#VALUE!",
        ValueError.Number => "#NUM!",
        ValueError.NotAvailable => "#N/A",
        ValueError.Name => "#NAME?",
        ValueError.Reference => "#REF!",
        ValueError.Null => "#NULL!",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Unknown error value."),
    };

    /// <summary>Parses the Excel text of an error (case-insensitive), such as <c>#N/A</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="error">The error, when the text names one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names an error value.</returns>
    public static bool TryParse(string? text, out ValueError error)
    {
        error = (text ?? string.Empty).Trim().ToUpperInvariant() switch
        {
            "#DIV/0!" => ValueError.DivideByZero,
            "#VALUE!" => ValueError.Value,
            "#NUM!" => ValueError.Number,
            "#N/A" => ValueError.NotAvailable,
            "#NAME?" => ValueError.Name,
            "#REF!" => ValueError.Reference,
            "#NULL!" => ValueError.Null,
            _ => 0,
        };
        return error != 0;
    }
}
