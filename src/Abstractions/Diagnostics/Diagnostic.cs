using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Formwork.Diagnostics;

/// <summary>
/// One problem found in a definition, a formula or an input: severity, stable code, where it is (a JSON path such
/// as <c>$.fields[3].formula</c>, a field path such as <c>lines[2].quantity</c>, and/or a position in a formula) and a
/// message in English and Simplified Chinese (host-overridable).
/// </summary>
public sealed class Diagnostic
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    /// <summary>Creates a diagnostic.</summary>
    /// <param name="severity">How serious the problem is.</param>
    /// <param name="template">The message template; its code becomes the diagnostic's code.</param>
    /// <param name="path">Where the problem is: a JSON path or field path; <see langword="null"/> when not applicable.</param>
    /// <param name="span">The position in a formula or text, when known.</param>
    /// <param name="arguments">The values of the template's placeholders.</param>
    public Diagnostic(DiagnosticSeverity severity, MessageTemplate template, string? path = null, SourceSpan? span = null, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        Severity = severity;
        Template = template;
        Path = path;
        Span = span;
        Arguments = arguments ?? NoArguments;
    }

    /// <summary>Gets how serious the problem is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Gets the stable code.</summary>
    public string Code => Template.Code;

    /// <summary>Gets the message template.</summary>
    public MessageTemplate Template { get; }

    /// <summary>Gets where the problem is (JSON path or field path), when applicable.</summary>
    public string? Path { get; }

    /// <summary>Gets the position in a formula or text, when known.</summary>
    public SourceSpan? Span { get; }

    /// <summary>Gets the values of the template's placeholders.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>Gets a value indicating whether this is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Gets the message in English.</summary>
    public string Message => MessageTemplate.Fill(Template.English, Arguments);

    /// <summary>Gets the message in Simplified Chinese.</summary>
    public string MessageChinese => MessageTemplate.Fill(Template.Chinese, Arguments);

    /// <summary>Creates an error diagnostic.</summary>
    /// <param name="template">The message template.</param>
    /// <param name="path">Where the problem is.</param>
    /// <param name="span">The position in a formula or text, when known.</param>
    /// <param name="arguments">Placeholder values as (name, value) pairs.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Error(MessageTemplate template, string? path, SourceSpan? span, params (string Name, object? Value)[] arguments) =>
        new(DiagnosticSeverity.Error, template, path, span, ToDictionary(arguments));

    /// <summary>Creates a warning diagnostic.</summary>
    /// <param name="template">The message template.</param>
    /// <param name="path">Where the problem is.</param>
    /// <param name="span">The position in a formula or text, when known.</param>
    /// <param name="arguments">Placeholder values as (name, value) pairs.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Warning(MessageTemplate template, string? path, SourceSpan? span, params (string Name, object? Value)[] arguments) =>
        new(DiagnosticSeverity.Warning, template, path, span, ToDictionary(arguments));

    /// <summary>Returns the message in the given culture through the given localizer (default: built-in templates with no overrides).</summary>
    /// <param name="culture">The culture; Chinese cultures get Chinese, others fall back to English.</param>
    /// <param name="localizer">The localizer holding the host's overrides; <see langword="null"/> for the built-in one.</param>
    /// <returns>The message.</returns>
    public string GetMessage(CultureInfo culture, IMessageLocalizer? localizer = null) =>
        (localizer ?? MessageLocalizer.Default).Format(Template, Arguments, culture);

    /// <summary>Returns <c>error FWX0001 at $.path (1:5): English message</c>.</summary>
    /// <returns>The diagnostic as one line of text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(Severity.ToString().ToLowerInvariant()).Append(' ').Append(Code);
        if (Path is not null || Span is not null)
        {
            builder.Append(" at");
            if (Path is not null)
            {
                builder.Append(' ').Append(Path);
            }

            if (Span is { } span)
            {
                builder.Append(Path is null ? " " : " (").Append(span.ToString()).Append(Path is null ? string.Empty : ")");
            }
        }

        return builder.Append(": ").Append(Message).ToString();
    }

    private static Dictionary<string, object?> ToDictionary((string Name, object? Value)[] arguments)
    {
        var dictionary = new Dictionary<string, object?>(arguments.Length, StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            dictionary[name] = value;
        }

        return dictionary;
    }
}
