using System;
using System.Linq.Expressions;

namespace Formwork.Rules;

/// <summary>
/// A named value a rule binds on its left-hand side (a matched fact or an aggregate result) and uses in later
/// conditions and in its actions.
/// </summary>
public sealed class Declaration
{
    internal Declaration(string name, Type type)
    {
        Name = name;
        Type = type;
        Parameter = Expression.Parameter(type, name);
    }

    /// <summary>Gets the name, such as <c>lead</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the type of the bound value.</summary>
    public Type Type { get; }

    /// <summary>Gets the parameter that stands for this declaration in the model's expressions.</summary>
    public ParameterExpression Parameter { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
