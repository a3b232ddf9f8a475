using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Formwork.Diagnostics;

/// <summary>The default <see cref="IMessageLocalizer"/>: host overrides first, then the built-in English and Chinese templates.</summary>
public sealed class MessageLocalizer : IMessageLocalizer
{
    private readonly FormworkLocalizationOptions _options;

    /// <summary>Creates a localizer over the host's overrides.</summary>
    /// <param name="options">The overrides.</param>
    public MessageLocalizer(IOptions<FormworkLocalizationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <summary>Gets a localizer with the built-in templates only.</summary>
    public static MessageLocalizer Default { get; } = new(Options.Create(new FormworkLocalizationOptions()));

    /// <inheritdoc />
    public string Format(MessageTemplate template, IReadOnlyDictionary<string, object?> arguments, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(culture);
        var overrides = _options.Overrides;
        var isChinese = false;
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (overrides.Count > 0 && overrides.TryGetValue((c.Name, template.Code), out var custom))
            {
                return MessageTemplate.Fill(custom, arguments);
            }

            isChinese |= c.TwoLetterISOLanguageName == "zh";
        }

        return MessageTemplate.Fill(isChinese ? template.Chinese : template.English, arguments);
    }
}
