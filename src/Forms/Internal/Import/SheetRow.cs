using System.Collections;
using System.Collections.Generic;

namespace Formwork.Forms.Internal.Import;

/// <summary>
/// A row of an XLSX sheet whose cells may continue a vertically merged range: such a cell holds the range's value
/// (merged cells count as repeated) and is marked, so record grouping treats it like a blank continuation cell.
/// </summary>
internal sealed class SheetRow(string?[] cells, bool[] mergedFromAbove) : IReadOnlyList<string?>
{
    public int Count => cells.Length;

    public string? this[int index] => cells[index];

    /// <summary>Gets whether the cell repeats the value of a merged range that starts on a row above.</summary>
    /// <param name="column">The 0-based column.</param>
    /// <returns><see langword="true"/> for a merged continuation cell.</returns>
    public bool IsMergedFromAbove(int column) => column < mergedFromAbove.Length && mergedFromAbove[column];

    public IEnumerator<string?> GetEnumerator() => ((IEnumerable<string?>)cells).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
