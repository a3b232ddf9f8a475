namespace Formwork.Rules;

/// <summary>One value a rule firing matched: a fact or an aggregate result, with the declaration it was bound to.</summary>
public sealed class MatchedFact
{
    internal MatchedFact(string declaration, object? value)
    {
        Declaration = declaration;
        Value = value;
    }

    /// <summary>Gets the declaration name, such as <c>lead</c>.</summary>
    public string Declaration { get; }

    /// <summary>Gets the fact (or aggregate result).</summary>
    public object? Value { get; }

    /// <summary>Returns <c>declaration = value</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Declaration + " = " + Value;
}
