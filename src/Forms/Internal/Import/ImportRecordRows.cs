using System.Collections.Generic;

namespace Formwork.Forms.Internal.Import;

/// <summary>
/// The file rows of one imported record: its record cells (the first row's, completed by later rows of the group),
/// and, when the file has flat subform columns, every file row of the record, each adding one line to each subform.
/// </summary>
internal sealed class ImportRecordRows(int row, IReadOnlyList<string?> cells, List<(int Row, IReadOnlyList<string?> Cells)>? lines)
{
    /// <summary>Gets the file row the record starts on (the header is row 1).</summary>
    public int Row { get; } = row;

    /// <summary>Gets the record's cells, by column.</summary>
    public IReadOnlyList<string?> Cells { get; } = cells;

    /// <summary>Gets the record's file rows (the first included) for flat subform columns, or <see langword="null"/> when the file has none.</summary>
    public List<(int Row, IReadOnlyList<string?> Cells)>? Lines { get; } = lines;

    /// <summary>Gets the problems found while grouping the rows (cells that disagree), or <see langword="null"/>.</summary>
    public List<ImportRowError>? Errors { get; set; }
}
