using System;

namespace Formwork.Rules.Internal.Rete;

/// <summary>Identifies an activation across an update: the terminal node and the ids of the matched facts.</summary>
internal readonly struct ActivationKey : IEquatable<ActivationKey>
{
    private readonly int _terminal;
    private readonly Fact?[] _facts;

    public ActivationKey(TerminalNode terminal, Fact?[] facts)
    {
        _terminal = terminal.Id;
        _facts = facts;
    }

    public bool Equals(ActivationKey other)
    {
        if (_terminal != other._terminal || _facts.Length != other._facts.Length)
        {
            return false;
        }

        for (var i = 0; i < _facts.Length; i++)
        {
            var a = _facts[i];
            var b = other._facts[i];
            if (!ReferenceEquals(a, b) && (a is null || b is null || (a.Id < 0 && b.Id < 0 ? !Equals(a.Value, b.Value) : a.Id != b.Id)))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ActivationKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_terminal);
        foreach (var fact in _facts)
        {
            hash.Add(fact is null ? 0 : fact.Id < 0 ? fact.Value?.GetHashCode() ?? 0 : fact.Id);
        }

        return hash.ToHashCode();
    }
}
