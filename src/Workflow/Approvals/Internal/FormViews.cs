using System.Collections.Generic;
using Formwork.Auditing;
using Formwork.Forms;
using Formwork.Stores;

namespace Formwork.Workflow.Internal;

/// <summary>Read-only views of instance data through the form engine's permission and masking rules (hidden fields removed, masked fields masked).</summary>
internal static class FormViews
{
    // FormEngine.View reads no store; the engine only needs some to be constructed.
    private static readonly FormEngine Forms = new(new InMemoryRecordStore(), new InMemorySequenceStore(), new InMemoryAuditLog(), new InMemoryOutbox());

    public static RecordData View(CompiledForm form, RecordData data, PermissionProfile profile) => Forms.View(form, data, profile.Name).Freeze();

    /// <summary>Field changes as a profile shows them: changes of hidden fields left out, masked fields' values masked.</summary>
    public static IReadOnlyList<FieldChange> ViewChanges(CompiledForm form, IReadOnlyList<FieldChange> changes, PermissionProfile profile)
    {
        var visible = new List<FieldChange>(changes.Count);
        foreach (var change in changes)
        {
            switch (profile.GetAccess(change.Field))
            {
                case FieldAccess.Hidden:
                    continue;
                case FieldAccess.Masked:
                    visible.Add(change with { Before = Mask(form, change.Field, change.Before, profile), After = Mask(form, change.Field, change.After, profile) });
                    continue;
                default:
                    visible.Add(change);
                    continue;
            }
        }

        return visible;
    }

    private static Value Mask(CompiledForm form, string field, Value value, PermissionProfile profile) =>
        value.IsBlank ? value : Forms.View(form, new RecordData().Set(field, value), profile.Name)[field];
}
