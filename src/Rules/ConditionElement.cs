using System.Collections.Generic;
using System.Linq.Expressions;

namespace Formwork.Rules;

/// <summary>
/// One boolean condition. Its expression's parameters are declarations: for a pattern condition the first is the
/// pattern's own fact and the rest are earlier declarations it joins with.
/// </summary>
public sealed class ConditionElement
{
    internal ConditionElement(LambdaExpression expression, IReadOnlyList<Declaration> parameters, string text)
    {
        Expression = expression;
        Parameters = parameters;
        Text = text;
    }

    /// <summary>Gets the condition as an expression whose parameters are <see cref="Parameters"/>' parameters.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>Gets the declarations the condition reads, in the order of the expression's parameters.</summary>
    public IReadOnlyList<Declaration> Parameters { get; }

    /// <summary>Gets the condition as people read it: the C# expression or the formula.</summary>
    public string Text { get; }

    /// <summary>Returns the text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
