namespace Formwork.Expressions;

/// <summary>One name a formula may use: a field, a subform or a related record, with the slot its value is passed in.</summary>
public sealed class FormulaScopeEntry
{
    internal FormulaScopeEntry(string name, FormulaEntryKind kind, ValueKind valueKind, int slot, FormulaScope? scope)
    {
        Name = name;
        Kind = kind;
        ValueKind = valueKind;
        Slot = slot;
        Scope = scope;
    }

    /// <summary>Gets the name as formulas write it (matched case-insensitively).</summary>
    public string Name { get; }

    /// <summary>Gets what the name stands for.</summary>
    public FormulaEntryKind Kind { get; }

    /// <summary>Gets the kind of value the field holds (<see cref="ValueKind.Table"/> for subforms, <see cref="ValueKind.Reference"/> for related records).</summary>
    public ValueKind ValueKind { get; }

    /// <summary>Gets the index at which the caller passes this name's value to <see cref="Formula.Evaluate(System.ReadOnlySpan{Value}, FormulaContext?)"/>.</summary>
    public int Slot { get; }

    /// <summary>Gets the scope of a subform's rows or a related record's fields; <see langword="null"/> for a plain field.</summary>
    public FormulaScope? Scope { get; }
}
