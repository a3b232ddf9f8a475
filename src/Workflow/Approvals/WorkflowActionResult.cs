using System.Collections.Generic;
using Formwork.Diagnostics;

namespace Formwork.Workflow;

/// <summary>The outcome of starting an instance or of an action: success with the saved instance, or the reason it was refused (nothing changed).</summary>
public sealed class WorkflowActionResult
{
    private WorkflowActionResult(WorkflowInstance? instance, IReadOnlyList<Diagnostic> errors, bool duplicate)
    {
        Instance = instance;
        Errors = errors;
        Error = errors.Count > 0 ? errors[0] : null;
        IsDuplicate = duplicate;
    }

    /// <summary>Gets a value indicating whether the action was applied (now or, for a duplicate, before).</summary>
    public bool Succeeded => Error is null;

    /// <summary>Gets a value indicating whether the idempotency key had already been applied, so nothing was done again.</summary>
    public bool IsDuplicate { get; }

    /// <summary>Gets the instance after the action (or as it is, for a refused action on an existing instance).</summary>
    public WorkflowInstance? Instance { get; }

    /// <summary>Gets why the action was refused (the first of <see cref="Errors"/>).</summary>
    public Diagnostic? Error { get; }

    /// <summary>
    /// Gets every reason the action was refused; empty on success. Usually one; field changes the form refuses give one
    /// entry per form error (each with its field path, such as <c>lines[0].quantity</c>).
    /// </summary>
    public IReadOnlyList<Diagnostic> Errors { get; }

    /// <summary>Returns the instance, or throws the refusal as a <see cref="FormworkException"/>.</summary>
    /// <returns>The instance.</returns>
    /// <exception cref="FormworkException">The action was refused.</exception>
    public WorkflowInstance GetInstanceOrThrow() => Error is null ? Instance! : throw new FormworkException(Errors);

    internal static WorkflowActionResult Applied(WorkflowInstance instance) => new(instance, [], false);

    internal static WorkflowActionResult Duplicate(WorkflowInstance instance) => new(instance, [], true);

    internal static WorkflowActionResult Refused(Diagnostic error, WorkflowInstance? instance) => new(instance, [error], false);

    internal static WorkflowActionResult Refused(IReadOnlyList<Diagnostic> errors, WorkflowInstance? instance) => new(instance, errors, false);
}
