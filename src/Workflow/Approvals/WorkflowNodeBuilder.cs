using System;
using System.Collections.Generic;

namespace Formwork.Workflow;

/// <summary>Configures an approval, handler or CC node in a <see cref="WorkflowBuilder"/>. Every method returns the receiver.</summary>
public sealed class WorkflowNodeBuilder
{
    private readonly List<ApproverRule> _rules = [];
    private WorkflowNode _node;

    internal WorkflowNodeBuilder(WorkflowNode node)
    {
        _node = node;
    }

    /// <summary>Sets the display name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The builder.</returns>
    public WorkflowNodeBuilder Named(string name) => Set(_node with { Name = name });

    /// <summary>Sets the next node.</summary>
    /// <param name="next">The next node id.</param>
    /// <returns>The builder.</returns>
    public WorkflowNodeBuilder Next(string next) => Set(_node with { Next = next });

    /// <summary>Adds an approver rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The builder.</returns>
    public WorkflowNodeBuilder Approvers(ApproverRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Add(rule);
        return this;
    }

    /// <summary>Adds named users.</summary>
    /// <param name="userIds">The user ids.</param>
    /// <returns>The builder.</returns>
    public WorkflowNodeBuilder Users(params string[] userIds) => Approvers(ApproverRule.ForUsers(userIds));

    /// <summary>Adds the members of a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The builder.</returns>
    public WorkflowNodeBuilder Role(string role) => Approvers(ApproverRule.ForRole(role));

    /// <summary>Adds the N-th level manager of the submitter.</summary>
    /// <param name="level">1 for the direct manager.</param>
    /// <returns>The builder.</returns>
    public WorkflowNodeBuilder Manager(int level = 1) => Approvers(ApproverRule.Manager(level));

    /// <summary>Adds consecutive managers (连续多级主管).</summary>
    /// <param name="maxLevel">The highest level (0 = bounded by the role only).</param>
    /// <param name="untilRole">The role that ends the chain, or <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public WorkflowNodeBuilder ManagerChain(int maxLevel, string? untilRole = null) => Approvers(ApproverRule.ManagerChain(maxLevel, untilRole));

    /// <summary>Sets how decisions combine.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The builder.</returns>
    public WorkflowNodeBuilder Mode(ApprovalMode mode) => Set(_node with { Mode = mode });

    /// <summary>Makes the node a vote needing a number of approvals.</summary>
    /// <param name="count">The approvals needed.</param>
    /// <returns>The builder.</returns>
    public WorkflowNodeBuilder VoteCount(int count) => Set(_node with { Mode = ApprovalMode.Vote, VoteCount = count, VotePercent = null });

    /// <summary>Makes the node a vote needing a percentage (rounded up) of approvals.</summary>
    /// <param name="percent">The percentage, 1 to 100.</param>
    /// <returns>The builder.</returns>
    public WorkflowNodeBuilder VotePercent(int percent) => Set(_node with { Mode = ApprovalMode.Vote, VotePercent = percent, VoteCount = null });

    /// <summary>Sets the form permission profile in force at the node.</summary>
    /// <param name="profile">The profile name.</param>
    /// <returns>The builder.</returns>
    public WorkflowNodeBuilder Permission(string profile) => Set(_node with { Permission = profile });

    /// <summary>Sets the node's timers.</summary>
    /// <param name="timeout">The timers.</param>
    /// <returns>The builder.</returns>
    public WorkflowNodeBuilder Timeout(NodeTimeout timeout) => Set(_node with { Timeout = timeout });

    /// <summary>Sends rejections back to a node (the start node returns to the submitter) instead of ending the instance.</summary>
    /// <param name="nodeId">The node id.</param>
    /// <returns>The builder.</returns>
    public WorkflowNodeBuilder RejectTo(string nodeId) => Set(_node with { RejectTo = nodeId });

    /// <summary>Sets what happens when the rules find nobody.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The builder.</returns>
    public WorkflowNodeBuilder WhenEmpty(EmptyApproverPolicy policy) => Set(_node with { EmptyApprovers = policy });

    internal WorkflowNode Build() => _node with { Approvers = _rules.ToArray() };

    private WorkflowNodeBuilder Set(WorkflowNode node)
    {
        _node = node;
        return this;
    }
}
