using System;
using System.Collections.Generic;

namespace Formwork.Rules.Internal.Rete;

/// <summary>
/// A node of the alpha network: the root of a fact type (no test) or one condition over a single fact. Nodes with the
/// same condition after the same parent are shared by every rule that uses them.
/// </summary>
internal sealed class AlphaNode
{
    private AlphaNode[] _children = [];

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

    public IReadOnlyList<AlphaNode> Children => _children;

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

    public void Activate(Session session, Fact fact)
    {
        if (Test is not null && !Test(fact.Value))
        {
            return;
        }

        Memory?.Activate(session, fact);
        foreach (var child in _children)
        {
            child.Activate(session, fact);
        }
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

    public IReadOnlyList<BetaNode> Successors => _successors;

    public void AddSuccessor(BetaNode node) => _successors = [.. _successors, node];

    public void Activate(Session session, Fact fact)
    {
        if (Stored)
        {
            session.AlphaFacts(this).Add(fact);
        }

        (fact.Memories ??= new List<AlphaMemory>(2)).Add(this);
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
