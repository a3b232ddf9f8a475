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
