namespace Formwork.Workflow;

/// <summary>What happens when an approval node's rules resolve to nobody.</summary>
public enum EmptyApproverPolicy
{
    /// <summary>The node is approved automatically and the flow continues.</summary>
    AutoApprove,

    /// <summary>The task goes to the workflow's administrator (<see cref="WorkflowDefinition.AdminUserId"/>).</summary>
    RouteToAdmin,

    /// <summary>The action that reaches the node fails (a start is refused) and nothing changes.</summary>
    Refuse,
}
