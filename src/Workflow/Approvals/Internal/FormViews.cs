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
}
