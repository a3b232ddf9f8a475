namespace Formwork.Workflow;

/// <summary>The lifecycle status of a workflow instance.</summary>
public enum WorkflowStatus
{
    /// <summary>Created, not yet submitted.</summary>
    Draft,

    /// <summary>Submitted and moving through its nodes.</summary>
    Running,

    /// <summary>Returned (退回) to the submitter, who may edit and resubmit or withdraw.</summary>
    Returned,

    /// <summary>Reached an end node: approved.</summary>
    Approved,

    /// <summary>Rejected.</summary>
    Rejected,

    /// <summary>Withdrawn (撤回) by the submitter.</summary>
    Withdrawn,
}
