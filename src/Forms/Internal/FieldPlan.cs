using System.Text.RegularExpressions;

namespace Formwork.Forms.Internal;

/// <summary>The compiled behaviour of one field: formulas, pattern, serial pattern, lookup source and row plan.</summary>
internal sealed class FieldPlan
{
    public static readonly FieldPlan Empty = new();

    public FieldFormula? Formula { get; init; }

    public FieldFormula? DefaultFormula { get; init; }

    public FieldFormula? RequiredIf { get; init; }

    public FieldFormula? VisibleIf { get; init; }

    public FieldFormula? ReadOnlyIf { get; init; }

    public Regex? Pattern { get; init; }

    public SerialPattern? Serial { get; init; }

    /// <summary>Gets the relation field a lookup reads through.</summary>
    public CompiledField? LookupRelation { get; init; }

    /// <summary>Gets the field of the related record a lookup reads.</summary>
    public string? LookupField { get; init; }

    /// <summary>Gets the computed columns of a subform, in dependency order.</summary>
    public CompiledField[] RowComputeOrder { get; init; } = [];

    public bool HasRowConditions { get; init; }

    /// <summary>Gets whether some column of a subform has a read-only-if condition (checked on every submission that changes its rows).</summary>
    public bool HasColumnReadOnlyIf { get; init; }

    /// <summary>Gets the number of slots a row formula of a subform reads: the columns, then the parent fields in its scope.</summary>
    public int RowSlotCount { get; init; }

    /// <summary>Gets the parent fields the row formulas and conditions of a subform read: the row slot and the parent slot.</summary>
    public (int RowSlot, int ParentSlot)[] ParentReads { get; init; } = [];

    /// <summary>Gets a value indicating whether computed columns read parent fields, so rows are computed after the parent's input is complete.</summary>
    public bool RowFormulasReadParent { get; init; }

    public bool HasRowDefaults { get; init; }

    /// <summary>
    /// Gets whether a subform's rows are final once normalised (computed then, no column condition, nothing read from the
    /// parent, no visibility condition of its own), so they can be validated right away.
    /// </summary>
    public bool RowsFinalWhenNormalised { get; init; }
}
