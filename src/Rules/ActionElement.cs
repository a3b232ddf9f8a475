using System.Collections.Generic;
using System.Linq.Expressions;

namespace Formwork.Rules;

/// <summary>
/// One action of a rule's right-hand side. Its expression's first parameter is the <see cref="IContext"/>, the others
/// are the declarations it reads (<see cref="ExpressionElement.Parameters"/>).
/// </summary>
public sealed class ActionElement : ExpressionElement
{
    internal ActionElement(LambdaExpression expression, IReadOnlyList<Declaration> parameters, string text)
        : base(expression, parameters, text)
    {
    }
}
