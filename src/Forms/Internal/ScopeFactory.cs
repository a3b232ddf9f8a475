using System.Collections.Generic;
using Formwork.Expressions;

namespace Formwork.Forms.Internal;

/// <summary>Builds the formula scope of a form or of a subform row: one entry per value field, in slot order.</summary>
internal static class ScopeFactory
{
    public static FormulaScope Create(IReadOnlyList<CompiledField> fields)
    {
        var scope = new FormulaScope();
        foreach (var field in fields)
        {
            if (field.Kind == ValueKind.Table)
            {
                scope.AddTable(field.Name, RowScope(field));
            }
            else
            {
                scope.AddField(field.Name, field.Kind);
            }
        }

        return scope;
    }

    /// <summary>
    /// Builds the scope row formulas of a subform compile against: the row's columns first (slots 0…n-1), then every
    /// non-table field of the parent form whose name no column shadows, so <c>quantity * price * (1 - discount)</c>
    /// can read the parent's <c>discount</c>. Returns the parent field behind each extra slot.
    /// </summary>
    public static (FormulaScope Scope, List<(int RowSlot, CompiledField Parent)> Parents) RowScopeWithParent(CompiledField subform, IReadOnlyList<CompiledField> parentFields)
    {
        var scope = Create(subform.Fields);
        var parents = new List<(int, CompiledField)>();
        foreach (var parent in parentFields)
        {
            if (parent.Kind == ValueKind.Table || scope.TryGetEntry(parent.Name, out _))
            {
                continue;
            }

            parents.Add((scope.SlotCount, parent));
            scope.AddField(parent.Name, parent.Kind);
        }

        return (scope, parents);
    }

    public static FormulaScope RowScope(CompiledField field)
    {
        if (field.Type == FieldType.Subform)
        {
            return Create(field.Fields);
        }

        var scope = new FormulaScope();
        foreach (var (name, kind) in FieldKinds.StructuredColumns(field.Type))
        {
            scope.AddField(name, kind);
        }

        return scope;
    }
}
