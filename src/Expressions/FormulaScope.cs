using System;
using System.Collections.Generic;

namespace Formwork.Expressions;

/// <summary>
/// The names a formula may use, built by the caller: fields with their kind, subforms with the scope of their rows and
/// related records with the scope of their fields. Each top-level name gets a slot (0, 1, 2, … in the order added):
/// the caller passes the values by slot when evaluating. Names are matched case-insensitively.
/// </summary>
/// <example>
/// <code>
/// var lines = new FormulaScope().AddField("amount", ValueKind.Number).AddField("status", ValueKind.Text);
/// var customer = new FormulaScope().AddField("level", ValueKind.Text);
/// var scope = new FormulaScope()
///     .AddField("quantity", ValueKind.Number)
///     .AddTable("lines", lines)
///     .AddRecord("customer", customer);
/// </code>
/// </example>
/// <remarks>A scope is mutable while it is built; formulas compiled against it keep the slots they were given, so do not change a scope after compiling with it.</remarks>
public sealed class FormulaScope
{
    private readonly List<FormulaScopeEntry> _entries = [];
    private readonly Dictionary<string, FormulaScopeEntry> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the entries in slot order.</summary>
    public IReadOnlyList<FormulaScopeEntry> Entries => _entries;

    /// <summary>Gets the number of slots a caller passes (one per entry).</summary>
    public int SlotCount => _entries.Count;

    /// <summary>Adds a field.</summary>
    /// <param name="name">The field name (any script; spaces allowed, written <c>[with spaces]</c> in formulas).</param>
    /// <param name="kind">The kind of value the field holds.</param>
    /// <returns>This scope.</returns>
    /// <exception cref="ArgumentException">The name is empty or already used.</exception>
    public FormulaScope AddField(string name, ValueKind kind) => Add(name, FormulaEntryKind.Field, kind, null);

    /// <summary>Adds a subform whose columns aggregates read (<c>SUM(lines.amount)</c>).</summary>
    /// <param name="name">The subform name.</param>
    /// <param name="rowScope">The fields of one row.</param>
    /// <returns>This scope.</returns>
    /// <exception cref="ArgumentException">The name is empty or already used.</exception>
    public FormulaScope AddTable(string name, FormulaScope rowScope)
    {
        ArgumentNullException.ThrowIfNull(rowScope);
        return Add(name, FormulaEntryKind.Table, ValueKind.Table, rowScope);
    }

    /// <summary>Adds a related record whose fields formulas read with a dotted path (<c>customer.level</c>).</summary>
    /// <param name="name">The name of the relation field.</param>
    /// <param name="recordScope">The fields of the related record.</param>
    /// <returns>This scope.</returns>
    /// <exception cref="ArgumentException">The name is empty or already used.</exception>
    public FormulaScope AddRecord(string name, FormulaScope recordScope)
    {
        ArgumentNullException.ThrowIfNull(recordScope);
        return Add(name, FormulaEntryKind.Record, ValueKind.Reference, recordScope);
    }

    /// <summary>Finds a name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns><see langword="true"/> when the scope has the name.</returns>
    public bool TryGetEntry(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FormulaScopeEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out entry);
    }

    /// <summary>Returns the slot values of a record: each entry's field value from <paramref name="data"/> (missing fields are blank).</summary>
    /// <param name="data">The record data.</param>
    /// <returns>An array with one value per slot.</returns>
    public Value[] ToSlots(RecordData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var slots = new Value[_entries.Count];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = data[_entries[i].Name];
        }

        return slots;
    }

    private FormulaScope Add(string name, FormulaEntryKind kind, ValueKind valueKind, FormulaScope? scope)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_byName.ContainsKey(name))
        {
            throw new ArgumentException($"The name '{name}' is already in the scope.", nameof(name));
        }

        var entry = new FormulaScopeEntry(name, kind, valueKind, _entries.Count, scope);
        _entries.Add(entry);
        _byName.Add(name, entry);
        return this;
    }
}
