using System;
using System.Collections.Generic;

namespace Formwork.Workflow;

/// <summary>One rule that finds approvers (or handlers, or CC recipients) of a node. A node's rules are resolved in order and their results merged without duplicates.</summary>
public sealed record ApproverRule
{
    /// <summary>Gets how the rule finds people.</summary>
    public required ApproverRuleKind Kind { get; init; }

    /// <summary>Gets the user ids of a <see cref="ApproverRuleKind.Users"/> rule.</summary>
    public IReadOnlyList<string> Users { get; init; } = [];

    /// <summary>Gets the role of a <see cref="ApproverRuleKind.Role"/> rule, or the role that ends a <see cref="ApproverRuleKind.ManagerChain"/>.</summary>
    public string? Role { get; init; }

    /// <summary>Gets the form field: the department id field of a <see cref="ApproverRuleKind.DepartmentHead"/> rule (none = the submitter's department) or the user-picker field of a <see cref="ApproverRuleKind.UserField"/> rule.</summary>
    public string? Field { get; init; }

    /// <summary>Gets the level: the N-th manager of a <see cref="ApproverRuleKind.Manager"/> rule, or the highest level of a <see cref="ApproverRuleKind.ManagerChain"/>.</summary>
    public int Level { get; init; }

    /// <summary>Gets the formula of a <see cref="ApproverRuleKind.Formula"/> rule, returning a user id or a list of user ids.</summary>
    public string? Formula { get; init; }

    /// <summary>Creates a rule naming users.</summary>
    /// <param name="userIds">The user ids.</param>
    /// <returns>The rule.</returns>
    public static ApproverRule ForUsers(params string[] userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        return new() { Kind = ApproverRuleKind.Users, Users = userIds };
    }

    /// <summary>Creates a rule for every member of a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The rule.</returns>
    public static ApproverRule ForRole(string role) => new() { Kind = ApproverRuleKind.Role, Role = role };

    /// <summary>Creates a rule for the head of the submitter's department, or of the department held by a field.</summary>
    /// <param name="departmentField">The field holding a department id; <see langword="null"/> for the submitter's main department.</param>
    /// <returns>The rule.</returns>
    public static ApproverRule DepartmentHead(string? departmentField = null) => new() { Kind = ApproverRuleKind.DepartmentHead, Field = departmentField };

    /// <summary>Creates a rule for the submitter's N-th level manager.</summary>
    /// <param name="level">1 for the direct manager.</param>
    /// <returns>The rule.</returns>
    public static ApproverRule Manager(int level = 1) => new() { Kind = ApproverRuleKind.Manager, Level = level };

    /// <summary>Creates a rule for consecutive managers (连续多级主管) up to a level and/or up to the first manager in a role.</summary>
    /// <param name="maxLevel">The highest level (0 = bounded by the role only).</param>
    /// <param name="untilRole">The role that ends the chain (inclusive), or <see langword="null"/>.</param>
    /// <returns>The rule.</returns>
    public static ApproverRule ManagerChain(int maxLevel, string? untilRole = null) => new() { Kind = ApproverRuleKind.ManagerChain, Level = maxLevel, Role = untilRole };

    /// <summary>Creates a rule for the user(s) picked in a form field.</summary>
    /// <param name="field">The user-picker field.</param>
    /// <returns>The rule.</returns>
    public static ApproverRule FromField(string field) => new() { Kind = ApproverRuleKind.UserField, Field = field };

    /// <summary>Creates a rule for the submitter.</summary>
    /// <returns>The rule.</returns>
    public static ApproverRule Submitter() => new() { Kind = ApproverRuleKind.Submitter };

    /// <summary>Creates a rule evaluating a formula to a user id or a list of user ids.</summary>
    /// <param name="formula">The formula.</param>
    /// <returns>The rule.</returns>
    public static ApproverRule FromFormula(string formula) => new() { Kind = ApproverRuleKind.Formula, Formula = formula };
}
