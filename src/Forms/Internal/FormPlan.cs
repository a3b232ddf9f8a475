using System;
using System.Collections.Generic;

namespace Formwork.Forms.Internal;

/// <summary>The compiled behaviour of a form: computation order, dependents for incremental recalculation, rules, unique fields.</summary>
internal sealed class FormPlan
{
    /// <summary>Gets the top-level fields with a formula, in dependency order.</summary>
    public CompiledField[] ComputeOrder { get; init; } = [];

    /// <summary>Gets, per field name, the computed fields that read it directly.</summary>
    public Dictionary<string, CompiledField[]> Dependents { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets, per parent field name, the subforms whose computed columns read it (their rows are recomputed when it changes).</summary>
    public Dictionary<string, CompiledField[]> RowReaders { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the subforms whose computed columns read parent fields: their rows are computed at the compute stage.</summary>
    public CompiledField[] ParentReadingSubforms { get; init; } = [];

    public CompiledRule[] Rules { get; init; } = [];

    public CompiledField[] UniqueFields { get; init; } = [];

    public CompiledField[] LookupFields { get; init; } = [];

    public CompiledField[] SerialFields { get; init; } = [];

    public bool HasConditions { get; init; }

    /// <summary>Gets whether some field or subform column has a read-only-if condition (without one and without a profile, every field is editable).</summary>
    public bool HasReadOnlyIf { get; init; }

    public TimeSpan RegexTimeout { get; init; }

    public int MaxSubformRows { get; init; }

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
}

/// <summary>A compiled cross-field rule.</summary>
internal sealed record CompiledRule(FormRule Rule, FieldFormula Condition, string? Path);
