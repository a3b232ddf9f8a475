namespace Formwork.Workflow;

/// <summary>One branch of a condition node: taken when its condition is true (the first true branch wins); a branch without a condition is the default.</summary>
public sealed record ConditionBranch
{
    /// <summary>Gets the branch's display name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the boolean formula, or <see langword="null"/> for the default branch.</summary>
    public string? Condition { get; init; }

    /// <summary>Gets the node the branch leads to.</summary>
    public required string Next { get; init; }

    /// <summary>Gets a value indicating whether this is the default branch.</summary>
    public bool IsDefault => Condition is null;
}
