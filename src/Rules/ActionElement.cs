using System.Collections.Generic;
using System.Linq.Expressions;

namespace Formwork.Rules;

/// <summary>
/// One action of a rule's right-hand side. Its expression's first parameter is the <see cref="IContext"/>, the others
/// are the declarations it reads.
/// </summary>
public sealed class ActionElement
{
    internal ActionElement(LambdaExpression expression, IReadOnlyList<Declaration> parameters, string text)
    {
        Expression = expression;
        Parameters = parameters;
        Text = text;
    }

    /// <summary>Gets the action as an expression (context first, then <see cref="Parameters"/>).</summary>
    public LambdaExpression Expression { get; }

    /// <summary>Gets the declarations the action reads, in the order of the expression's parameters after the context.</summary>
    public IReadOnlyList<Declaration> Parameters { get; }

    /// <summary>Gets the action as people read it.</summary>
    public string Text { get; }

    /// <summary>Returns the text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
