using System;
using System.Collections.Generic;
using Formwork.Expressions;

namespace Formwork.Rules.Internal.Records;

/// <summary>
/// The names a formula of a joined JSON rule may use: the fields of its own record (and its <c>id</c>), the records
/// bound earlier by their alias (<c>ticket.customerId</c>) and the aggregate results bound earlier (<c>openTickets</c>).
/// Builds the formula scope and, when evaluating, the slot values from the bound facts.
/// </summary>
internal sealed class RecordScope
{
    /// <summary>The pseudo field holding the record id when the form has no field of that name.</summary>
    public const string IdField = "id";

    private const string ReferenceForm = "$rule";

    [ThreadStatic]
    private static Resolution? _current;

    private readonly List<Slot> _slots = [];

    private RecordScope(FormulaScope scope, FormulaContext context)
    {
        Scope = scope;
        Context = new FormulaContext(context.TimeProvider, context.TimeZone, Resolve);
    }

    /// <summary>Gets the formula scope.</summary>
    public FormulaScope Scope { get; }

    /// <summary>Gets the evaluation context (the host's clock and time zone; aliases resolve to the bound facts).</summary>
    public FormulaContext Context { get; }

    /// <summary>Gets the bound names (aliases and aggregate results) in the order of the values passed to <see cref="Slots"/>.</summary>
    public IReadOnlyList<RuleAlias> Aliases { get; private set; } = [];

    /// <summary>
    /// Builds the scope of a formula. <paramref name="own"/> is the record's own form (null for a <c>having</c> test).
    /// Returns null (and reports through <paramref name="clash"/>) when an alias has the name of a field.
    /// </summary>
    public static RecordScope? Create(FormulaScope? own, IReadOnlyList<RuleAlias> aliases, FormulaContext context, Action<RuleAlias> clash)
    {
        var scope = new FormulaScope();
        var result = new RecordScope(scope, context) { Aliases = aliases };
        if (own is not null)
        {
            foreach (var entry in own.Entries)
            {
                Add(scope, entry);
                result._slots.Add(new Slot(SlotSource.Field, entry.Name, -1));
            }

            if (!own.TryGetEntry(IdField, out _))
            {
                scope.AddField(IdField, ValueKind.Text);
                result._slots.Add(new Slot(SlotSource.Id, IdField, -1));
            }
        }

        var ok = true;
        for (var i = 0; i < aliases.Count; i++)
        {
            var alias = aliases[i];
            if (scope.TryGetEntry(alias.Name, out _))
            {
                clash(alias);
                ok = false;
                continue;
            }

            if (alias.Form is { } form)
            {
                scope.AddRecord(alias.Name, WithId(form));
                result._slots.Add(new Slot(SlotSource.Record, alias.Name, i));
            }
            else
            {
                scope.AddField(alias.Name, ValueKind.Number);
                result._slots.Add(new Slot(SlotSource.Number, alias.Name, i));
            }
        }

        return ok ? result : null;
    }

    /// <summary>A form's fields plus the <c>id</c> pseudo field.</summary>
    public static FormulaScope WithId(FormulaScope form)
    {
        if (form.TryGetEntry(IdField, out _))
        {
            return form;
        }

        var scope = new FormulaScope();
        foreach (var entry in form.Entries)
        {
            Add(scope, entry);
        }

        return scope.AddField(IdField, ValueKind.Text);
    }

    /// <summary>Copies one entry (field, subform table or related record) of another scope into <paramref name="scope"/>.</summary>
    private static void Add(FormulaScope scope, FormulaScopeEntry entry)
    {
        switch (entry.Kind)
        {
            case FormulaEntryKind.Table:
                scope.AddTable(entry.Name, entry.Scope!);
                break;
            case FormulaEntryKind.Record:
                scope.AddRecord(entry.Name, entry.Scope!);
                break;
            default:
                scope.AddField(entry.Name, entry.ValueKind);
                break;
        }
    }

    /// <summary>Evaluates a formula compiled against <see cref="Scope"/>.</summary>
    /// <param name="formula">The formula.</param>
    /// <param name="own">The record the formula belongs to, or null.</param>
    /// <param name="bound">The values of <see cref="Aliases"/>, in order.</param>
    /// <returns>The value.</returns>
    public Value Evaluate(Formula formula, RecordFact? own, IReadOnlyList<object?> bound) =>
        Run(formula, own, bound, static (compiled, slots, context) => compiled.Evaluate(slots, context));

    /// <summary>Evaluates a condition: TRUE or a non-zero number (<see cref="Formula.IsTrue"/>).</summary>
    /// <param name="formula">The formula.</param>
    /// <param name="own">The record, or null.</param>
    /// <param name="bound">The values of <see cref="Aliases"/>.</param>
    /// <returns>Whether it holds.</returns>
    public bool IsTrue(Formula formula, RecordFact? own, IReadOnlyList<object?> bound) =>
        Run(formula, own, bound, static (compiled, slots, context) => compiled.IsTrue(slots, context));

    /// <summary>Fills the slots, makes the bound records resolvable while the formula runs, and runs it.</summary>
    private T Run<T>(Formula formula, RecordFact? own, IReadOnlyList<object?> bound, Func<Formula, Value[], FormulaContext, T> evaluate)
    {
        var slots = Slots(own, bound);
        var previous = _current;
        _current = new Resolution(this, bound, ReadsAliasIds(formula));
        try
        {
            return evaluate(formula, slots, Context);
        }
        finally
        {
            _current = previous;
        }
    }

    /// <summary>The value of a bound name as a formula value (a record's field values, an aggregate's number).</summary>
    public static Value Number(object? value) => value switch
    {
        int i => Value.FromNumber(i),
        decimal d => Value.FromNumber(d),
        long l => Value.FromNumber(l),
        _ => default,
    };

    private static RecordData? Resolve(RecordReference reference)
    {
        if (_current is not { } current || reference.FormId != ReferenceForm)
        {
            return null;
        }

        var aliases = current.Scope.Aliases;
        for (var i = 0; i < aliases.Count; i++)
        {
            if (aliases[i].Name == reference.RecordId)
            {
                if (current.Bound[i] is not RecordFact fact)
                {
                    return null;
                }

                if (!current.Ids || aliases[i].Form!.TryGetEntry(IdField, out _))
                {
                    return fact.Data;
                }

                return fact.Data.Clone().Set(IdField, Value.FromText(fact.Id));
            }
        }

        return null;
    }

    /// <summary>Whether a formula reads the id of a bound record (<c>lead.id</c>): only then is the record's data copied with its id.</summary>
    private static bool ReadsAliasIds(Formula formula)
    {
        foreach (var dependency in formula.Dependencies)
        {
            if (dependency.EndsWith("." + IdField, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private Value[] Slots(RecordFact? own, IReadOnlyList<object?> bound)
    {
        var values = new Value[_slots.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var slot = _slots[i];
            values[i] = slot.Source switch
            {
                SlotSource.Field => own is null ? default : own.Data[slot.Name],
                SlotSource.Id => own is null ? default : Value.FromText(own.Id),
                SlotSource.Record => bound[slot.Index] is RecordFact ? Value.FromReference(Aliases[slot.Index].Reference) : default,
                _ => Number(bound[slot.Index]),
            };
        }

        return values;
    }

    private enum SlotSource
    {
        Field,
        Id,
        Record,
        Number,
    }

    private readonly record struct Slot(SlotSource Source, string Name, int Index);

    private sealed record Resolution(RecordScope Scope, IReadOnlyList<object?> Bound, bool Ids);
}

/// <summary>A name bound on a JSON rule's left-hand side: a record of a form, or an aggregate result (no form).</summary>
internal sealed class RuleAlias
{
    public RuleAlias(string name, string? formName, FormulaScope? form, Declaration declaration)
    {
        Name = name;
        FormName = formName;
        Form = form;
        Declaration = declaration;
        Reference = new RecordReference("$rule", name);
    }

    public string Name { get; }

    public string? FormName { get; }

    public FormulaScope? Form { get; }

    public Declaration Declaration { get; }

    public RecordReference Reference { get; }
}
