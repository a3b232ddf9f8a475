using System;
using Formwork.Forms;

namespace Formwork.Reporting.Internal;

/// <summary>
/// Masks column values for actors whose permission profile masks a field, with the same rules as the form engine's
/// record view: mobile numbers keep the first 3 and last 4 digits, ID numbers the first 6 and last 4, bank cards the
/// first and last 4, e-mail addresses the first letter and the domain, anything else its first and last character.
/// </summary>
internal static class ReportMasking
{
    /// <summary>Returns the masker of a form field (by its type and text format).</summary>
    public static Func<Value, Value> For(CompiledField field)
    {
        if (field.Type == FieldType.IdNumber || field.Settings.Format == TextFormat.IdNumber)
        {
            return value => Apply(value, text => Keep(text, 6, 4));
        }

        if (field.Type == FieldType.Phone || field.Settings.Format is TextFormat.Mobile or TextFormat.Phone)
        {
            return value => Apply(value, text => IsMobile(text) ? Keep(text, 3, 4) : Keep(text, 3, 2));
        }

        if (field.Type == FieldType.Email)
        {
            return value => Apply(value, MaskEmail);
        }

        return field.Settings.Format == TextFormat.BankCard ? value => Apply(value, text => Keep(text, 4, 4)) : Default;
    }

    /// <summary>Masks a value by the generic rule (first and last character kept).</summary>
    public static Value Default(Value value) => Apply(value, text => Keep(text, 1, text.Length > 2 ? 1 : 0));

    private static Value Apply(Value value, Func<string, string> mask) =>
        value.IsBlank ? value : Value.FromText(mask(value.Kind == ValueKind.Text ? value.AsText() : value.ToString()));

    private static bool IsMobile(string text) => text.Length == 11 && text[0] == '1' && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    private static string Keep(string text, int head, int tail) =>
        text.Length <= head + tail
            ? new string('*', text.Length)
            : string.Concat(text.AsSpan(0, head), new string('*', text.Length - head - tail), text.AsSpan(text.Length - tail));

    private static string MaskEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? Keep(text, 1, 1) : string.Concat(text.AsSpan(0, 1), "***", text.AsSpan(at));
    }
}
