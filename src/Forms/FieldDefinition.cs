using System.Collections.Generic;

namespace Formwork.Forms;

/// <summary>
/// One field of a form definition, as the designer wrote it (JSON) or the <see cref="FormBuilder"/> built it.
/// Definitions are plain data; <see cref="FormDefinitionLoader"/> checks and compiles them into a <see cref="CompiledForm"/>.
/// </summary>
public sealed record FieldDefinition
{
    /// <summary>Gets the field name, used in data, formulas and paths (letters of any script, digits, <c>_</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the field type.</summary>
    public required FieldType Type { get; init; }

    /// <summary>Gets the label shown to users and used in messages; defaults to the name.</summary>
    public string? Label { get; init; }

    /// <summary>Gets other names import headers may use for this field.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Gets the help text shown under the field.</summary>
    public string? Help { get; init; }

    /// <summary>Gets a value indicating whether the field must be filled in.</summary>
    public bool Required { get; init; }

    /// <summary>Gets a formula; when it is TRUE the field must be filled in.</summary>
    public string? RequiredIf { get; init; }

    /// <summary>Gets a formula; when it is FALSE the field is hidden, not validated and cleared.</summary>
    public string? VisibleIf { get; init; }

    /// <summary>Gets a formula; when it is TRUE a submission may not change the field.</summary>
    public string? ReadOnlyIf { get; init; }

    /// <summary>Gets the default value of new submissions.</summary>
    public FieldDefault? Default { get; init; }

    /// <summary>Gets the formula of a computed field or of a subform's computed column.</summary>
    public string? Formula { get; init; }

    /// <summary>Gets the type-specific settings.</summary>
    public FieldSettings Settings { get; init; } = FieldSettings.None;

    /// <summary>Gets the child fields of a subform.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; init; } = [];
}
