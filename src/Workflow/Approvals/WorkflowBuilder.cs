using System;
using System.Collections.Generic;

namespace Formwork.Workflow;

/// <summary>
/// Builds a <see cref="WorkflowDefinition"/> in C#: the same model the JSON loader produces, checked by the same
/// <see cref="WorkflowDefinitionLoader.Compile(WorkflowDefinition, Formwork.Forms.CompiledForm?)"/>. Every method returns the receiver.
/// </summary>
/// <example>
/// <code>
/// var definition = new WorkflowBuilder("leave", 1)
///     .Start("start", "manager")
///     .Approval("manager", n => n.Manager(1).Next("end"))
///     .End("end")
///     .Build();
/// </code>
/// </example>
public sealed class WorkflowBuilder
{
    private readonly List<WorkflowNode> _nodes = [];
    private WorkflowDefinition _definition;

    /// <summary>Starts a definition.</summary>
    /// <param name="id">The definition id.</param>
    /// <param name="version">The version.</param>
    public WorkflowBuilder(string id, int version = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        _definition = new WorkflowDefinition { Id = id, Version = version };
    }

    /// <summary>Sets the display name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The builder.</returns>
    public WorkflowBuilder Named(string name) => Set(_definition with { Name = name });

    /// <summary>Sets the id of the form the workflow runs on.</summary>
    /// <param name="formId">The form id.</param>
    /// <returns>The builder.</returns>
    public WorkflowBuilder ForForm(string formId) => Set(_definition with { FormId = formId });

    /// <summary>Sets the policy for empty approver sets.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="adminUserId">The administrator for <see cref="EmptyApproverPolicy.RouteToAdmin"/>.</param>
    /// <returns>The builder.</returns>
    public WorkflowBuilder WhenNoApprovers(EmptyApproverPolicy policy, string? adminUserId = null) => Set(_definition with { EmptyApprovers = policy, AdminUserId = adminUserId ?? _definition.AdminUserId });

    /// <summary>Approves the submitter's own tasks automatically.</summary>
    /// <returns>The builder.</returns>
    public WorkflowBuilder AutoApproveSubmitter() => Set(_definition with { AutoApproveSubmitter = true });

    /// <summary>Approves automatically an approver who approved the previous approval node (自动去重).</summary>
    /// <returns>The builder.</returns>
    public WorkflowBuilder DeduplicateApprovers() => Set(_definition with { DeduplicateApprovers = true });

    /// <summary>Sets the permission profile of read-only views by viewers whose node has no profile (and by administrators).</summary>
    /// <param name="permission">The profile name.</param>
    /// <returns>The builder.</returns>
    public WorkflowBuilder ViewPermission(string permission) => Set(_definition with { ViewPermission = permission });

    /// <summary>Lets members of a directory role view every instance read-only with a permission profile.</summary>
    /// <param name="role">The role.</param>
    /// <param name="permission">The profile name their view uses.</param>
    /// <returns>The builder.</returns>
    public WorkflowBuilder Viewers(string role, string permission) =>
        Set(_definition with { ViewerRoles = new Dictionary<string, string>(_definition.ViewerRoles, StringComparer.Ordinal) { [role] = permission } });

    /// <summary>Adds the start node.</summary>
    /// <param name="id">The node id.</param>
    /// <param name="next">The next node.</param>
    /// <param name="permission">The submitter's permission profile when editing after a return.</param>
    /// <returns>The builder.</returns>
    public WorkflowBuilder Start(string id, string next, string? permission = null) => Add(new WorkflowNode { Id = id, Kind = WorkflowNodeKind.Start, Next = next, Permission = permission });

    /// <summary>Adds an approval node.</summary>
    /// <param name="id">The node id.</param>
    /// <param name="configure">Configures approvers, mode, next node, permissions and timers.</param>
    /// <returns>The builder.</returns>
    public WorkflowBuilder Approval(string id, Action<WorkflowNodeBuilder> configure) => Configured(id, WorkflowNodeKind.Approval, configure);

    /// <summary>Adds a handler node.</summary>
    /// <param name="id">The node id.</param>
    /// <param name="configure">Configures handlers, next node and permissions.</param>
    /// <returns>The builder.</returns>
    public WorkflowBuilder Handler(string id, Action<WorkflowNodeBuilder> configure) => Configured(id, WorkflowNodeKind.Handler, configure);

    /// <summary>Adds a carbon-copy node.</summary>
    /// <param name="id">The node id.</param>
    /// <param name="configure">Configures recipients and next node.</param>
    /// <returns>The builder.</returns>
    public WorkflowBuilder CarbonCopy(string id, Action<WorkflowNodeBuilder> configure) => Configured(id, WorkflowNodeKind.CarbonCopy, configure);

    /// <summary>Adds a condition node.</summary>
    /// <param name="id">The node id.</param>
    /// <param name="configure">Adds the branches.</param>
    /// <returns>The builder.</returns>
    public WorkflowBuilder Condition(string id, Action<ConditionBranchBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var branches = new ConditionBranchBuilder();
        configure(branches);
        return Add(new WorkflowNode { Id = id, Kind = WorkflowNodeKind.Condition, Branches = branches.Build() });
    }

    /// <summary>Adds a parallel fork.</summary>
    /// <param name="id">The node id.</param>
    /// <param name="targets">The branch targets.</param>
    /// <returns>The builder.</returns>
    public WorkflowBuilder Fork(string id, params string[] targets) => Add(new WorkflowNode { Id = id, Kind = WorkflowNodeKind.Fork, Targets = targets });

    /// <summary>Adds a parallel join.</summary>
    /// <param name="id">The node id.</param>
    /// <param name="fork">The fork it closes.</param>
    /// <param name="next">The next node.</param>
    /// <param name="mode">Whether it waits for all branches or any.</param>
    /// <returns>The builder.</returns>
    public WorkflowBuilder Join(string id, string fork, string next, JoinMode mode = JoinMode.All) => Add(new WorkflowNode { Id = id, Kind = WorkflowNodeKind.Join, Fork = fork, Next = next, JoinMode = mode });

    /// <summary>Adds an automation node.</summary>
    /// <param name="id">The node id.</param>
    /// <param name="action">The name of the registered <see cref="IWorkflowAutomation"/>.</param>
    /// <param name="next">The next node.</param>
    /// <returns>The builder.</returns>
    public WorkflowBuilder Automation(string id, string action, string next) => Add(new WorkflowNode { Id = id, Kind = WorkflowNodeKind.Automation, Action = action, Next = next });

    /// <summary>Adds an end node.</summary>
    /// <param name="id">The node id.</param>
    /// <returns>The builder.</returns>
    public WorkflowBuilder End(string id) => Add(new WorkflowNode { Id = id, Kind = WorkflowNodeKind.End });

    /// <summary>Adds a node built elsewhere.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The builder.</returns>
    public WorkflowBuilder Add(WorkflowNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _nodes.Add(node);
        return this;
    }

    /// <summary>Returns the definition (not yet checked: compile it with a <see cref="WorkflowDefinitionLoader"/>).</summary>
    /// <returns>The definition.</returns>
    public WorkflowDefinition Build() => _definition with { Nodes = _nodes.ToArray() };

    private WorkflowBuilder Configured(string id, WorkflowNodeKind kind, Action<WorkflowNodeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var node = new WorkflowNodeBuilder(new WorkflowNode { Id = id, Kind = kind });
        configure(node);
        return Add(node.Build());
    }

    private WorkflowBuilder Set(WorkflowDefinition definition)
    {
        _definition = definition;
        return this;
    }
}
