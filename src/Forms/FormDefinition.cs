using System.Collections.Generic;

namespace Formwork.Forms;

/// <summary>
/// A form definition as plain data: id, version, fields, cross-field rules and permission profiles. Read it from
/// JSON or build it with <see cref="FormBuilder"/>, then compile it with <see cref="FormDefinitionLoader"/>.
/// </summary>
public sealed record FormDefinition
{
    /// <summary>Gets the form id (stable across versions).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the definition version (1 or more); records remember the version they were written with.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Gets the title shown to users; defaults to the id.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the fields in display order.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; init; } = [];

    /// <summary>Gets the cross-field rules.</summary>
    public IReadOnlyList<FormRule> Rules { get; init; } = [];

    /// <summary>Gets the named permission profiles.</summary>
    public IReadOnlyList<PermissionProfile> Permissions { get; init; } = [];

    /// <summary>
    /// Gets the name of the profile for actors none of whose roles a profile lists (<see cref="PermissionProfile.Roles"/>),
    /// or <see langword="null"/> to give such actors full access.
    /// </summary>
    public string? DefaultProfile { get; init; }
}
