using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using Formwork.Diagnostics;

namespace Formwork.Rules.Internal;

/// <summary>What one run of <see cref="Rule.Define"/> collects: settings, declarations by closure field, actions.</summary>
internal sealed class DefinitionState
{
    private readonly Dictionary<FieldInfo, Declaration> _byField = new();
    private int _anonymous;

    public DefinitionState(string name, TimeProvider? timeProvider = null)
    {
        Name = name;
        TimeProvider = timeProvider ?? TimeProvider.System;
        Lhs = new LeftHandSide(this);
        Rhs = new RightHandSide(this);
    }

    public string Name { get; set; }

    public TimeProvider TimeProvider { get; }

    public string? Description { get; set; }

    public List<string> Tags { get; } = new();

    public int Priority { get; set; }

    public bool Enabled { get; set; } = true;

    public RuleRepeatability Repeatability { get; set; }

    public LeftHandSide Lhs { get; }

    public RightHandSide Rhs { get; }

    public List<ActionElement> Actions { get; } = new();

    public Declaration Declare(LambdaExpression alias, Type type)
    {
        if (alias.Body is MemberExpression { Member: FieldInfo field, Expression: ConstantExpression })
        {
            if (_byField.TryGetValue(field, out var existing))
            {
                return existing;
            }

            var declaration = new Declaration(field.Name, type);
            _byField.Add(field, declaration);
            return declaration;
        }

        throw new FormworkException(Diagnostic.Error(RuleMessages.InvalidAlias, null, null, ("rule", Name), ("expression", alias.ToString())));
    }

    /// <summary>A declaration nobody refers to, named after the conditions' lambda parameter (or <c>$n</c>).</summary>
    public Declaration DeclareAnonymous(Type type, IReadOnlyList<LambdaExpression> conditions)
    {
        _anonymous++;
        var name = conditions.Count > 0 && conditions[0] is { } first && first.Parameters[0].Name is { Length: > 0 } parameter
            ? parameter
            : "$" + _anonymous.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Declaration(name, type);
    }

    public ConditionElement Condition(LambdaExpression lambda, Declaration? own)
    {
        var rewriter = new Rewriter(_byField);
        if (own is not null)
        {
            rewriter.Parameters[lambda.Parameters[0]] = own.Parameter;
        }

        var body = rewriter.Visit(lambda.Body);
        var parameters = new List<Declaration>();
        if (own is not null)
        {
            parameters.Add(own);
        }

        parameters.AddRange(rewriter.Used.Where(d => d != own));
        return new ConditionElement(Expression.Lambda(body, parameters.Select(p => p.Parameter)), parameters, Text(body));
    }

    public LambdaExpression Selector(LambdaExpression lambda, Declaration own)
    {
        var rewriter = new Rewriter(_byField);
        rewriter.Parameters[lambda.Parameters[0]] = own.Parameter;
        return Expression.Lambda(rewriter.Visit(lambda.Body), own.Parameter);
    }

    public ActionElement Action(Expression<Action<IContext>> action)
    {
        var rewriter = new Rewriter(_byField);
        var body = rewriter.Visit(action.Body);
        var parameters = rewriter.Used.ToList();
        var lambda = Expression.Lambda(body, new[] { action.Parameters[0] }.Concat(parameters.Select(p => p.Parameter)));
        return new ActionElement(lambda, parameters, Text(body));
    }

    public RuleDefinition Build()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new FormworkException(Diagnostic.Error(RuleMessages.EmptyName, null, null));
        }

        var conditions = Lhs.Build();
        if (Actions.Count == 0)
        {
            throw new FormworkException(Diagnostic.Error(RuleMessages.NoActions, null, null, ("rule", Name)));
        }

        return new RuleDefinition(Name, Description, Tags.ToArray(), Priority, Enabled, Repeatability, conditions, Actions.ToArray());
    }

    internal static string Text(Expression body)
    {
        var text = body.ToString();
        if (text.Length > 2 && text[0] == '(' && text[^1] == ')' && Balanced(text.AsSpan(1, text.Length - 2)))
        {
            text = text[1..^1];
        }

        return text;
    }

    private static bool Balanced(ReadOnlySpan<char> text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    /// <summary>
    /// Replaces the lambda's parameter and the closure fields that are declarations by the declarations'
    /// parameters, and folds other captured variables into constants (so identical conditions share alpha nodes).
    /// </summary>
    private sealed class Rewriter : ExpressionVisitor
    {
        private readonly Dictionary<FieldInfo, Declaration> _byField;

        public Rewriter(Dictionary<FieldInfo, Declaration> byField)
        {
            _byField = byField;
        }

        public Dictionary<ParameterExpression, ParameterExpression> Parameters { get; } = new();

        public List<Declaration> Used { get; } = new();

        protected override Expression VisitParameter(ParameterExpression node) =>
            Parameters.TryGetValue(node, out var replacement) ? replacement : node;

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is ConstantExpression constant && node.Member is FieldInfo field)
            {
                if (_byField.TryGetValue(field, out var declaration))
                {
                    if (!Used.Contains(declaration))
                    {
                        Used.Add(declaration);
                    }

                    return declaration.Parameter;
                }

                if (constant.Value is not Rule)
                {
                    return Expression.Constant(field.GetValue(constant.Value), node.Type);
                }
            }

            return base.VisitMember(node);
        }
    }
}
