using System.Collections.Generic;

namespace Formwork.Forms.Internal;

/// <summary>
/// A permission profile resolved against a compiled form: the access of every field by slot and of every subform
/// column by its subform's slot and its own, so submissions check permissions without looking up paths.
/// </summary>
internal sealed class ProfileAccess
{
    private readonly FieldAccess[] _fields;
    private readonly FieldAccess[]?[] _columns;

    public ProfileAccess(PermissionProfile profile, IReadOnlyList<CompiledField> fields)
    {
        Profile = profile;
        _fields = new FieldAccess[fields.Count];
        _columns = new FieldAccess[]?[fields.Count];
        foreach (var field in fields)
        {
            _fields[field.Slot] = profile.GetAccess(field.Name);
            if (field.Fields.Count > 0)
            {
                var columns = new FieldAccess[field.Fields.Count];
                foreach (var column in field.Fields)
                {
                    columns[column.Slot] = profile.GetAccess(column.Path);
                }

                _columns[field.Slot] = columns;
            }
        }
    }

    public PermissionProfile Profile { get; }

    public FieldAccess Of(CompiledField field) => _fields[field.Slot];

    public FieldAccess Of(CompiledField subform, CompiledField column) => _columns[subform.Slot]![column.Slot];
}
