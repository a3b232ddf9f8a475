namespace Formwork.Workflow;

/// <summary>The actions a person can take on a running workflow instance.</summary>
public enum WorkflowActionKind
{
    /// <summary>Approve the actor's pending task (on a handler node: complete it).</summary>
    Approve,

    /// <summary>Reject: ends the instance, or returns to the node's configured <see cref="WorkflowNode.RejectTo"/>.</summary>
    Reject,

    /// <summary>Return (退回) to the submitter or to an earlier node.</summary>
    Return,

    /// <summary>Resubmit after a return (the submitter).</summary>
    Resubmit,

    /// <summary>Transfer (转办) the actor's task to another user.</summary>
    Transfer,

    /// <summary>Add a signer (加签) before, after or in parallel.</summary>
    AddSigner,

    /// <summary>Withdraw (撤回) by the submitter before the first decision.</summary>
    Withdraw,

    /// <summary>Urge (催办) the current approvers (the submitter).</summary>
    Urge,

    /// <summary>Add a comment (the submitter or a participant).</summary>
    Comment,
}
