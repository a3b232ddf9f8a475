namespace Formwork.Workflow;

/// <summary>The ways an <see cref="ApproverRule"/> finds approvers through the <see cref="Formwork.Identity.IOrganizationDirectory"/>.</summary>
public enum ApproverRuleKind
{
    /// <summary>Named users.</summary>
    Users,

    /// <summary>Every active member of a role.</summary>
    Role,

    /// <summary>The head of the submitter's main department, or of the department id held by a field.</summary>
    DepartmentHead,

    /// <summary>The N-th level manager of the submitter (1 = direct manager).</summary>
    Manager,

    /// <summary>Consecutive managers of the submitter (连续多级主管) up to a level, or up to the first manager in a role.</summary>
    ManagerChain,

    /// <summary>The user id(s) held by a user-picker field of the form.</summary>
    UserField,

    /// <summary>The submitter.</summary>
    Submitter,

    /// <summary>A formula returning a user id or a list of user ids.</summary>
    Formula,
}
