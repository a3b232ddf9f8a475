using System.Collections.Generic;
using System.Globalization;

namespace Formwork.Diagnostics;

/// <summary>Turns a <see cref="MessageTemplate"/> and its arguments into a message in a culture. Hosts may replace it.</summary>
public interface IMessageLocalizer
{
    /// <summary>Formats a message.</summary>
    /// <param name="template">The template.</param>
    /// <param name="arguments">The values of its placeholders.</param>
    /// <param name="culture">The culture wanted.</param>
    /// <returns>The message.</returns>
    string Format(MessageTemplate template, IReadOnlyDictionary<string, object?> arguments, CultureInfo culture);
}
