using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Formwork.Diagnostics;

/// <summary>
/// A message with a stable code and built-in English and Simplified Chinese templates. Placeholders are names in
/// braces (<c>'{field}' must not be empty.</c>), filled from the arguments of a <see cref="Diagnostic"/>.
/// Hosts override or add languages through <see cref="FormworkLocalizationOptions"/>.
/// </summary>
public sealed class MessageTemplate
{
    /// <summary>Creates a message template.</summary>
    /// <param name="code">The stable code, such as <c>FWF0101</c>; hosts key their translations by it.</param>
    /// <param name="english">The English template.</param>
    /// <param name="chinese">The Simplified Chinese template.</param>
    public MessageTemplate(string code, string english, string chinese)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentException.ThrowIfNullOrEmpty(english);
        ArgumentException.ThrowIfNullOrEmpty(chinese);
        Code = code;
        English = english;
        Chinese = chinese;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the English template.</summary>
    public string English { get; }

    /// <summary>Gets the Simplified Chinese template.</summary>
    public string Chinese { get; }

    /// <summary>Fills the placeholders of a template; a placeholder without an argument stays as written.</summary>
    /// <param name="template">The template text.</param>
    /// <param name="arguments">The arguments by name.</param>
    /// <returns>The message.</returns>
    public static string Fill(string template, IReadOnlyDictionary<string, object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Count == 0 || template.IndexOf('{', StringComparison.Ordinal) < 0)
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            if (arguments.TryGetValue(name, out var argument))
            {
                builder.Append(Convert.ToString(argument, CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return builder.ToString();
    }

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
