using System.Collections.Generic;
using System.Linq;
using Formwork.Diagnostics;

namespace Formwork.Workflow;

/// <summary>The outcome of loading or compiling a workflow definition: the compiled workflow, or the diagnostics that prevent it (never half-loaded).</summary>
public sealed class WorkflowLoadResult
{
    internal WorkflowLoadResult(CompiledWorkflow? workflow, IReadOnlyList<Diagnostic> diagnostics)
    {
        Workflow = workflow;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the compiled workflow, or <see langword="null"/> when there are errors.</summary>
    public CompiledWorkflow? Workflow { get; }

    /// <summary>Gets the diagnostics (codes <c>FWA00xx</c>, with JSON paths).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether the definition compiled.</summary>
    public bool Success => Workflow is not null;

    /// <summary>Returns the workflow or throws the errors.</summary>
    /// <returns>The compiled workflow.</returns>
    /// <exception cref="FormworkException">The definition has errors.</exception>
    public CompiledWorkflow GetWorkflowOrThrow() => Workflow ?? throw new FormworkException(Diagnostics.Where(d => d.IsError));
}
