namespace Formwork.Forms;

/// <summary>One problem of one imported row: row number, column, field path, code and messages.</summary>
public sealed record ImportRowError
{
    /// <summary>Gets the row number in the file (the header is row 1, the first data row is row 2).</summary>
    public required int Row { get; init; }

    /// <summary>Gets the column header the problem is in, or <see langword="null"/> for a whole-row problem.</summary>
    public string? Column { get; init; }

    /// <summary>Gets the field path, such as <c>amount</c>.</summary>
    public string? Field { get; init; }

    /// <summary>Gets the stable error code.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the English message.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the Chinese message.</summary>
    public required string MessageChinese { get; init; }
}
