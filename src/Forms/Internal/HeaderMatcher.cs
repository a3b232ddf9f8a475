using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Formwork.Diagnostics;

namespace Formwork.Forms.Internal;

/// <summary>
/// Maps import headers to fields by name, label or alias; case-, width- and whitespace-insensitive (Chinese headers too).
/// A header <c>subform[row].column</c> (0-based row, as in error paths) fills one cell of a subform row; a header
/// <c>subform.column</c> (separators <c>.</c>, <c>-</c>, <c>/</c>, <c>:</c>, full-width too) is a flat subform column,
/// filled once per file row. One subform takes one style or the other.
/// </summary>
internal static class HeaderMatcher
{
    public static ImportColumn?[] Match(CompiledForm form, IReadOnlyList<string?> headers, List<Diagnostic> diagnostics)
    {
        var candidates = new Dictionary<string, CompiledField>(StringComparer.Ordinal);
        var subforms = new Dictionary<string, CompiledField>(StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            if (field.IsComputed)
            {
                continue;
            }

            foreach (var name in Names(field))
            {
                (field.Type == FieldType.Subform ? subforms : candidates).TryAdd(Normalize(name), field);
            }
        }

        var result = new ImportColumn?[headers.Count];
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i] ?? string.Empty;
            var normalized = Normalize(header);
            ImportColumn? column = null;
            if (candidates.TryGetValue(normalized, out var field))
            {
                column = new ImportColumn(field, -1, null);
            }
            else if (TrySplitCell(normalized, out var subformName, out var row, out var columnName) && subforms.TryGetValue(subformName, out var subform)
                && FindColumn(subform, columnName) is { } child)
            {
                var max = Math.Min(form.Plan.MaxSubformRows, subform.Settings.MaxRows ?? int.MaxValue);
                if (row >= max)
                {
                    diagnostics.Add(Diagnostic.Error(FormMessages.ImportRowIndexTooLarge, "$[" + i + "]", null, ("column", header), ("max", max)));
                    continue;
                }

                column = new ImportColumn(subform, row, child);
            }
            else if (TrySplitFlat(normalized, subforms) is { } flat)
            {
                column = new ImportColumn(flat.Subform, -1, flat.Child, Flat: true);
            }

            if (column is null)
            {
                if (header.Trim().Length > 0)
                {
                    diagnostics.Add(Diagnostic.Warning(FormMessages.UnknownColumn, "$[" + i + "]", null, ("column", header)));
                }

                continue;
            }

            if (taken.TryGetValue(column.Path, out var first))
            {
                diagnostics.Add(Diagnostic.Error(FormMessages.DuplicateColumn, "$[" + i + "]", null, ("first", first), ("second", header), ("field", column.Path)));
                continue;
            }

            taken[column.Path] = header;
            result[i] = column;
        }

        foreach (var column in result)
        {
            if (column is { Flat: true } flat && Array.Exists(result, c => c is { Child: not null, Flat: false } && c.Field == flat.Field))
            {
                var index = Array.IndexOf(result, column);
                diagnostics.Add(Diagnostic.Error(FormMessages.MixedSubformColumns, "$[" + index + "]", null, ("column", headers[index]), ("subform", flat.Field.Name)));
                break;
            }
        }

        return result;
    }

    /// <summary>Splits a normalised flat subform header <c>subform.column</c> at the first separator that gives a subform and one of its columns.</summary>
    private static (CompiledField Subform, CompiledField Child)? TrySplitFlat(string header, Dictionary<string, CompiledField> subforms)
    {
        for (var i = 1; i < header.Length - 1; i++)
        {
            if (header[i] is '.' or '-' or '/' or ':' && subforms.TryGetValue(header[..i], out var subform) && FindColumn(subform, header[(i + 1)..]) is { } child)
            {
                return (subform, child);
            }
        }

        return null;
    }

    /// <summary>Splits a normalised <c>subform[row].column</c> header.</summary>
    private static bool TrySplitCell(string header, out string subform, out int row, out string column)
    {
        subform = column = string.Empty;
        row = 0;
        var open = header.IndexOf('[', StringComparison.Ordinal);
        var close = open < 0 ? -1 : header.IndexOf("].", open, StringComparison.Ordinal);
        if (open <= 0 || close < 0 || close + 2 >= header.Length
            || !int.TryParse(header.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out row))
        {
            return false;
        }

        subform = header[..open];
        column = header[(close + 2)..];
        return true;
    }

    private static CompiledField? FindColumn(CompiledField subform, string normalized)
    {
        foreach (var child in subform.Fields)
        {
            if (child.IsComputed)
            {
                continue;
            }

            foreach (var name in Names(child))
            {
                if (Normalize(name) == normalized)
                {
                    return child;
                }
            }
        }

        return null;
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
