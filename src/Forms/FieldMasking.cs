using System;

namespace Formwork.Forms;

/// <summary>
/// The masking rules of a <see cref="FieldAccess.Masked"/> field, the same everywhere a value is shown (record views,
/// workflow views, reports): mobile numbers keep the first 3 and last 4 digits, ID numbers the first 6 and last 4, bank
/// cards the first and last 4, e-mail addresses the first letter and the domain, anything else its first and last
/// character. Blank stays blank.
/// </summary>
public static class FieldMasking
{
    /// <summary>Masks a value of a field by the field's type and text format.</summary>
    /// <param name="field">The field the value belongs to.</param>
    /// <param name="value">The value.</param>
    /// <returns>The masked text, or the blank value.</returns>
    public static Value Mask(CompiledField field, Value value)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (value.IsBlank)
        {
            return value;
        }

        var text = value.Kind == ValueKind.Text ? value.AsText() : value.ToString();
        var masked = field.Type switch
        {
            FieldType.IdNumber => Keep(text, 6, 4),
            FieldType.Phone => TextFormats.IsMobile(text) ? Keep(text, 3, 4) : Keep(text, 3, 2),
            FieldType.Email => MaskEmail(text),
            _ when field.Settings.Format == TextFormat.IdNumber => Keep(text, 6, 4),
            _ when field.Settings.Format is TextFormat.Mobile or TextFormat.Phone => Keep(text, 3, 4),
            _ when field.Settings.Format == TextFormat.BankCard => Keep(text, 4, 4),
            _ => Generic(text),
        };
        return Value.FromText(masked);
    }

    /// <summary>Masks a value that belongs to no form field (a host's own column): first and last character kept.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The masked text, or the blank value.</returns>
    public static Value Mask(Value value) =>
        value.IsBlank ? value : Value.FromText(Generic(value.Kind == ValueKind.Text ? value.AsText() : value.ToString()));

    private static string Generic(string text) => Keep(text, 1, text.Length > 2 ? 1 : 0);

    private static string Keep(string text, int head, int tail)
    {
        if (text.Length <= head + tail)
        {
            return new string('*', text.Length);
        }

        return string.Concat(text.AsSpan(0, head), new string('*', text.Length - head - tail), text.AsSpan(text.Length - tail));
    }

    private static string MaskEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? Keep(text, 1, 1) : string.Concat(text.AsSpan(0, 1), "***", text.AsSpan(at));
    }
}
