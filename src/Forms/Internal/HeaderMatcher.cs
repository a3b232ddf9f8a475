using System;
using System.Collections.Generic;
using System.Text;
using Formwork.Diagnostics;

namespace Formwork.Forms.Internal;

/// <summary>Maps import headers to fields by name, label or alias; case-, width- and whitespace-insensitive (Chinese headers too).</summary>
internal static class HeaderMatcher
{
    public static CompiledField?[] Match(CompiledForm form, IReadOnlyList<string?> headers, List<Diagnostic> diagnostics)
    {
        var candidates = new Dictionary<string, CompiledField>(StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            if (field.IsComputed || field.Type == FieldType.Subform)
            {
                continue;
            }

            foreach (var name in Names(field))
            {
                candidates.TryAdd(Normalize(name), field);
            }
        }

        var result = new CompiledField?[headers.Count];
        var taken = new Dictionary<CompiledField, string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i] ?? string.Empty;
            if (!candidates.TryGetValue(Normalize(header), out var field))
            {
                if (header.Trim().Length > 0)
                {
                    diagnostics.Add(Diagnostic.Warning(FormMessages.UnknownColumn, "$[" + i + "]", null, ("column", header)));
                }

                continue;
            }

            if (taken.TryGetValue(field, out var first))
            {
                diagnostics.Add(Diagnostic.Error(FormMessages.DuplicateColumn, "$[" + i + "]", null, ("first", first), ("second", header), ("field", field.Name)));
                continue;
            }

            taken[field] = header;
            result[i] = field;
        }

        return result;
    }

    private static IEnumerable<string> Names(CompiledField field)
    {
        yield return field.Name;
        yield return field.Label;
        foreach (var alias in field.Definition.Aliases)
        {
            yield return alias;
        }
    }

    public static string Normalize(string header)
    {
        var narrow = ValueConverter.Narrow(header);
        var builder = new StringBuilder(narrow.Length);
        foreach (var c in narrow)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        while (builder.Length > 0 && builder[^1] == '*')
        {
            builder.Length--;
        }

        return builder.ToString();
    }
}
