using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Auditing;

namespace Formwork.Forms.Internal;

/// <summary>
/// Keeps sensitive values out of stored audit entries (<see cref="FormsOptions.AuditSensitiveValues"/>): a field is
/// sensitive when any permission profile of the form masks it; a subform is rewritten when any of its columns is.
/// </summary>
internal static class AuditRedaction
{
    public static IReadOnlyList<FieldChange> Apply(CompiledForm form, IReadOnlyList<FieldChange> changes, AuditValueMode mode)
    {
        var sensitive = form.MaskedFields;
        if (mode == AuditValueMode.Clear || changes.Count == 0 || sensitive.Count == 0)
        {
            return changes;
        }

        FieldChange[]? result = null;
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            if (form.FindField(change.Field) is not { } field || !(sensitive.Contains(field) || field.Fields.Any(sensitive.Contains)))
            {
                continue;
            }

            result ??= [.. changes];
            result[i] = mode == AuditValueMode.ChangedOnly
                ? change with { Before = Value.Blank, After = Value.Blank }
                : change with { Before = Mask(field, change.Before, sensitive), After = Mask(field, change.After, sensitive) };
        }

        return result ?? changes;
    }

    private static Value Mask(CompiledField field, Value value, IReadOnlySet<CompiledField> sensitive)
    {
        if (value.Kind != ValueKind.Table)
        {
            return sensitive.Contains(field) ? FieldMasking.Mask(field, value) : value;
        }

        var rows = value.AsTable();
        var masked = new RecordData[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new RecordData(rows[r].Count);
            foreach (var (name, cell) in rows[r])
            {
                row[name] = field.TryGetField(name, out var child) && sensitive.Contains(child) ? FieldMasking.Mask(child, cell) : cell;
            }

            masked[r] = row;
        }

        return Value.FromTable(masked, takeOwnership: true);
    }
}
