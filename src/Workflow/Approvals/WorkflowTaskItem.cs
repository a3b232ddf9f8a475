namespace Formwork.Workflow;

/// <summary>A task with its instance, as listed by the inbox and acted-on queries.</summary>
/// <param name="Instance">The instance.</param>
/// <param name="Task">The task.</param>
public sealed record WorkflowTaskItem(WorkflowInstance Instance, ApprovalTask Task);
