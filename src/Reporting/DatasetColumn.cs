using System;
using System.Collections.Generic;

namespace Formwork.Reporting;

/// <summary>
/// One named column of a <see cref="ReportDataset"/>: the field name records use, the kind of value it holds and,
/// for a cascade field (province → city), the names of its levels.
/// </summary>
/// <remarks>
/// A cascade value is a <see cref="ValueKind.List"/> of texts, one per level (<c>["Guangdong", "Shenzhen"]</c>), or a
/// text with the levels separated by <c>/</c> (<c>"Guangdong/Shenzhen"</c>).
/// </remarks>
public sealed class DatasetColumn
{
    /// <summary>Creates a column.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="kind">The kind of value the column holds.</param>
    /// <param name="levels">The level names of a cascade column; <see langword="null"/> for any other column.</param>
    /// <param name="label">The caption shown in results; the name when <see langword="null"/>.</param>
    public DatasetColumn(string name, ValueKind kind, IEnumerable<string>? levels = null, string? label = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Kind = kind;
        Levels = levels is null ? [] : [.. levels];
        Label = label ?? name;
        if (Levels.Count > 0 && kind != ValueKind.List && kind != ValueKind.Text)
        {
            throw new ArgumentException("A cascade column holds a list or a text value.", nameof(kind));
        }
    }

    /// <summary>Gets the field name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of value the column holds.</summary>
    public ValueKind Kind { get; }

    /// <summary>Gets the level names of a cascade column (empty for any other column).</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>Gets a value indicating whether the column is a cascade field.</summary>
    public bool IsCascade => Levels.Count > 0;

    /// <summary>Gets the caption shown in results.</summary>
    public string Label { get; }

    /// <summary>Returns the column's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
