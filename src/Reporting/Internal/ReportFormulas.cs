using System.Collections.Generic;
using Formwork.Diagnostics;
using Formwork.Expressions;

namespace Formwork.Reporting.Internal;

/// <summary>Compiles the formulas of a report against its dataset's columns, wrapping the formula language's diagnostics.</summary>
internal static class ReportFormulas
{
    private static readonly FormulaCompiler Compiler = new();

    /// <summary>Builds the scope of record-level formulas: one field per dataset column, in column order.</summary>
    public static FormulaScope DatasetScope(ReportDataset dataset)
    {
        var scope = new FormulaScope();
        foreach (var column in dataset.Columns)
        {
            scope.AddField(column.Name, column.Kind);
        }

        return scope;
    }

    /// <summary>Compiles a formula; each failure becomes a reporting diagnostic at <paramref name="path"/> carrying the formula language's code and message.</summary>
    public static Formula? Compile(string text, FormulaScope scope, string path, List<Diagnostic>? diagnostics)
    {
        var compilation = Compiler.Compile(text, scope);
        if (compilation.Success)
        {
            return compilation.Formula;
        }

        foreach (var inner in compilation.Diagnostics)
        {
            if (inner.IsError)
            {
                diagnostics?.Add(Diagnostic.Error(ReportingMessages.FormulaInvalid, path, inner.Span,
                    ("formula", text), ("code", inner.Code), ("message", inner.Message), ("messageChinese", inner.MessageChinese)));
            }
        }

        return null;
    }

    /// <summary>Compiles a formula filter against the dataset, for a run whose definition is already valid.</summary>
    public static Formula CompileChecked(string text, ReportDataset dataset) => CompileChecked(text, DatasetScope(dataset));

    /// <summary>Compiles a formula of an already valid definition against a scope.</summary>
    public static Formula CompileChecked(string text, FormulaScope scope) =>
        Compiler.Compile(text, scope) is var compilation && compilation.Formula is { } formula
            ? formula
            : throw new FormworkException(compilation.Diagnostics);

    /// <summary>Builds the scope of calculated measures: one number field per measure id, in measure order.</summary>
    public static FormulaScope MeasureScope(ReportDefinition definition)
    {
        var scope = new FormulaScope();
        foreach (var measure in definition.Measures)
        {
            if (!string.IsNullOrEmpty(measure.Id) && !scope.TryGetEntry(measure.Id, out _))
            {
                scope.AddField(measure.Id, ValueKind.Number);
            }
        }

        return scope;
    }
}
