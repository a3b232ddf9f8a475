using System.Collections.Generic;
using System.Linq.Expressions;

namespace Formwork.Rules;

/// <summary>
/// One boolean condition. Its expression's parameters are declarations: for a pattern condition the first is the
/// pattern's own fact and the rest are earlier declarations it joins with.
/// </summary>
public sealed class ConditionElement : ExpressionElement
{
    internal ConditionElement(LambdaExpression expression, IReadOnlyList<Declaration> parameters, string text)
        : base(expression, parameters, text)
    {
    }

    /// <summary>Gets how to hash-index a join on this condition when its expression does not show an equality (JSON formulas).</summary>
    internal Internal.Records.JoinIndexHint? IndexHint { get; init; }
}
