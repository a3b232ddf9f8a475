using System;
using System.Collections.Generic;
using Formwork.Diagnostics;
using Formwork.Expressions;

namespace Formwork.Forms.Internal;

/// <summary>A compiled formula of a form (computed value, default, condition, rule or filter): the one place the form engine touches the Formwork.Expressions compiler.</summary>
internal sealed class FieldFormula
{
    private readonly Formula _formula;

    private FieldFormula(Formula formula)
    {
        _formula = formula;
    }

    public string Text => _formula.Text;

    public ValueKind? ResultKind => _formula.ResultKind;

    /// <summary>Gets the names of the top-level fields the formula reads (<c>lines.amount</c> reads <c>lines</c>).</summary>
    public IReadOnlyList<string> Dependencies => _formula.Dependencies;

    public static FieldFormula? Compile(FormulaCompiler compiler, string text, FormulaScope scope, string path, List<Diagnostic> diagnostics)
    {
        var compilation = compiler.Compile(text, scope);
        if (compilation.Success && compilation.Formula is not null)
        {
            return new FieldFormula(compilation.Formula);
        }

        foreach (var error in compilation.Diagnostics)
        {
            if (error.IsError)
            {
                diagnostics.Add(Diagnostic.Error(FormMessages.InvalidFormula, path, error.Span, ("formula", text), ("error", error.Message), ("errorZh", error.MessageChinese), ("code", error.Code)));
            }
        }

        return null;
    }

    public Value Evaluate(ReadOnlySpan<Value> slots, FormulaContext context) => _formula.Evaluate(slots, context);

    /// <summary>Evaluates a condition: TRUE is true; blank, FALSE, errors and other values are false.</summary>
    public bool IsTrue(ReadOnlySpan<Value> slots, FormulaContext context)
    {
        var value = Evaluate(slots, context).ToBooleanValue();
        return value.Kind == ValueKind.Boolean && value.AsBoolean();
    }
}
