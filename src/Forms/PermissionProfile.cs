using System;
using System.Collections.Generic;
using Formwork.Identity;
using Formwork.Stores;

namespace Formwork.Forms;

/// <summary>
/// A named set of field permissions (per role or per workflow node): each field is hidden, read-only, editable,
/// required or masked. Workflow nodes reference a profile by <see cref="Name"/>.
/// </summary>
public sealed record PermissionProfile
{
    /// <summary>Gets the profile name (unique in the form).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the access of fields the profile does not list.</summary>
    public FieldAccess Default { get; init; } = FieldAccess.Editable;

    /// <summary>
    /// Gets the roles this profile applies to: an actor in one of them gets this profile from
    /// <see cref="CompiledForm.ProfileFor"/> (the first profile in definition order that lists one of the actor's roles).
    /// A role may be listed by one profile only.
    /// </summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Gets the access per field name (top-level fields, or <c>subform.column</c>).</summary>
    public IReadOnlyDictionary<string, FieldAccess> Fields { get; init; } = new Dictionary<string, FieldAccess>(StringComparer.Ordinal);

    /// <summary>Gets which stored records the profile reaches: all (the default), the actor's own, or the actor's departments'.</summary>
    public RecordScope Records { get; init; } = RecordScope.All;

    /// <summary>Returns whether the profile reaches a stored record for an actor (see <see cref="Records"/>).</summary>
    /// <param name="record">The stored record.</param>
    /// <param name="actor">The actor.</param>
    /// <returns><see langword="true"/> when the actor may see and change the record under this profile.</returns>
    public bool Reaches(StoredRecord record, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(actor);
        var owner = record.OwnerId ?? record.CreatedBy;
        return Records switch
        {
            RecordScope.Own => owner == actor.UserId,
            RecordScope.Department => owner == actor.UserId || (record.DepartmentId is { } department && actor.IsInDepartment(department)),
            _ => true,
        };
    }

    /// <summary>Returns the access the profile gives to a field.</summary>
    /// <param name="field">The field name or <c>subform.column</c> path.</param>
    /// <returns>The access.</returns>
    public FieldAccess GetAccess(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Fields.TryGetValue(field, out var access) ? access : Default;
    }
}
