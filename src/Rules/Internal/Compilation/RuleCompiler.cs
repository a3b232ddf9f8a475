using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using Formwork.Diagnostics;
using Formwork.Rules.Internal.Rete;

namespace Formwork.Rules.Internal.Compilation;

/// <summary>Compiles a rule set into a Rete network: shared alpha nodes, one beta chain per rule alternative.</summary>
internal sealed class RuleCompiler
{
    private readonly Dictionary<Type, AlphaNode> _typeRoots = new();
    private readonly List<AlphaMemory> _memories = new();
    private readonly List<Diagnostic> _diagnostics = new();
    private int _betaIds;

    public static Network Compile(RuleSet ruleSet)
    {
        var compiler = new RuleCompiler();
        var network = compiler.Build(ruleSet);
        if (compiler._diagnostics.Count > 0)
        {
            throw new FormworkException(compiler._diagnostics);
        }

        return network;
    }

    private static List<List<RuleElement>> Expand(AndElement and)
    {
        var results = new List<List<RuleElement>> { new() };
        foreach (var child in and.Children)
        {
            List<List<RuleElement>> alternatives = child switch
            {
                AndElement group => Expand(group),
                OrElement or => or.Children.SelectMany(Expand).ToList(),
                _ => [[child]],
            };
            results = results.SelectMany(r => alternatives.Select(a => r.Concat(a).ToList())).ToList();
        }

        return results;
    }

    private static string TypeName(Type type) => type.Name;

    private static string PatternText(PatternElement pattern, bool named)
    {
        var text = TypeName(pattern.FactType);
        var conditions = pattern.Conditions.Select(c => c.Text).ToList();
        if (pattern.FactType == typeof(RecordFact) && conditions.Count > 0 && conditions[0].StartsWith("form == \"", StringComparison.Ordinal) && conditions[0].EndsWith('"'))
        {
            // A JSON pattern: name the form rather than the fact type ("not task where ...").
            text = conditions[0][9..^1];
            conditions.RemoveAt(0);
        }

        if (named && !pattern.Declaration.Name.StartsWith('$') && pattern.Declaration.Name != text)
        {
            text += " " + pattern.Declaration.Name;
        }

        return conditions.Count == 0 ? text : text + " where " + string.Join(" && ", conditions);
    }

    private static HashSet<ParameterExpression> ParametersOf(Expression expression)
    {
        var finder = new ParameterFinder();
        finder.Visit(expression);
        return finder.Found;
    }

    private Network Build(RuleSet ruleSet)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in ruleSet.Rules)
        {
            if (!names.Add(rule.Name))
            {
                _diagnostics.Add(Diagnostic.Error(RuleMessages.DuplicateRule, null, null, ("ruleSet", ruleSet.Name), ("rule", rule.Name)));
            }
        }

        var enabled = ruleSet.Rules.Where(r => r.Enabled).ToList();
        var priorities = enabled.Select(r => r.Priority).Distinct().OrderByDescending(p => p).ToList();
        var compiled = new List<CompiledRule>();
        for (var i = 0; i < enabled.Count; i++)
        {
            var rule = new CompiledRule(enabled[i], i, priorities.IndexOf(enabled[i].Priority));
            var branches = Expand(enabled[i].Conditions);
            for (var b = 0; b < branches.Count; b++)
            {
                if (BuildBranch(rule, branches[b], b) is { } branch)
                {
                    rule.Branches.Add(branch);
                }
            }

            compiled.Add(rule);
        }

        foreach (var memory in _memories)
        {
            memory.Stored = memory.Successors.Any(s => !(s is JoinNode { Position: 0 }));
            memory.Tracked = memory.Stored || memory.Successors.Any(s => s is GroupNode || s is JoinNode { Indexed: true });
        }

        return new Network(_typeRoots.Values.ToArray(), compiled, _memories, _betaIds, Math.Max(1, priorities.Count));
    }

    private CompiledBranch? BuildBranch(CompiledRule rule, List<RuleElement> elements, int index)
    {
        var name = rule.Definition.Name;
        var slots = new Dictionary<Declaration, int>();
        var slotList = new List<Declaration>();
        var nodes = new List<BetaNode>();
        var steps = new List<ExplainStep>();
        var probes = new List<PatternProbe>();
        var errors = _diagnostics.Count;

        bool Bound(ConditionElement condition, Declaration? own)
        {
            var ok = true;
            foreach (var declaration in condition.Parameters)
            {
                if (declaration != own && !slots.ContainsKey(declaration))
                {
                    _diagnostics.Add(Diagnostic.Error(RuleMessages.UnboundDeclaration, null, null, ("rule", name), ("name", declaration.Name), ("condition", condition.Text)));
                    ok = false;
                }
            }

            return ok;
        }

        void Bind(Declaration declaration)
        {
            if (slots.ContainsKey(declaration))
            {
                _diagnostics.Add(Diagnostic.Error(RuleMessages.DuplicateDeclaration, null, null, ("rule", name), ("name", declaration.Name)));
                return;
            }

            slots[declaration] = slotList.Count;
            slotList.Add(declaration);
        }

        if (!elements.Any(e => e is PatternElement))
        {
            _diagnostics.Add(Diagnostic.Error(RuleMessages.NoPatterns, null, null, ("rule", name)));
            return null;
        }

        foreach (var element in elements)
        {
            switch (element)
            {
                case PatternElement pattern:
                {
                    var alpha = pattern.Conditions.Where(c => c.Parameters.Count == 1).ToList();
                    var beta = pattern.Conditions.Where(c => c.Parameters.Count > 1).ToList();
                    if (!beta.All(c => Bound(c, pattern.Declaration)))
                    {
                        continue;
                    }

                    var memory = Memory(pattern.FactType, alpha);
                    var join = Join(pattern, memory, beta, slots);
                    nodes.Add(join);
                    Bind(pattern.Declaration);
                    foreach (var condition in pattern.Conditions)
                    {
                        steps.Add(Step(condition, slots));
                    }

                    probes.Add(new PatternProbe(pattern, join, alpha.Select(Probe).ToArray()));
                    break;
                }

                case NotElement not:
                    if (Group(not.Source, GroupKind.Not, null, slots, "not " + PatternText(not.Source, named: false), Bound) is { } notNode)
                    {
                        nodes.Add(notNode);
                        steps.Add(new ExplainStep(notNode.Description, null, null));
                    }

                    break;
                case ExistsElement exists:
                    if (Group(exists.Source, GroupKind.Exists, null, slots, "exists " + PatternText(exists.Source, named: false), Bound) is { } existsNode)
                    {
                        nodes.Add(existsNode);
                        steps.Add(new ExplainStep(existsNode.Description, null, null));
                    }

                    break;
                case AggregateElement aggregate:
                {
                    var kind = aggregate.Kind == AggregateKind.Count ? GroupKind.Count : GroupKind.Sum;
                    var text = aggregate.Result.Name + " = " + (kind == GroupKind.Count ? "count" : "sum") + "(" +
                        (aggregate.Selector is null ? string.Empty : ExpressionTools.ConditionText(aggregate.Selector.Body) + " of ") + PatternText(aggregate.Source, named: false) + ")";
                    if (Group(aggregate.Source, kind, aggregate.Selector, slots, text, Bound) is { } node)
                    {
                        nodes.Add(node);
                        Bind(aggregate.Result);
                        var slot = slots[aggregate.Result];
                        steps.Add(new ExplainStep(text, null, () => facts => aggregate.Result.Name + " = " + ExpressionTools.Format(facts[slot]?.Value)));
                    }

                    break;
                }

                case FilterElement filter:
                {
                    if (!Bound(filter.Condition, null))
                    {
                        continue;
                    }

                    var facts = Expression.Parameter(typeof(Fact?[]), "facts");
                    var body = ExpressionTools.TokenBody(filter.Condition.Expression.Body, facts, slots, filter.Condition.Parameters);
                    var test = Expression.Lambda<Func<Fact?[], bool>>(body, facts).Compile();
                    nodes.Add(new FilterNode(_betaIds++, filter.Condition.Text, test));
                    steps.Add(Step(filter.Condition, slots));
                    break;
                }
            }
        }

        var actions = new List<Action<IContext, Fact?[]>>();
        foreach (var action in rule.Definition.Actions)
        {
            var missing = action.Parameters.Where(p => !slots.ContainsKey(p)).ToList();
            if (missing.Count > 0)
            {
                foreach (var declaration in missing)
                {
                    _diagnostics.Add(Diagnostic.Error(RuleMessages.UnboundDeclaration, null, null, ("rule", name), ("name", declaration.Name), ("condition", action.Text)));
                }

                continue;
            }

            var context = Expression.Parameter(typeof(IContext), "context");
            var facts = Expression.Parameter(typeof(Fact?[]), "facts");
            var map = new Dictionary<ParameterExpression, Expression> { [action.Expression.Parameters[0]] = context };
            foreach (var declaration in action.Parameters)
            {
                map[declaration.Parameter] = ExpressionTools.Slot(facts, slots[declaration], declaration.Type);
            }

            var body = ExpressionTools.Replace(action.Expression.Body, map);
            actions.Add(Expression.Lambda<Action<IContext, Fact?[]>>(body, context, facts).Compile());
        }

        if (_diagnostics.Count > errors)
        {
            return null;
        }

        var branch = new CompiledBranch(index, slotList, nodes, actions.ToArray(), steps, probes);
        var terminal = new TerminalNode(_betaIds++, rule, branch);
        nodes.Add(terminal);
        for (var i = 0; i < nodes.Count; i++)
        {
            nodes[i].Position = i;
            if (i > 0)
            {
                nodes[i - 1].Successor = nodes[i];
            }

            nodes[i].Right?.AddSuccessor(nodes[i]);
        }

        return branch;
    }

    private AlphaMemory Memory(Type type, List<ConditionElement> alpha)
    {
        if (!_typeRoots.TryGetValue(type, out var node))
        {
            node = new AlphaNode(type, type.FullName ?? type.Name, null);
            _typeRoots.Add(type, node);
        }

        foreach (var condition in alpha)
        {
            var key = ExpressionTools.Key(condition);
            node = ExpressionTools.EqualityShape(condition) is var (member, constant)
                ? node.GetOrAddEqualityChild(ExpressionTools.MemberKey(condition, member), constant, key, () => ExpressionTools.Getter(condition, member), () => ExpressionTools.Alpha(condition))
                : node.GetOrAddChild(key, () => ExpressionTools.Alpha(condition));
        }

        if (node.Memory is null)
        {
            node.Memory = new AlphaMemory(_memories.Count);
            _memories.Add(node.Memory);
        }

        return node.Memory;
    }

    private JoinNode Join(PatternElement pattern, AlphaMemory memory, List<ConditionElement> beta, Dictionary<Declaration, int> slots)
    {
        var own = pattern.Declaration;
        var facts = Expression.Parameter(typeof(Fact?[]), "facts");
        var value = Expression.Parameter(typeof(object), "fact");
        Func<Fact?[], object?>? leftKey = null;
        Func<object?, object?>? rightKey = null;
        ConditionElement? indexed = null;
        foreach (var condition in beta)
        {
            if (condition.Expression.Body is BinaryExpression { NodeType: ExpressionType.Equal } equal
                && (equal.Method is null || equal.Method.DeclaringType == typeof(string))
                && ExpressionTools.IsHashable(equal.Left.Type))
            {
                var left = ParametersOf(equal.Left);
                var right = ParametersOf(equal.Right);
                Expression? ownSide = null;
                Expression? otherSide = null;
                if (left.Count == 1 && left.Contains(own.Parameter) && right.Count > 0 && !right.Contains(own.Parameter))
                {
                    (ownSide, otherSide) = (equal.Left, equal.Right);
                }
                else if (right.Count == 1 && right.Contains(own.Parameter) && left.Count > 0 && !left.Contains(own.Parameter))
                {
                    (ownSide, otherSide) = (equal.Right, equal.Left);
                }

                if (ownSide is not null && otherSide is not null)
                {
                    var others = condition.Parameters.Where(p => p != own);
                    leftKey = Expression.Lambda<Func<Fact?[], object?>>(Expression.Convert(ExpressionTools.TokenBody(otherSide, facts, slots, others), typeof(object)), facts).Compile();
                    rightKey = Expression.Lambda<Func<object?, object?>>(Expression.Convert(ExpressionTools.JoinBody(ownSide, own, facts, value, slots, [own]), typeof(object)), value).Compile();
                    indexed = condition;
                    break;
                }
            }
        }

        if (indexed is null && beta.FirstOrDefault(c => c.IndexHint is { } h && slots.ContainsKey(h.Other)) is { IndexHint: { } hint })
        {
            var slot = slots[hint.Other];
            var otherKey = hint.OtherKey;
            leftKey = tokenFacts => otherKey(tokenFacts[slot]?.Value);
            rightKey = hint.OwnKey;
        }

        var residual = beta.Where(c => c != indexed).ToList();
        return new JoinNode(_betaIds++, memory, PatternText(pattern, named: true), JoinTest(own, residual, slots), leftKey, rightKey);
    }

    private static Func<Fact?[], object?, bool>? JoinTest(Declaration own, List<ConditionElement> conditions, Dictionary<Declaration, int> slots)
    {
        if (conditions.Count == 0)
        {
            return null;
        }

        var facts = Expression.Parameter(typeof(Fact?[]), "facts");
        var value = Expression.Parameter(typeof(object), "fact");
        var body = conditions.Select(c => ExpressionTools.JoinBody(c.Expression.Body, own, facts, value, slots, c.Parameters)).Aggregate(Expression.AndAlso);
        return Expression.Lambda<Func<Fact?[], object?, bool>>(body, facts, value).Compile();
    }

    private GroupNode? Group(PatternElement source, GroupKind kind, LambdaExpression? selector, Dictionary<Declaration, int> slots, string description, Func<ConditionElement, Declaration?, bool> bound)
    {
        var alpha = source.Conditions.Where(c => c.Parameters.Count == 1).ToList();
        var beta = source.Conditions.Where(c => c.Parameters.Count > 1).ToList();
        if (!beta.All(c => bound(c, source.Declaration)))
        {
            return null;
        }

        Func<object?, decimal>? compiledSelector = null;
        if (selector is not null)
        {
            var value = Expression.Parameter(typeof(object), "fact");
            var body = ExpressionTools.Replace(selector.Body, new Dictionary<ParameterExpression, Expression> { [source.Declaration.Parameter] = Expression.Convert(value, source.FactType) });
            compiledSelector = Expression.Lambda<Func<object?, decimal>>(body, value).Compile();
        }

        return new GroupNode(_betaIds++, Memory(source.FactType, alpha), description, kind, JoinTest(source.Declaration, beta, slots), compiledSelector);
    }

    private static ExplainStep Step(ConditionElement condition, Dictionary<Declaration, int> slots)
    {
        var map = new Dictionary<Declaration, int>(slots);
        return new ExplainStep(
            condition.Text,
            () =>
            {
                var facts = Expression.Parameter(typeof(Fact?[]), "facts");
                return Expression.Lambda<Func<Fact?[], bool>>(ExpressionTools.TokenBody(condition.Expression.Body, facts, map, condition.Parameters), facts).Compile();
            },
            () =>
            {
                var facts = Expression.Parameter(typeof(Fact?[]), "facts");
                return ExpressionTools.Operands<Fact?[]>(condition.Expression.Body, facts, e => ExpressionTools.TokenBody(e, facts, map, condition.Parameters));
            });
    }

    private static AlphaProbe Probe(ConditionElement condition) => new(
        condition.Text,
        () => ExpressionTools.Alpha(condition),
        () =>
        {
            var value = Expression.Parameter(typeof(object), "fact");
            var own = condition.Parameters[0];
            return ExpressionTools.Operands<object?>(condition.Expression.Body, value, e => ExpressionTools.Replace(e, new Dictionary<ParameterExpression, Expression> { [own.Parameter] = Expression.Convert(value, own.Type) }));
        });

    private sealed class ParameterFinder : ExpressionVisitor
    {
        public HashSet<ParameterExpression> Found { get; } = new();

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found.Add(node);
            return node;
        }
    }
}
