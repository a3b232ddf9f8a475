namespace Formwork.Workflow;

/// <summary>When a parallel join lets the flow continue.</summary>
public enum JoinMode
{
    /// <summary>When every branch of the fork has arrived.</summary>
    All,

    /// <summary>When the first branch arrives; the other branches are cancelled.</summary>
    Any,
}
