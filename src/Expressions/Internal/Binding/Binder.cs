using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Diagnostics;
using Formwork.Expressions.Internal.Evaluation;
using Formwork.Expressions.Internal.Functions;
using Formwork.Expressions.Internal.Syntax;

namespace Formwork.Expressions.Internal.Binding;

/// <summary>
/// Resolves the names and functions of a syntax tree against a scope and the function tables, checks arities and
/// where subform columns may appear, infers kinds, collects dependencies, and builds the evaluation tree. Reports every
/// problem it finds (not only the first).
/// </summary>
internal sealed class Binder
{
    private readonly SourceText _source;
    private readonly FormulaScope _scope;
    private readonly FormulaFunctionRegistry _hostFunctions;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly SortedSet<string> _dependencies = new(StringComparer.Ordinal);

    public Binder(SourceText source, FormulaScope scope, FormulaFunctionRegistry hostFunctions)
    {
        _source = source;
        _scope = scope;
        _hostFunctions = hostFunctions;
    }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public IReadOnlyList<string> Dependencies => _dependencies.ToArray();

    public Node Bind(SyntaxNode syntax) => Bind(syntax, allowColumn: false);

    private Node Bind(SyntaxNode syntax, bool allowColumn)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (syntax)
        {
            case LiteralSyntax literal:
                return new ConstantNode(literal.Value);
            case NameSyntax name:
                return BindName(name, allowColumn);
            case UnarySyntax unary:
                var operand = Bind(unary.Operand, false);
                return unary.Operator switch
                {
                    TokenKind.Minus => new NegateNode(operand),
                    TokenKind.Percent => new PercentNode(operand),
                    _ => new CallNode(UnaryPlus.Instance, [operand], operand.Kind),
                };
            case BinarySyntax binary:
                var left = Bind(binary.Left, false);
                var right = Bind(binary.Right, false);
                var op = Map(binary.Operator);
                return new BinaryNode(op, left, right, op == BinaryOperator.Power ? ValueKind.Number : ValueKind.Boolean);
            case ChainSyntax chain:
                var first = Bind(chain.First, false);
                var operators = chain.Operators.Select(Map).ToArray();
                var operands = chain.Operands.Select(o => Bind(o, false)).ToArray();
                return new ChainNode(first, operators, operands, ChainKind(first, operators, operands));
            case CallSyntax call:
                return BindCall(call);
            default:
                throw new InvalidOperationException("Unknown syntax node " + syntax.GetType().Name);
        }
    }

    private static ValueKind? ChainKind(Node first, BinaryOperator[] operators, Node[] operands)
    {
        if (operators[0] == BinaryOperator.Concat)
        {
            return ValueKind.Text;
        }

        var temporal = first.Kind is ValueKind.Date or ValueKind.DateTime || operands.Any(o => o.Kind is ValueKind.Date or ValueKind.DateTime);
        return temporal ? null : ValueKind.Number;
    }

    private static BinaryOperator Map(TokenKind kind) => kind switch
    {
        TokenKind.Plus => BinaryOperator.Add,
        TokenKind.Minus => BinaryOperator.Subtract,
        TokenKind.Star => BinaryOperator.Multiply,
        TokenKind.Slash => BinaryOperator.Divide,
        TokenKind.Ampersand => BinaryOperator.Concat,
        TokenKind.Caret => BinaryOperator.Power,
        TokenKind.Equal => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
        TokenKind.Greater => BinaryOperator.Greater,
        _ => BinaryOperator.GreaterOrEqual,
    };

    private Node BindName(NameSyntax name, bool allowColumn)
    {
        var head = name.Parts[0];
        if (!_scope.TryGetEntry(head, out var entry))
        {
            var suggestion = Suggest(head, _scope.Entries.Select(e => e.Name));
            Report(suggestion is null ? ExpressionMessages.UnknownName : ExpressionMessages.UnknownNameSuggestion, name.Start, head.Length, ("name", head), ("suggestion", suggestion));
            return new ConstantNode(Value.FromError(ValueError.Name));
        }

        if (name.Parts.Count > 2 && entry.Kind != FormulaEntryKind.Record)
        {
            // Only related records chain (customer.company.level); a subform column is as deep as a path goes.
            Report(ExpressionMessages.PathTooLong, name.Start, name.Length, ("path", name.Path));
            return new ConstantNode(Value.FromError(ValueError.Name));
        }

        if (name.Parts.Count == 1)
        {
            if (entry.Kind == FormulaEntryKind.Table)
            {
                var column = entry.Scope!.Entries.Count > 0 ? entry.Scope.Entries[0].Name : "amount";
                Report(ExpressionMessages.TableAsValue, name.Start, name.Length, ("name", entry.Name), ("column", column));
                return new ConstantNode(Value.FromError(ValueError.Value));
            }

            _dependencies.Add(entry.Name);
            return new SlotNode(entry.Slot, entry.ValueKind);
        }

        var member = name.Parts[1];
        if (entry.Kind == FormulaEntryKind.Field)
        {
            Report(ExpressionMessages.NotARecord, name.Start, name.Length, ("name", entry.Name), ("path", name.Path));
            return new ConstantNode(Value.FromError(ValueError.Name));
        }

        if (!entry.Scope!.TryGetEntry(member, out var field))
        {
            Report(ExpressionMessages.UnknownMember, name.Start, name.Length, ("name", entry.Name), ("member", member));
            return new ConstantNode(Value.FromError(ValueError.Name));
        }

        if (entry.Kind == FormulaEntryKind.Record)
        {
            return BindRecordPath(name, entry, field);
        }

        _dependencies.Add(entry.Name + "." + field.Name);

        if (!allowColumn)
        {
            Report(ExpressionMessages.ColumnOutsideAggregate, name.Start, name.Length, ("path", entry.Name + "." + field.Name));
            return new ConstantNode(Value.FromError(ValueError.Value));
        }

        return new ColumnNode(entry.Slot, entry.Name, field.Name, field.ValueKind);
    }

    /// <summary>A path into a related record, through related records of related records: <c>customer.company.level</c>.</summary>
    private Node BindRecordPath(NameSyntax name, FormulaScopeEntry record, FormulaScopeEntry field)
    {
        var path = new string[name.Parts.Count - 1];
        path[0] = field.Name;
        var reached = record.Name + "." + field.Name;
        for (var i = 2; i < name.Parts.Count; i++)
        {
            if (field.Kind != FormulaEntryKind.Record)
            {
                if (field.Kind == FormulaEntryKind.Field)
                {
                    Report(ExpressionMessages.NotARecord, name.Start, name.Length, ("name", reached), ("path", name.Path));
                }
                else
                {
                    Report(ExpressionMessages.PathTooLong, name.Start, name.Length, ("path", name.Path));
                }

                return new ConstantNode(Value.FromError(ValueError.Name));
            }

            if (!field.Scope!.TryGetEntry(name.Parts[i], out var next))
            {
                Report(ExpressionMessages.UnknownMember, name.Start, name.Length, ("name", reached), ("member", name.Parts[i]));
                return new ConstantNode(Value.FromError(ValueError.Name));
            }

            field = next;
            path[i - 1] = next.Name;
            reached += "." + next.Name;
        }

        _dependencies.Add(reached);
        return new RecordFieldNode(record.Slot, path, field.ValueKind);
    }

    private Node BindCall(CallSyntax call)
    {
        var name = call.Name;
        var nameLength = call.NameLength == 0 ? name.Length : call.NameLength;
        if (BuiltinFunctions.TryGet(name, out var builtin))
        {
            if (!CheckArity(call, builtin.Name, builtin.MinArguments, builtin.MaxArguments, nameLength))
            {
                BindArgumentsForDiagnostics(call);
                return new ConstantNode(Value.FromError(ValueError.Value));
            }

            var arguments = new Node[call.Arguments.Count];
            string? table = null;
            for (var i = 0; i < arguments.Length; i++)
            {
                var argument = call.Arguments[i];
                var reported = _diagnostics.Count;
                arguments[i] = Bind(argument, builtin.IsRangeArgument(i));
                if (builtin.RequiresRange(i) && _diagnostics.Count == reported && arguments[i] is not ColumnNode && arguments[i].Kind != ValueKind.List)
                {
                    Report(ExpressionMessages.RangeExpected, argument.Start, argument.Length, ("index", i + 1), ("name", builtin.Name));
                }

                if (builtin.Shape == ArgumentShape.Criteria && arguments[i] is ColumnNode column)
                {
                    if (table is not null && !string.Equals(table, column.Table, StringComparison.OrdinalIgnoreCase))
                    {
                        Report(ExpressionMessages.RangeMismatch, call.Start, nameLength, ("name", builtin.Name));
                    }

                    table = column.Table;
                }
            }

            return Specialize(builtin, arguments) ?? new CallNode(builtin, arguments, builtin.ResultKind ?? InferResult(builtin.Name, arguments));
        }

        if (_hostFunctions.TryGet(name, out var host))
        {
            if (!CheckArity(call, host.Name, host.MinArguments, host.MaxArguments, nameLength))
            {
                BindArgumentsForDiagnostics(call);
                return new ConstantNode(Value.FromError(ValueError.Value));
            }

            return new HostCallNode(host, call.Arguments.Select(a => Bind(a, false)).ToArray());
        }

        var suggestion = Suggest(name, BuiltinFunctions.Names.Concat(_hostFunctions.Functions.Select(f => f.Name)));
        Report(suggestion is null ? ExpressionMessages.UnknownFunction : ExpressionMessages.UnknownFunctionSuggestion, call.Start, nameLength, ("name", name), ("suggestion", suggestion));
        BindArgumentsForDiagnostics(call);
        return new ConstantNode(Value.FromError(ValueError.Name));
    }

    /// <summary>IF, AND and OR over single values get nodes of their own: conditions are the hot path of forms and workflows.</summary>
    private static Node? Specialize(BuiltinFunction function, Node[] arguments)
    {
        switch (function.Name)
        {
            case "IF":
                return new IfNode(arguments[0], arguments[1], arguments.Length > 2 ? arguments[2] : null, InferResult("IF", arguments));
            case "AND" or "OR" when arguments.All(a => a is not ColumnNode):
                return new LogicNode(arguments, function.Name == "OR");
            default:
                return null;
        }
    }

    private static ValueKind? InferResult(string name, Node[] arguments)
    {
        switch (name)
        {
            case "IF":
                var then = arguments[1].Kind;
                var otherwise = arguments.Length > 2 ? arguments[2].Kind : ValueKind.Boolean;
                return then == otherwise ? then : null;
            case "IFERROR":
            case "IFNA":
                return arguments[0].Kind == arguments[1].Kind ? arguments[0].Kind : null;
            default:
                return null;
        }
    }

    private void BindArgumentsForDiagnostics(CallSyntax call)
    {
        foreach (var argument in call.Arguments)
        {
            Bind(argument, allowColumn: true);
        }
    }

    private bool CheckArity(CallSyntax call, string name, int min, int max, int nameLength)
    {
        var count = call.Arguments.Count;
        if (count >= min && count <= max)
        {
            return true;
        }

        string expected, expectedZh;
        if (min == max)
        {
            expected = min == 1 ? "1 argument" : $"{min} arguments";
            expectedZh = $"{min} 个参数";
        }
        else if (max >= 254)
        {
            expected = $"at least {min} argument{(min == 1 ? string.Empty : "s")}";
            expectedZh = $"至少 {min} 个参数";
        }
        else
        {
            expected = $"{min} to {max} arguments";
            expectedZh = $"{min} 到 {max} 个参数";
        }

        Report(ExpressionMessages.ArgumentCount, call.Start, nameLength, ("name", name), ("expected", expected), ("expectedZh", expectedZh), ("actual", count));
        return false;
    }

    private void Report(MessageTemplate template, int start, int length, params (string Name, object? Value)[] arguments) =>
        _diagnostics.Add(_source.Error(template, start, length, arguments));

    /// <summary>The closest known name within a small edit distance, or <see langword="null"/>.</summary>
    internal static string? Suggest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, Math.Min(3, name.Length / 3));
        foreach (var candidate in candidates)
        {
            var distance = Distance(name.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Unary plus: converts to a number like Excel's <c>+x</c> leaves the value as is.</summary>
    private sealed class UnaryPlus() : BuiltinFunction("+", 1, 1, null, ArgumentShape.Scalar)
    {
        public static readonly UnaryPlus Instance = new();

        public override Value Invoke(Node[] arguments, in EvaluationFrame frame) => arguments[0].Evaluate(frame);
    }
}
