using System.Collections.Generic;

namespace Formwork.Rules.Internal.Rete;

/// <summary>A fact in a session's working memory, with what the network remembers about it.</summary>
internal sealed class Fact
{
    public Fact(object? value, int id)
    {
        Value = value;
        Id = id;
    }

    public object? Value { get; }

    /// <summary>Gets the id; synthetic facts (aggregate results) have negative ids.</summary>
    public int Id { get; }

    /// <summary>Gets the alpha memories the fact entered.</summary>
    public List<AlphaMemory>? Memories { get; set; }

    /// <summary>Gets the first token created by joining this fact (most facts have one).</summary>
    public Token? FirstToken { get; set; }

    /// <summary>Gets the other tokens created by joining this fact (removed with it).</summary>
    public List<Token>? Tokens { get; set; }

    /// <summary>Gets the left states of Not/Exists/aggregate nodes this fact counts in.</summary>
    public List<GroupState>? Groups { get; set; }

    /// <summary>Gets a value indicating whether the network keeps nothing about the fact.</summary>
    public bool IsIdle => Memories is null && FirstToken is null && Tokens is null && Groups is null;

    public void AddToken(Token token)
    {
        if (FirstToken is null)
        {
            FirstToken = token;
            return;
        }

        var tokens = Tokens ??= new List<Token>();
        if (tokens.Count >= 64 && (tokens.Count & (tokens.Count - 1)) == 0)
        {
            tokens.RemoveAll(t => t.Removed);
        }

        tokens.Add(token);
    }

    public override string ToString() => Value?.ToString() ?? "null";
}
