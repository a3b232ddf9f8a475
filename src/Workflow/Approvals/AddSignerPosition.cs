namespace Formwork.Workflow;

/// <summary>Where an added signer (加签) decides relative to the approver who adds them.</summary>
public enum AddSignerPosition
{
    /// <summary>Before (前加签): the signer decides first; the adding approver's task waits, then returns to them.</summary>
    Before,

    /// <summary>After (后加签): the adding approver approves now; the node completes only when the signer approves too.</summary>
    After,

    /// <summary>In parallel: the signer joins the node's approvers and counts in its approval mode.</summary>
    Parallel,
}
