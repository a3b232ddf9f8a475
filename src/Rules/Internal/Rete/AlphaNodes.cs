using System;
using System.Collections.Generic;

namespace Formwork.Rules.Internal.Rete;

/// <summary>
/// A node of the alpha network: the root of a fact type (no test) or one condition over a single fact. Nodes with the
/// same condition after the same parent are shared by every rule that uses them. Children that compare the same member
/// with different constants (<c>Region == "East"</c>, <c>Region == "West"</c>…) are reached through one hash lookup.
/// </summary>
internal sealed class AlphaNode
{
    private AlphaNode[] _children = [];
    private Dispatch[] _dispatches = [];

    public AlphaNode(Type factType, string key, Func<object?, bool>? test)
    {
        FactType = factType;
        Key = key;
        Test = test;
    }

    public Type FactType { get; }

    public string Key { get; }

    public Func<object?, bool>? Test { get; }

    public AlphaMemory? Memory { get; set; }

    public IReadOnlyList<AlphaNode> Children
    {
        get
        {
            var all = new List<AlphaNode>(_children);
            foreach (var dispatch in _dispatches)
            {
                all.AddRange(dispatch.Map.Values);
            }

            return all;
        }
    }

    public AlphaNode GetOrAddChild(string key, Func<Func<object?, bool>> test)
    {
        foreach (var child in _children)
        {
            if (child.Key == key)
            {
                return child;
            }
        }

        var node = new AlphaNode(FactType, key, test());
        _children = [.. _children, node];
        return node;
    }

    /// <summary>Gets or adds the child for <c>member == constant</c>, hashed on the member's value.</summary>
    public AlphaNode GetOrAddEqualityChild(string memberKey, object constant, string key, Func<Func<object?, object?>> getter, Func<Func<object?, bool>> test)
    {
        Dispatch? dispatch = null;
        foreach (var d in _dispatches)
        {
            if (d.MemberKey == memberKey)
            {
                dispatch = d;
            }
        }

        if (dispatch is null)
        {
            dispatch = new Dispatch(memberKey, getter());
            _dispatches = [.. _dispatches, dispatch];
        }

        if (!dispatch.Map.TryGetValue(constant, out var node))
        {
            node = new AlphaNode(FactType, key, test());
            dispatch.Map.Add(constant, node);
        }

        return node;
    }

    public void Activate(Session session, Fact fact)
    {
        if (Test is not null && !Test(fact.Value))
        {
            return;
        }

        Passed(session, fact);
    }

    private void Passed(Session session, Fact fact)
    {
        Memory?.Activate(session, fact);
        foreach (var dispatch in _dispatches)
        {
            if (dispatch.Getter(fact.Value) is { } value && dispatch.Map.TryGetValue(value, out var node))
            {
                node.Passed(session, fact);
            }
        }

        foreach (var child in _children)
        {
            child.Activate(session, fact);
        }
    }

    private sealed class Dispatch(string memberKey, Func<object?, object?> getter)
    {
        public string MemberKey { get; } = memberKey;

        public Func<object?, object?> Getter { get; } = getter;

        public Dictionary<object, AlphaNode> Map { get; } = new();
    }
}

/// <summary>The facts that passed one alpha path; feeds the beta nodes that use that pattern.</summary>
internal sealed class AlphaMemory
{
    private BetaNode[] _successors = [];

    public AlphaMemory(int id)
    {
        Id = id;
    }

    public int Id { get; }

    /// <summary>Gets or sets a value indicating whether some node enumerates the memory (otherwise the facts are not kept).</summary>
    public bool Stored { get; set; }

    /// <summary>Gets or sets a value indicating whether retracting a fact must visit this memory (it is stored, or a successor keeps per-fact state).</summary>
    public bool Tracked { get; set; }

    public IReadOnlyList<BetaNode> Successors => _successors;

    public void AddSuccessor(BetaNode node) => _successors = [.. _successors, node];

    public void Activate(Session session, Fact fact)
    {
        if (Stored)
        {
            session.AlphaFacts(this).Add(fact);
        }

        if (Tracked)
        {
            (fact.Memories ??= new List<AlphaMemory>(2)).Add(this);
        }

        foreach (var successor in _successors)
        {
            successor.RightActivate(session, fact);
        }
    }

    public void Retract(Session session, Fact fact)
    {
        if (Stored)
        {
            session.AlphaFacts(this).Remove(fact);
        }

        foreach (var successor in _successors)
        {
            successor.RightRetract(session, fact);
        }
    }
}
