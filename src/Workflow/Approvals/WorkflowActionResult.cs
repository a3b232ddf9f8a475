using Formwork.Diagnostics;

namespace Formwork.Workflow;

/// <summary>The outcome of starting an instance or of an action: success with the saved instance, or the reason it was refused (nothing changed).</summary>
public sealed class WorkflowActionResult
{
    private WorkflowActionResult(WorkflowInstance? instance, Diagnostic? error, bool duplicate)
    {
        Instance = instance;
        Error = error;
        IsDuplicate = duplicate;
    }

    /// <summary>Gets a value indicating whether the action was applied (now or, for a duplicate, before).</summary>
    public bool Succeeded => Error is null;

    /// <summary>Gets a value indicating whether the idempotency key had already been applied, so nothing was done again.</summary>
    public bool IsDuplicate { get; }

    /// <summary>Gets the instance after the action (or as it is, for a refused action on an existing instance).</summary>
    public WorkflowInstance? Instance { get; }

    /// <summary>Gets why the action was refused.</summary>
    public Diagnostic? Error { get; }

    /// <summary>Returns the instance, or throws the refusal as a <see cref="FormworkException"/>.</summary>
    /// <returns>The instance.</returns>
    /// <exception cref="FormworkException">The action was refused.</exception>
    public WorkflowInstance GetInstanceOrThrow() => Error is null ? Instance! : throw new FormworkException(Error);

    internal static WorkflowActionResult Applied(WorkflowInstance instance) => new(instance, null, false);

    internal static WorkflowActionResult Duplicate(WorkflowInstance instance) => new(instance, null, true);

    internal static WorkflowActionResult Refused(Diagnostic error, WorkflowInstance? instance) => new(instance, error, false);
}
