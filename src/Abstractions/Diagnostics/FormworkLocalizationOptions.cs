using System;
using System.Collections.Generic;
using System.Globalization;

namespace Formwork.Diagnostics;

/// <summary>
/// The host's own message templates: override a built-in message or add a language, keyed by culture name and code.
/// Lookup falls back culture → parent culture → built-in (Chinese for any <c>zh</c> culture, otherwise English).
/// </summary>
public sealed class FormworkLocalizationOptions
{
    private readonly Dictionary<(string Culture, string Code), string> _overrides = new();

    /// <summary>Gets the overrides as (culture, code) → template.</summary>
    public IReadOnlyDictionary<(string Culture, string Code), string> Overrides => _overrides;

    /// <summary>Sets the template of a message code for a culture (and its child cultures).</summary>
    /// <param name="culture">A culture name such as <c>en</c>, <c>zh-Hans</c>, <c>ja</c>.</param>
    /// <param name="code">The stable message code.</param>
    /// <param name="template">The template, with the same placeholders as the built-in one.</param>
    /// <returns>These options.</returns>
    public FormworkLocalizationOptions Override(string culture, string code, string template)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentException.ThrowIfNullOrEmpty(template);
        _overrides[(CultureInfo.GetCultureInfo(culture).Name, code)] = template;
        return this;
    }
}
