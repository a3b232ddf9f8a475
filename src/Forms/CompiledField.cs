using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Forms.Internal;

namespace Formwork.Forms;

/// <summary>
/// A checked, compiled field of a <see cref="CompiledForm"/>: its slot, value kind and settings. Immutable and
/// thread-safe. Subform fields carry their compiled child fields (slots within a row).
/// </summary>
public sealed class CompiledField
{
    private readonly Dictionary<string, CompiledField> _byName;
    private readonly string _name;
    private readonly FieldType _type;
    private readonly FieldSettings _settings;
    private readonly bool _isComputed;
    private FieldPlan _plan = FieldPlan.Empty;

    internal CompiledField(FieldDefinition definition, int slot, ValueKind kind, string path, IReadOnlyList<CompiledField> fields)
    {
        Definition = definition;
        Slot = slot;
        Kind = kind;
        Path = path;
        Fields = fields;
        _byName = new Dictionary<string, CompiledField>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            _byName[field.Name] = field;
        }

        Options = OptionIndex.Create(definition);

        // Read on every submission: resolved once here, so validation does not walk the definition and its settings.
        // Interned: a host that sets fields by literal names (the same interned strings) is then matched by reference.
        _name = string.Intern(definition.Name);
        _type = definition.Type;
        _settings = definition.Settings;
        _isComputed = definition.Formula is not null || _type is FieldType.Computed or FieldType.Lookup or FieldType.SerialNumber;
        var settings = _settings;
        MinLength = settings.MinLength ?? 0;
        MaxLength = settings.MaxLength ?? int.MaxValue;
        TextFormat = _type switch
        {
            FieldType.Email => Forms.TextFormat.Email,
            FieldType.Phone => settings.Format ?? Forms.TextFormat.Phone,
            FieldType.IdNumber => Forms.TextFormat.IdNumber,
            FieldType.Url => Forms.TextFormat.Url,
            _ => settings.Format ?? Forms.TextFormat.None,
        };
        NumberMin = _type == FieldType.Rating ? settings.Min ?? 0 : settings.Min;
        NumberMax = _type == FieldType.Rating ? settings.Max ?? 5 : settings.Max;
        NumberScale = _type == FieldType.Rating ? 0 : settings.Scale ?? (_type == FieldType.Money ? 2 : null);
        ComputedScale = settings.Scale ?? (_type == FieldType.Money ? 2 : -1);
        FieldArray = [.. fields];
        InputFieldArray = [.. fields.Where(f => !f.IsComputed)];
        RowLayout = fields.Count > 0 ? new RecordLayout(fields.Select(f => f.Name)) : null;
        ChecksValue = FieldValidator.HasValueChecks(this);
    }

    /// <summary>Gets the field name.</summary>
    public string Name => _name;

    /// <summary>Gets the label used in messages (the name when the definition has none).</summary>
    public string Label => Definition.Label ?? Definition.Name;

    /// <summary>Gets the field type.</summary>
    public FieldType Type => _type;

    /// <summary>Gets the kind of the field's value.</summary>
    public ValueKind Kind { get; }

    /// <summary>Gets the slot of the value: the index in the form's slots (or in a subform row's slots).</summary>
    public int Slot { get; }

    /// <summary>Gets the path of the field: <c>amount</c>, or <c>lines.quantity</c> for a subform column.</summary>
    public string Path { get; }

    /// <summary>Gets the type-specific settings.</summary>
    public FieldSettings Settings => _settings;

    /// <summary>Gets the definition the field was compiled from.</summary>
    public FieldDefinition Definition { get; }

    /// <summary>Gets the child fields of a subform (empty for other types).</summary>
    public IReadOnlyList<CompiledField> Fields { get; }

    /// <summary>Gets a value indicating whether the engine computes the value (computed, lookup, serial number or a formula column).</summary>
    public bool IsComputed => _isComputed;

    internal OptionIndex? Options { get; }

    /// <summary>Gets the minimum text length (0 when none).</summary>
    internal int MinLength { get; }

    /// <summary>Gets the maximum text length (<see cref="int.MaxValue"/> when none).</summary>
    internal int MaxLength { get; }

    /// <summary>Gets the text format checked for the field (from its type or its settings).</summary>
    internal TextFormat TextFormat { get; }

    /// <summary>Gets the lower bound of a number (ratings default to 0).</summary>
    internal decimal? NumberMin { get; }

    /// <summary>Gets the upper bound of a number (ratings default to 5).</summary>
    internal decimal? NumberMax { get; }

    /// <summary>Gets the decimals a number may have (ratings 0, money 2 by default).</summary>
    internal int? NumberScale { get; }

    /// <summary>Gets the decimals a computed number is given (money 2 unless the settings say otherwise); -1 to keep its own.</summary>
    internal int ComputedScale { get; }

    internal FieldPlan Plan
    {
        get => _plan;
        set
        {
            _plan = value;
            ChecksValue = FieldValidator.HasValueChecks(this);
        }
    }

    /// <summary>Gets whether a non-blank value of the field's kind has checks beyond required (resolved with the plan).</summary>
    internal bool ChecksValue { get; private set; }

    /// <summary>Gets the child fields as an array (loops over it need no enumerator).</summary>
    internal CompiledField[] FieldArray { get; }

    /// <summary>Gets the subform's columns that take input (not computed): normalisation looks up only these in a submitted row.</summary>
    internal CompiledField[] InputFieldArray { get; }

    /// <summary>Gets the layout of a subform's rows (its columns by slot); <see langword="null"/> for other fields.</summary>
    internal RecordLayout? RowLayout { get; }

    /// <summary>Finds a child field of a subform by name (case-insensitive).</summary>
    /// <param name="name">The child field name.</param>
    /// <param name="field">The child field.</param>
    /// <returns><see langword="true"/> when the subform has the field.</returns>
    public bool TryGetField(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CompiledField? field)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out field);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Path} ({Type})";
}
