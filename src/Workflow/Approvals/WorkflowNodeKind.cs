namespace Formwork.Workflow;

/// <summary>The kinds of node in an approval workflow.</summary>
public enum WorkflowNodeKind
{
    /// <summary>The single entry node: the submitter (发起人). Its permission profile applies when the submitter edits after a return.</summary>
    Start,

    /// <summary>An approval node (审批): its approvers approve, reject or return.</summary>
    Approval,

    /// <summary>A handler node (办理): its handlers fill in or edit fields and complete; no decision.</summary>
    Handler,

    /// <summary>A carbon-copy node (抄送): its recipients are notified and may view; the flow continues at once.</summary>
    CarbonCopy,

    /// <summary>An exclusive condition branch: the first branch whose condition is true is taken, else the default branch.</summary>
    Condition,

    /// <summary>A parallel fork: every target runs at once until the matching <see cref="Join"/>.</summary>
    Fork,

    /// <summary>A parallel join: waits for all branches of its fork, or for any one of them.</summary>
    Join,

    /// <summary>An automation node: calls a host-registered <see cref="IWorkflowAutomation"/> and continues.</summary>
    Automation,

    /// <summary>An end node: reaching it approves the instance.</summary>
    End,
}
