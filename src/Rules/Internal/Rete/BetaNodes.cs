using System;
using System.Collections.Generic;

namespace Formwork.Rules.Internal.Rete;

/// <summary>
/// A node of the beta network of one rule branch: it combines the tokens of its predecessor (left) with the facts
/// of an alpha memory (right) and hands the result to its successor.
/// </summary>
internal abstract class BetaNode
{
    protected BetaNode(int id, AlphaMemory? right, string description)
    {
        Id = id;
        Right = right;
        Description = description;
    }

    public int Id { get; }

    public AlphaMemory? Right { get; }

    /// <summary>Gets the node's conditions as people read them, for explanations.</summary>
    public string Description { get; }

    public BetaNode? Successor { get; set; }

    /// <summary>Gets or sets the node's position in its branch (0 = first).</summary>
    public int Position { get; set; }

    public abstract void LeftActivate(Session session, Token token);

    public abstract void LeftRetract(Session session, Token token);

    public virtual void RightActivate(Session session, Fact fact)
    {
    }

    public virtual void RightRetract(Session session, Fact fact)
    {
    }

    protected static void RemoveChildren(Session session, Token token)
    {
        if (token.Children is { } children)
        {
            foreach (var child in children)
            {
                session.RemoveToken(child);
            }
        }
    }

    protected void Emit(Session session, Token parent, Fact?[] facts)
    {
        var child = new Token(parent, facts, this);
        parent.AddChild(child);
        Successor!.LeftActivate(session, child);
    }

    protected static Fact?[] Append(Fact?[] facts, Fact fact)
    {
        var result = new Fact?[facts.Length + 1];
        Array.Copy(facts, result, facts.Length);
        result[^1] = fact;
        return result;
    }
}

/// <summary>Joins tokens with the facts of a pattern; equality conditions between the two sides are hash-indexed.</summary>
internal sealed class JoinNode : BetaNode
{
    private static readonly object NullKey = new();

    public JoinNode(int id, AlphaMemory right, string description, Func<Fact?[], object?, bool>? test, Func<Fact?[], object?>? leftKey, Func<object?, object?>? rightKey)
        : base(id, right, description)
    {
        Test = test;
        LeftKey = leftKey;
        RightKey = rightKey;
    }

    public Func<Fact?[], object?, bool>? Test { get; }

    public Func<Fact?[], object?>? LeftKey { get; }

    public Func<object?, object?>? RightKey { get; }

    public bool Indexed => LeftKey is not null;

    public override void LeftActivate(Session session, Token token)
    {
        var memory = session.NodeMemory<JoinMemory>(this);
        if (Indexed)
        {
            var key = LeftKey!(token.Facts) ?? NullKey;
            token.IndexKey = key;
            Bucket(memory.LeftIndex!, key).Add(token);
            if (memory.RightIndex!.TryGetValue(key, out var facts))
            {
                foreach (var fact in facts)
                {
                    Try(session, token, fact);
                }
            }

            return;
        }

        memory.Left.Add(token);
        if (Position == 0)
        {
            return;
        }

        foreach (var fact in session.AlphaFacts(Right!))
        {
            Try(session, token, fact);
        }
    }

    public override void LeftRetract(Session session, Token token)
    {
        var memory = session.NodeMemory<JoinMemory>(this);
        if (Indexed)
        {
            if (memory.LeftIndex!.TryGetValue(token.IndexKey!, out var bucket))
            {
                bucket.Remove(token);
            }
        }
        else
        {
            memory.Left.Remove(token);
        }

        RemoveChildren(session, token);
    }

    public override void RightActivate(Session session, Fact fact)
    {
        var memory = session.NodeMemory<JoinMemory>(this);
        if (Indexed)
        {
            var key = RightKey!(fact.Value) ?? NullKey;
            Bucket(memory.RightIndex!, key).Add(fact);
            memory.RightKeys![fact] = key;
            if (memory.LeftIndex!.TryGetValue(key, out var tokens))
            {
                foreach (var token in tokens)
                {
                    Try(session, token, fact);
                }
            }

            return;
        }

        if (Position == 0)
        {
            Try(session, session.Root, fact);
            return;
        }

        foreach (var token in memory.Left)
        {
            Try(session, token, fact);
        }
    }

    public override void RightRetract(Session session, Fact fact)
    {
        if (!Indexed)
        {
            return;
        }

        var memory = session.NodeMemory<JoinMemory>(this);
        if (memory.RightKeys!.Remove(fact, out var key) && memory.RightIndex!.TryGetValue(key, out var bucket))
        {
            bucket.Remove(fact);
        }
    }

    private static HashSet<T> Bucket<T>(Dictionary<object, HashSet<T>> index, object key)
    {
        if (!index.TryGetValue(key, out var bucket))
        {
            bucket = new HashSet<T>();
            index.Add(key, bucket);
        }

        return bucket;
    }

    private void Try(Session session, Token token, Fact fact)
    {
        if (Test is null || Test(token.Facts, fact.Value))
        {
            var child = new Token(token, Append(token.Facts, fact), this);
            if (token.Owner is not null)
            {
                token.AddChild(child);
            }

            fact.AddToken(child);
            Successor!.LeftActivate(session, child);
        }
    }
}

/// <summary>The per-session memory of a join node.</summary>
internal sealed class JoinMemory
{
    public JoinMemory(bool indexed)
    {
        if (indexed)
        {
            LeftIndex = new Dictionary<object, HashSet<Token>>();
            RightIndex = new Dictionary<object, HashSet<Fact>>();
            RightKeys = new Dictionary<Fact, object>();
        }
    }

    public HashSet<Token> Left { get; } = new();

    public Dictionary<object, HashSet<Token>>? LeftIndex { get; }

    public Dictionary<object, HashSet<Fact>>? RightIndex { get; }

    public Dictionary<Fact, object>? RightKeys { get; }
}

/// <summary>What a <see cref="GroupNode"/> does with the facts matching its pattern.</summary>
internal enum GroupKind
{
    Not,
    Exists,
    Count,
    Sum,
}

/// <summary>The state of one left token in a Not/Exists/aggregate node.</summary>
internal sealed class GroupState
{
    public GroupState(GroupNode node, Token left)
    {
        Node = node;
        Left = left;
    }

    public GroupNode Node { get; }

    public Token Left { get; }

    public int Count { get; set; }

    public decimal Sum { get; set; }

    public Dictionary<Fact, decimal>? Contributions { get; set; }

    public Token? Child { get; set; }

    public bool Removed { get; set; }
}

/// <summary>Not, Exists, Count and Sum: a node that tracks, per left token, the facts matching its pattern.</summary>
internal sealed class GroupNode : BetaNode
{
    public GroupNode(int id, AlphaMemory right, string description, GroupKind kind, Func<Fact?[], object?, bool>? test, Func<object?, decimal>? selector)
        : base(id, right, description)
    {
        Kind = kind;
        Test = test;
        Selector = selector;
    }

    public GroupKind Kind { get; }

    public Func<Fact?[], object?, bool>? Test { get; }

    public Func<object?, decimal>? Selector { get; }

    public override void LeftActivate(Session session, Token token)
    {
        var memory = session.NodeMemory<Dictionary<Token, GroupState>>(this);
        var state = new GroupState(this, token);
        memory.Add(token, state);
        foreach (var fact in session.AlphaFacts(Right!))
        {
            if (Test is null || Test(token.Facts, fact.Value))
            {
                Add(state, fact);
            }
        }

        Refresh(session, state, changed: true);
    }

    public override void LeftRetract(Session session, Token token)
    {
        var memory = session.NodeMemory<Dictionary<Token, GroupState>>(this);
        if (memory.Remove(token, out var state))
        {
            state.Removed = true;
        }

        RemoveChildren(session, token);
    }

    public override void RightActivate(Session session, Fact fact)
    {
        var memory = session.NodeMemory<Dictionary<Token, GroupState>>(this);
        if (memory.Count == 0)
        {
            return;
        }

        foreach (var state in new List<GroupState>(memory.Values))
        {
            if (!state.Removed && (Test is null || Test(state.Left.Facts, fact.Value)))
            {
                Add(state, fact);
                Refresh(session, state, changed: true);
            }
        }
    }

    public override void RightRetract(Session session, Fact fact)
    {
        if (fact.Groups is not { } groups)
        {
            return;
        }

        foreach (var state in groups.ToArray())
        {
            if (state.Node != this || state.Removed)
            {
                continue;
            }

            state.Count--;
            if (state.Contributions is { } contributions && contributions.Remove(fact, out var value))
            {
                state.Sum -= value;
            }

            groups.Remove(state);
            Refresh(session, state, changed: true);
        }
    }

    private void Add(GroupState state, Fact fact)
    {
        state.Count++;
        if (Selector is not null)
        {
            var value = Selector(fact.Value);
            (state.Contributions ??= new Dictionary<Fact, decimal>())[fact] = value;
            state.Sum += value;
        }

        (fact.Groups ??= new List<GroupState>()).Add(state);
    }

    private void Refresh(Session session, GroupState state, bool changed)
    {
        switch (Kind)
        {
            case GroupKind.Not:
            case GroupKind.Exists:
                var pass = Kind == GroupKind.Not ? state.Count == 0 : state.Count > 0;
                if (pass && state.Child is null)
                {
                    var child = new Token(state.Left, state.Left.Facts, this);
                    state.Child = child;
                    state.Left.AddChild(child);
                    Successor!.LeftActivate(session, child);
                }
                else if (!pass && state.Child is not null)
                {
                    var child = state.Child;
                    state.Child = null;
                    session.RemoveToken(child);
                }

                break;
            default:
                if (!changed)
                {
                    return;
                }

                if (state.Child is not null)
                {
                    var old = state.Child;
                    state.Child = null;
                    session.RemoveToken(old);
                }

                object result = Kind == GroupKind.Count ? (object)state.Count : state.Sum;
                var token = new Token(state.Left, Append(state.Left.Facts, session.Synthetic(result)), this);
                state.Child = token;
                state.Left.AddChild(token);
                Successor!.LeftActivate(session, token);
                break;
        }
    }
}

/// <summary>A condition over values bound earlier.</summary>
internal sealed class FilterNode : BetaNode
{
    public FilterNode(int id, string description, Func<Fact?[], bool> test)
        : base(id, null, description)
    {
        Test = test;
    }

    public Func<Fact?[], bool> Test { get; }

    public override void LeftActivate(Session session, Token token)
    {
        if (Test(token.Facts))
        {
            Emit(session, token, token.Facts);
        }
    }

    public override void LeftRetract(Session session, Token token) => RemoveChildren(session, token);
}

/// <summary>The end of a rule branch: each token that reaches it is an activation on the agenda.</summary>
internal sealed class TerminalNode : BetaNode
{
    public TerminalNode(int id, CompiledRule rule, CompiledBranch branch)
        : base(id, null, rule.Definition.Name)
    {
        Rule = rule;
        Branch = branch;
    }

    public CompiledRule Rule { get; }

    public CompiledBranch Branch { get; }

    public override void LeftActivate(Session session, Token token) => session.Activate(this, token);

    public override void LeftRetract(Session session, Token token) => session.Deactivate(token);
}
