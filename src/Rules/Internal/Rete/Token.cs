using System.Collections.Generic;

namespace Formwork.Rules.Internal.Rete;

/// <summary>A partial match: the facts bound so far (one slot per declaration), produced by a beta node.</summary>
internal sealed class Token
{
    public Token(Token? parent, Fact?[] facts, BetaNode? owner)
    {
        Parent = parent;
        Facts = facts;
        Owner = owner;
    }

    public Token? Parent { get; }

    public Fact?[] Facts { get; }

    /// <summary>Gets the node that produced the token (<see langword="null"/> for the root); its successor holds it.</summary>
    public BetaNode? Owner { get; }

    public List<Token>? Children { get; private set; }

    public bool Removed { get; set; }

    /// <summary>Gets or sets the join key under which the consuming join node indexed the token.</summary>
    public object? IndexKey { get; set; }

    /// <summary>Gets or sets the activation, for tokens that reached a terminal node.</summary>
    public Activation? Activation { get; set; }

    public void AddChild(Token child)
    {
        var children = Children ??= new List<Token>();
        if (children.Count >= 64 && (children.Count & (children.Count - 1)) == 0)
        {
            children.RemoveAll(t => t.Removed);
        }

        children.Add(child);
    }

    public bool Contains(Fact fact)
    {
        foreach (var f in Facts)
        {
            if (ReferenceEquals(f, fact))
            {
                return true;
            }
        }

        return false;
    }
}
