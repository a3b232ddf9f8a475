namespace Formwork.Workflow;

/// <summary>How the decisions of several approvers on one node combine.</summary>
public enum ApprovalMode
{
    /// <summary>One approver decides (the first resolved approver gets the task).</summary>
    Single,

    /// <summary>Countersign (会签): every approver must approve; any rejection rejects the node.</summary>
    Countersign,

    /// <summary>Or-sign (或签): the first decision of anyone in the group counts.</summary>
    OrSign,

    /// <summary>Vote: the node passes when the approvals reach a threshold (a count, or a percentage rounded up).</summary>
    Vote,

    /// <summary>Sequential (依次审批): the approvers decide one after another in order; all must approve.</summary>
    Sequential,
}
