using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using System.Text;
using Formwork.Rules.Internal.Rete;

namespace Formwork.Rules.Internal.Compilation;

/// <summary>Turns model expressions into delegates over facts and tokens, and computes sharing keys.</summary>
internal static class ExpressionTools
{
    private static readonly System.Reflection.PropertyInfo FactValue = typeof(Fact).GetProperty(nameof(Fact.Value))!;

    /// <summary>The fact bound in a slot of a token, converted to a declaration's type.</summary>
    public static Expression Slot(ParameterExpression facts, int slot, Type type) =>
        Expression.Convert(Expression.Property(Expression.ArrayIndex(facts, Expression.Constant(slot)), FactValue), type);

    public static Expression Replace(Expression body, IReadOnlyDictionary<ParameterExpression, Expression> map) =>
        new Replacer(map).Visit(body);

    public static Func<object?, bool> Alpha(ConditionElement condition)
    {
        var value = Expression.Parameter(typeof(object), "fact");
        var own = condition.Parameters[0];
        var body = Replace(condition.Expression.Body, new Dictionary<ParameterExpression, Expression> { [own.Parameter] = Expression.Convert(value, own.Type) });
        return Expression.Lambda<Func<object?, bool>>(body, value).Compile();
    }

    /// <summary>A body whose own declaration is the new fact and whose other declarations come from the token.</summary>
    public static Expression JoinBody(Expression body, Declaration own, ParameterExpression facts, ParameterExpression value, IReadOnlyDictionary<Declaration, int> slots, IReadOnlyList<Declaration> parameters)
    {
        var map = new Dictionary<ParameterExpression, Expression>();
        foreach (var declaration in parameters)
        {
            map[declaration.Parameter] = declaration == own ? Expression.Convert(value, own.Type) : Slot(facts, slots[declaration], declaration.Type);
        }

        return Replace(body, map);
    }

    /// <summary>A body whose declarations all come from the token.</summary>
    public static Expression TokenBody(Expression body, ParameterExpression facts, IReadOnlyDictionary<Declaration, int> slots, IEnumerable<Declaration> parameters)
    {
        var map = new Dictionary<ParameterExpression, Expression>();
        foreach (var declaration in parameters)
        {
            map[declaration.Parameter] = Slot(facts, slots[declaration], declaration.Type);
        }

        return Replace(body, map);
    }

    /// <summary>
    /// Describes the operands of a comparison (<c>lead.Amount = 150000</c>) so an explanation shows the values that
    /// decided it; returns <see langword="null"/> text when the condition has no operand worth showing.
    /// </summary>
    public static Func<T, string?> Operands<T>(Expression body, ParameterExpression input, Func<Expression, Expression> bind)
    {
        if (body is MethodCallExpression { Object: ConstantExpression { Value: Records.IFormulaBacked backed }, Arguments: [var argument] })
        {
            var fact = Expression.Lambda<Func<T, object?>>(Expression.Convert(bind(argument), typeof(object)), input).Compile();
            return x => backed.Describe(fact(x));
        }

        var sides = new List<Expression>();
        Collect(body, sides);
        if (sides.Count == 0)
        {
            return _ => null;
        }

        var texts = sides.Select(ConditionText).ToArray();
        var values = sides.Select(s => Expression.Lambda<Func<T, object?>>(Expression.Convert(bind(s), typeof(object)), input).Compile()).ToArray();
        return x =>
        {
            var builder = new StringBuilder();
            for (var i = 0; i < values.Length; i++)
            {
                object? value;
                try
                {
                    value = values[i](x);
                }
                catch (Exception ex) when (ex is NullReferenceException or InvalidCastException or InvalidOperationException)
                {
                    value = "(" + ex.GetType().Name + ")";
                }

                if (builder.Length > 0)
                {
                    builder.Append("; ");
                }

                builder.Append(texts[i]).Append(" = ").Append(Format(value));
            }

            return builder.ToString();
        };
    }

    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static string ConditionText(Expression expression) => DefinitionState.Text(expression);

    /// <summary>
    /// A key that is equal for conditions that test the same thing: the parameter is renamed and every constant must
    /// be a simple value (otherwise the condition is not shared).
    /// </summary>
    public static string Key(ConditionElement condition)
    {
        if (condition.Expression.Body is MethodCallExpression { Object: ConstantExpression { Value: Records.IFormulaBacked backed } })
        {
            return condition.Parameters[0].Type.FullName + "|" + backed.Key;
        }

        var probe = new ConstantProbe();
        probe.Visit(condition.Expression.Body);
        if (!probe.Simple)
        {
            return "#unshared:" + Guid.NewGuid().ToString("N");
        }

        var own = condition.Parameters[0].Parameter;
        var renamed = Replace(condition.Expression.Body, new Dictionary<ParameterExpression, Expression> { [own] = Expression.Parameter(own.Type, "$") });
        return own.Type.FullName + "|" + new KeyWriter().Write(renamed);
    }

    /// <summary>
    /// Recognises <c>fact.Member == constant</c> (strings, integers, enums, booleans, chars) whose equality agrees with
    /// <see cref="object.Equals(object)"/> on boxed values, so sibling conditions can be hashed.
    /// </summary>
    public static (Expression Member, object Constant)? EqualityShape(ConditionElement condition)
    {
        if (condition.Expression.Body is not BinaryExpression { NodeType: ExpressionType.Equal } equal
            || !(equal.Method is null || equal.Method.DeclaringType == typeof(string)))
        {
            return null;
        }

        var own = condition.Parameters[0].Parameter;
        var (member, constant) = equal.Right is ConstantExpression right ? (equal.Left, right) : equal.Left is ConstantExpression left ? (equal.Right, left) : (null!, null);
        if (constant?.Value is null || member is null)
        {
            return null;
        }

        var type = member.Type;
        if (!(type == typeof(string) || type == typeof(int) || type == typeof(long) || type == typeof(bool) || type == typeof(char) || type.IsEnum))
        {
            return null;
        }

        var parameters = new HashSet<ParameterExpression>();
        var onlyMembers = true;
        for (var e = member; e is not null;)
        {
            switch (e)
            {
                case MemberExpression m:
                    e = m.Expression;
                    break;
                case ParameterExpression p:
                    parameters.Add(p);
                    e = null;
                    break;
                default:
                    onlyMembers = false;
                    e = null;
                    break;
            }
        }

        return onlyMembers && parameters.Count == 1 && parameters.Contains(own) ? (member, constant.Value) : null;
    }

    public static string MemberKey(ConditionElement condition, Expression member)
    {
        var own = condition.Parameters[0].Parameter;
        var renamed = Replace(member, new Dictionary<ParameterExpression, Expression> { [own] = Expression.Parameter(own.Type, "$") });
        return own.Type.FullName + "|" + new KeyWriter().Write(renamed);
    }

    public static Func<object?, object?> Getter(ConditionElement condition, Expression member)
    {
        var value = Expression.Parameter(typeof(object), "fact");
        var own = condition.Parameters[0];
        var body = Replace(member, new Dictionary<ParameterExpression, Expression> { [own.Parameter] = Expression.Convert(value, own.Type) });
        return Expression.Lambda<Func<object?, object?>>(Expression.Convert(body, typeof(object)), value).Compile();
    }

    /// <summary>Whether values of a type compare with <c>==</c> exactly as with <see cref="object.Equals(object)"/> (so joins may hash them).</summary>
    public static bool IsHashable(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return IsSimple(type) && underlying != typeof(double) && underlying != typeof(float);
    }

    private static void Collect(Expression body, List<Expression> sides)
    {
        switch (body)
        {
            case BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.OrElse } logical:
                Collect(logical.Left, sides);
                Collect(logical.Right, sides);
                break;
            case BinaryExpression { NodeType: ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual } comparison:
                AddSide(comparison.Left, sides);
                AddSide(comparison.Right, sides);
                break;
            case UnaryExpression { NodeType: ExpressionType.Not } not:
                Collect(not.Operand, sides);
                break;
            case MethodCallExpression call when call.Type == typeof(bool):
                if (call.Object is not null)
                {
                    AddSide(call.Object, sides);
                }

                foreach (var argument in call.Arguments)
                {
                    AddSide(argument, sides);
                }

                break;
            case MemberExpression member:
                AddSide(member, sides);
                break;
        }
    }

    private static void AddSide(Expression side, List<Expression> sides)
    {
        while (side is UnaryExpression { NodeType: ExpressionType.Convert } convert)
        {
            side = convert.Operand;
        }

        var text = side.ToString();
        if (side is ConstantExpression || sides.Any(s => s.ToString() == text))
        {
            return;
        }

        sides.Add(side);
    }

    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
            || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(TimeSpan) || type == typeof(Guid);
    }

    private sealed class Replacer : ExpressionVisitor
    {
        private readonly IReadOnlyDictionary<ParameterExpression, Expression> _map;

        public Replacer(IReadOnlyDictionary<ParameterExpression, Expression> map)
        {
            _map = map;
        }

        protected override Expression VisitParameter(ParameterExpression node) => _map.TryGetValue(node, out var e) ? e : node;
    }

    private sealed class ConstantProbe : ExpressionVisitor
    {
        public bool Simple { get; private set; } = true;

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is not null && !IsSimple(node.Type))
            {
                Simple = false;
            }

            return node;
        }
    }

    /// <summary>Writes an expression with typed constants and declaring types of members, so different conditions never collide.</summary>
    private sealed class KeyWriter : ExpressionVisitor
    {
        private readonly StringBuilder _builder = new();

        public string Write(Expression expression)
        {
            Visit(expression);
            return _builder.Append(expression.ToString()).ToString();
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            _builder.Append('[').Append(node.Type.FullName).Append(':').Append(Format(node.Value)).Append(']');
            return node;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            _builder.Append('{').Append(node.Member.DeclaringType?.FullName).Append('.').Append(node.Member.Name).Append('}');
            return base.VisitMember(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            _builder.Append('{').Append(node.Method.DeclaringType?.FullName).Append('.').Append(node.Method.Name).Append('}');
            return base.VisitMethodCall(node);
        }
    }
}
