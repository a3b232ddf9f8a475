using System.Collections.Generic;

namespace Formwork.Reporting;

/// <summary>One column of a <see cref="ReportResult"/>: a combination of column-dimension keys (or a total) and a measure.</summary>
public sealed class ResultColumn
{
    internal ResultColumn(IReadOnlyList<Value> keys, IReadOnlyList<string> labels, int level, string measureId, string title, int[] codes)
    {
        Keys = keys;
        Labels = labels;
        Level = level;
        MeasureId = measureId;
        Title = title;
        Codes = codes;
    }

    /// <summary>Gets the keys of the column dimensions; blank beyond <see cref="Level"/>.</summary>
    public IReadOnlyList<Value> Keys { get; }

    /// <summary>Gets the display labels of the keys (date periods as <c>2025-03</c>, bands as <c>0 – 1000</c>).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Gets how many column dimensions the column is specific to (0 = grand total column).</summary>
    public int Level { get; }

    /// <summary>Gets a value indicating whether the column is a subtotal or grand total column.</summary>
    public bool IsTotal => Level < Keys.Count;

    /// <summary>Gets the id of the measure the column shows.</summary>
    public string MeasureId { get; }

    /// <summary>Gets the column's caption, such as <c>online / Amount</c>.</summary>
    public string Title { get; }

    internal int[] Codes { get; }

    /// <summary>Returns the title.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;
}
