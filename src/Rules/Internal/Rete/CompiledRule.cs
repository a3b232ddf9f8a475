using System;
using System.Collections.Generic;

namespace Formwork.Rules.Internal.Rete;

/// <summary>A rule in a compiled network: its definition, its order in the set and its branches (one per Or alternative).</summary>
internal sealed class CompiledRule
{
    public CompiledRule(RuleDefinition definition, int order, int priorityLevel)
    {
        Definition = definition;
        Order = order;
        PriorityLevel = priorityLevel;
    }

    public RuleDefinition Definition { get; }

    public int Order { get; }

    /// <summary>Gets the index of the rule's priority among the set's distinct priorities (0 = highest).</summary>
    public int PriorityLevel { get; }

    public List<CompiledBranch> Branches { get; } = new();
}

/// <summary>One alternative of a rule: the declarations by slot, the chain of beta nodes, the actions, explanation steps.</summary>
internal sealed class CompiledBranch
{
    public CompiledBranch(int index, IReadOnlyList<Declaration> slots, IReadOnlyList<BetaNode> nodes, Action<IContext, Fact?[]>[] actions, IReadOnlyList<ExplainStep> steps, IReadOnlyList<PatternProbe> probes)
    {
        Index = index;
        Slots = slots;
        Nodes = nodes;
        Actions = actions;
        Steps = steps;
        Probes = probes;
    }

    public int Index { get; }

    public IReadOnlyList<Declaration> Slots { get; }

    public IReadOnlyList<BetaNode> Nodes { get; }

    public Action<IContext, Fact?[]>[] Actions { get; }

    public IReadOnlyList<ExplainStep> Steps { get; }

    public IReadOnlyList<PatternProbe> Probes { get; }
}

/// <summary>A condition of a branch that explanations evaluate against a complete match.</summary>
internal sealed class ExplainStep
{
    private readonly Lazy<Func<Fact?[], bool>>? _test;
    private readonly Lazy<Func<Fact?[], string?>>? _detail;

    public ExplainStep(string text, Func<Func<Fact?[], bool>>? test, Func<Func<Fact?[], string?>>? detail)
    {
        Text = text;
        _test = test is null ? null : new Lazy<Func<Fact?[], bool>>(test);
        _detail = detail is null ? null : new Lazy<Func<Fact?[], string?>>(detail);
    }

    public string Text { get; }

    public bool Evaluate(Fact?[] facts) => _test is null || _test.Value(facts);

    public string? Detail(Fact?[] facts) => _detail?.Value(facts);
}

/// <summary>A positive pattern of a branch, with its single-fact conditions, to explain why a given fact did not match.</summary>
internal sealed class PatternProbe
{
    public PatternProbe(PatternElement pattern, BetaNode node, IReadOnlyList<AlphaProbe> conditions)
    {
        Pattern = pattern;
        Node = node;
        Conditions = conditions;
    }

    public PatternElement Pattern { get; }

    public BetaNode Node { get; }

    public IReadOnlyList<AlphaProbe> Conditions { get; }
}

/// <summary>One single-fact condition, evaluable on its own against a fact.</summary>
internal sealed class AlphaProbe
{
    private readonly Lazy<Func<object?, string?>> _detail;
    private readonly Lazy<Func<object?, bool>> _test;

    public AlphaProbe(string text, Func<Func<object?, bool>> test, Func<Func<object?, string?>> detail)
    {
        Text = text;
        _test = new Lazy<Func<object?, bool>>(test);
        _detail = new Lazy<Func<object?, string?>>(detail);
    }

    public string Text { get; }

    public bool Test(object? fact) => _test.Value(fact);

    public string? Detail(object? fact) => _detail.Value(fact);
}
