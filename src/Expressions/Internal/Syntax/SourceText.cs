using System;
using Formwork.Diagnostics;

namespace Formwork.Expressions.Internal.Syntax;

/// <summary>The formula text with line/column lookup for positions in messages.</summary>
internal sealed class SourceText(string text)
{
    public string Text { get; } = text;

    public SourceSpan Span(int start, int length)
    {
        start = Math.Clamp(start, 0, Text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < start; i++)
        {
            if (Text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceSpan(start, Math.Max(0, length), line, start - lineStart + 1);
    }

    public string Position(int start) => Span(start, 0).ToString();

    public Diagnostic Error(MessageTemplate template, int start, int length, params (string Name, object? Value)[] arguments)
    {
        var all = new (string Name, object? Value)[arguments.Length + 1];
        all[0] = ("position", Position(start));
        Array.Copy(arguments, 0, all, 1, arguments.Length);
        return Diagnostic.Error(template, null, Span(start, length), all);
    }
}
