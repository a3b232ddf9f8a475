namespace Formwork.Workflow;

/// <summary>What a node's timeout does to a task still pending after <see cref="NodeTimeout.AutoAfter"/>.</summary>
public enum TimeoutAction
{
    /// <summary>Nothing automatic.</summary>
    None,

    /// <summary>The task is approved by the system.</summary>
    AutoApprove,

    /// <summary>The task is rejected by the system.</summary>
    AutoReject,

    /// <summary>The task is transferred to <see cref="NodeTimeout.TransferTo"/>.</summary>
    Transfer,
}
