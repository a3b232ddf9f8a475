using System.Collections.Generic;
using System.Linq.Expressions;

namespace Formwork.Rules;

/// <summary>
/// A piece of a rule that is an expression over declarations: a condition (<see cref="ConditionElement"/>) or an
/// action (<see cref="ActionElement"/>).
/// </summary>
public abstract class ExpressionElement
{
    private protected ExpressionElement(LambdaExpression expression, IReadOnlyList<Declaration> parameters, string text)
    {
        Expression = expression;
        Parameters = parameters;
        Text = text;
    }

    /// <summary>Gets the element as an expression; see the derived type for the order of its parameters.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>Gets the declarations the element reads, in the order of the expression's parameters.</summary>
    public IReadOnlyList<Declaration> Parameters { get; }

    /// <summary>Gets the element as people read it: the C# expression or the formula.</summary>
    public string Text { get; }

    /// <summary>Returns the text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
