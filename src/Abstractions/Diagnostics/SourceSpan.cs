using System.Globalization;

namespace Formwork.Diagnostics;

/// <summary>A range of text in a formula or definition, with its one-based line and column for people.</summary>
/// <param name="Start">The zero-based offset of the first character.</param>
/// <param name="Length">The number of characters.</param>
/// <param name="Line">The one-based line of the first character.</param>
/// <param name="Column">The one-based column of the first character.</param>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column)
{
    /// <summary>Returns <c>line:column</c>.</summary>
    /// <returns>The position as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}");
}
