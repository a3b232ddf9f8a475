using System;
using System.Collections.Generic;

namespace Formwork.Forms;

/// <summary>An option of a select, multi-select or cascade field.</summary>
public sealed record FieldOption
{
    /// <summary>Initializes an option.</summary>
    /// <param name="value">The stored value.</param>
    /// <param name="label">The label shown to users; defaults to the value.</param>
    public FieldOption(string value, string? label = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        Value = value;
        Label = label ?? value;
    }

    /// <summary>Gets the stored value.</summary>
    public string Value { get; init; }

    /// <summary>Gets the label shown to users (import and input also accept it in place of the value).</summary>
    public string Label { get; init; }

    /// <summary>Gets the display colour such as <c>#FF0000</c>, or <see langword="null"/>.</summary>
    public string? Color { get; init; }

    /// <summary>Gets a value indicating whether the option is disabled: kept for old records, refused in new input.</summary>
    public bool Disabled { get; init; }

    /// <summary>Gets the nested options of a cascade field (the cities of a province).</summary>
    public IReadOnlyList<FieldOption> Children { get; init; } = [];
}
