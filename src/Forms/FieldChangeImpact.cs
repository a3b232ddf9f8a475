using System.Collections.Generic;

namespace Formwork.Forms;

/// <summary>A field a new form version removes or retypes, and the stored records that hold a value for it.</summary>
public sealed record FieldChangeImpact
{
    /// <summary>Gets the field name (or <c>subform.column</c>).</summary>
    public required string Field { get; init; }

    /// <summary>Gets the field type in the current version.</summary>
    public required FieldType OldType { get; init; }

    /// <summary>Gets the field type in the new version, or <see langword="null"/> when the field is removed.</summary>
    public FieldType? NewType { get; init; }

    /// <summary>Gets the ids of stored records that hold a non-blank value for the field.</summary>
    public IReadOnlyList<string> AffectedRecords { get; init; } = [];
}
