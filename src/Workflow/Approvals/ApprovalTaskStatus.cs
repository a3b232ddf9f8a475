namespace Formwork.Workflow;

/// <summary>The status of one person's task on a node.</summary>
public enum ApprovalTaskStatus
{
    /// <summary>Not yet this person's turn (sequential approval, or waiting for a signer added before them).</summary>
    Waiting,

    /// <summary>Waiting for this person's decision: it is in their inbox.</summary>
    Pending,

    /// <summary>Approved (or, on a handler node, completed).</summary>
    Approved,

    /// <summary>Approved automatically (empty approver set, submitter is approver, same approver as the previous node, timeout).</summary>
    AutoApproved,

    /// <summary>Rejected.</summary>
    Rejected,

    /// <summary>Returned (退回) by this person.</summary>
    Returned,

    /// <summary>Transferred (转办) to someone else.</summary>
    Transferred,

    /// <summary>No longer needed: the node was decided by others, the instance ended or was returned.</summary>
    Cancelled,

    /// <summary>A carbon copy (抄送): informational only.</summary>
    CarbonCopied,
}
