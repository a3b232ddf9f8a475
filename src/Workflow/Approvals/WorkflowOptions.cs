namespace Formwork.Workflow;

/// <summary>Options of the <see cref="WorkflowEngine"/>.</summary>
public sealed class WorkflowOptions
{
    /// <summary>Gets or sets how often an action is retried when another action saved the instance first.</summary>
    /// <value>The default value is <see cref="WorkflowConstants.DefaultMaxConcurrencyRetries"/>.</value>
    public int MaxConcurrencyRetries { get; set; } = WorkflowConstants.DefaultMaxConcurrencyRetries;

    /// <summary>Gets or sets how many due timers <see cref="WorkflowEngine.ProcessDueTimersAsync"/> takes from the store at once.</summary>
    /// <value>The default value is <see cref="WorkflowConstants.DefaultTimerBatchSize"/>.</value>
    public int TimerBatchSize { get; set; } = WorkflowConstants.DefaultTimerBatchSize;

    /// <summary>Gets or sets the most nodes one action may pass through (a guard; checked definitions have no loops).</summary>
    /// <value>The default value is <see cref="WorkflowConstants.DefaultMaxStepsPerAction"/>.</value>
    public int MaxStepsPerAction { get; set; } = WorkflowConstants.DefaultMaxStepsPerAction;

    /// <summary>Gets or sets the role whose members may view every instance.</summary>
    /// <value>The default value is <see cref="WorkflowConstants.DefaultAdminRole"/>.</value>
    public string AdminRole { get; set; } = WorkflowConstants.DefaultAdminRole;
}
