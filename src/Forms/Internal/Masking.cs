using System;

namespace Formwork.Forms.Internal;

/// <summary>Masks values for display: mobile numbers keep the first 3 and last 4 digits, ID numbers the first 6 and last 4.</summary>
internal static class Masking
{
    public static Value Mask(CompiledField field, Value value)
    {
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
            _ => Keep(text, 1, text.Length > 2 ? 1 : 0),
        };
        return Value.FromText(masked);
    }

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
