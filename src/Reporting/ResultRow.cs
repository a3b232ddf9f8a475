using System.Collections.Generic;

namespace Formwork.Reporting;

/// <summary>One row of a <see cref="ReportResult"/>: row-dimension keys (or a total) and one cell per result column.</summary>
public sealed class ResultRow
{
    internal ResultRow(IReadOnlyList<Value> keys, IReadOnlyList<string> labels, int level, bool isOthers, IReadOnlyList<Value> cells, int[] codes)
    {
        Keys = keys;
        Labels = labels;
        Level = level;
        IsOthers = isOthers;
        Cells = cells;
        Codes = codes;
    }

    /// <summary>Gets the keys of the row dimensions; blank beyond <see cref="Level"/>.</summary>
    public IReadOnlyList<Value> Keys { get; }

    /// <summary>Gets the display labels of the keys.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Gets how many row dimensions the row is specific to (0 = grand total row).</summary>
    public int Level { get; }

    /// <summary>Gets a value indicating whether the row is a subtotal or the grand total.</summary>
    public bool IsTotal => Level < Keys.Count;

    /// <summary>Gets a value indicating whether the row is (or is inside) the "Others" bucket of a top N.</summary>
    public bool IsOthers { get; }

    /// <summary>Gets the cells, one per <see cref="ReportResult.Columns"/> entry; blank where no row falls in the cell.</summary>
    public IReadOnlyList<Value> Cells { get; }

    internal int[] Codes { get; }

    /// <summary>Returns the labels joined with <c> / </c> (<c>Total</c> for the grand total row).</summary>
    /// <returns>The row caption.</returns>
    public override string ToString() => Level == 0 && Keys.Count > 0 ? "Total" : string.Join(" / ", System.Linq.Enumerable.Take(Labels, Level));
}
