using System.Collections.Generic;

namespace Formwork.Workflow;

/// <summary>Configures the branches of a condition node in a <see cref="WorkflowBuilder"/>; the first true condition wins. Every method returns the receiver.</summary>
public sealed class ConditionBranchBuilder
{
    private readonly List<ConditionBranch> _branches = [];

    internal ConditionBranchBuilder()
    {
    }

    /// <summary>Adds a branch taken when a boolean formula is true.</summary>
    /// <param name="condition">The formula.</param>
    /// <param name="next">The node the branch leads to.</param>
    /// <param name="name">The branch name.</param>
    /// <returns>The builder.</returns>
    public ConditionBranchBuilder When(string condition, string next, string? name = null)
    {
        _branches.Add(new ConditionBranch { Condition = condition, Next = next, Name = name });
        return this;
    }

    /// <summary>Adds the default branch.</summary>
    /// <param name="next">The node the branch leads to.</param>
    /// <param name="name">The branch name.</param>
    /// <returns>The builder.</returns>
    public ConditionBranchBuilder Otherwise(string next, string? name = null)
    {
        _branches.Add(new ConditionBranch { Next = next, Name = name });
        return this;
    }

    internal IReadOnlyList<ConditionBranch> Build() => _branches.ToArray();
}
