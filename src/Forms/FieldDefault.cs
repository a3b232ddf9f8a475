using System;

namespace Formwork.Forms;

/// <summary>A field's default value, applied when a new submission leaves the field blank.</summary>
public sealed record FieldDefault
{
    private FieldDefault(DefaultSource source, Value value, string? formula)
    {
        Source = source;
        Value = value;
        Formula = formula;
    }

    /// <summary>Gets where the default comes from.</summary>
    public DefaultSource Source { get; }

    /// <summary>Gets the constant value (for <see cref="DefaultSource.Value"/>).</summary>
    public Value Value { get; }

    /// <summary>Gets the formula (for <see cref="DefaultSource.Formula"/>).</summary>
    public string? Formula { get; }

    /// <summary>Gets the default that is the submitting actor's user id.</summary>
    public static FieldDefault CurrentUser { get; } = new(DefaultSource.CurrentUser, default, null);

    /// <summary>Gets the default that is the submitting actor's main department.</summary>
    public static FieldDefault CurrentDepartment { get; } = new(DefaultSource.CurrentDepartment, default, null);

    /// <summary>Creates a constant default.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The default.</returns>
    public static FieldDefault Constant(Value value) => new(DefaultSource.Value, value, null);

    /// <summary>Creates a formula default such as <c>TODAY()</c>.</summary>
    /// <param name="formula">The formula.</param>
    /// <returns>The default.</returns>
    public static FieldDefault FromFormula(string formula)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(formula);
        return new(DefaultSource.Formula, default, formula);
    }
}
