namespace Formwork.Workflow;

/// <summary>The defaults of <see cref="WorkflowOptions"/> and the names the engine uses in stores.</summary>
public static class WorkflowConstants
{
    /// <summary>The <see cref="Formwork.Auditing.AuditEntry.SubjectType"/> of workflow instances.</summary>
    public const string AuditSubjectType = "workflow-instance";

    /// <summary>The default of <see cref="WorkflowOptions.MaxConcurrencyRetries"/>.</summary>
    public const int DefaultMaxConcurrencyRetries = 64;

    /// <summary>The default of <see cref="WorkflowOptions.TimerBatchSize"/>.</summary>
    public const int DefaultTimerBatchSize = 500;

    /// <summary>The default of <see cref="WorkflowOptions.MaxStepsPerAction"/>.</summary>
    public const int DefaultMaxStepsPerAction = 1000;

    /// <summary>The default of <see cref="WorkflowOptions.AdminRole"/>.</summary>
    public const string DefaultAdminRole = "workflow-admin";

    /// <summary>The prefix every workflow timer kind starts with; the engine takes only these from a shared due-item store.</summary>
    public const string TimerKindPrefix = "workflow.";

    /// <summary>The <see cref="Formwork.Stores.DueItem.Kind"/> of reminder timers.</summary>
    public const string RemindTimer = "workflow.remind";

    /// <summary>The <see cref="Formwork.Stores.DueItem.Kind"/> of escalation timers.</summary>
    public const string EscalateTimer = "workflow.escalate";

    /// <summary>The <see cref="Formwork.Stores.DueItem.Kind"/> of automatic-action timers.</summary>
    public const string AutoActionTimer = "workflow.auto";
}
