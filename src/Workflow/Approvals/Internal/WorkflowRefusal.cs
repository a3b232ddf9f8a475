using System;
using System.Collections.Generic;
using Formwork.Diagnostics;

namespace Formwork.Workflow.Internal;

/// <summary>Thrown inside an action to refuse it; the engine turns it into a refused result and saves nothing.</summary>
internal sealed class WorkflowRefusal : Exception
{
    public WorkflowRefusal(Diagnostic diagnostic)
        : base(diagnostic.Message)
    {
        Diagnostic = diagnostic;
        Diagnostics = [diagnostic];
    }

    /// <summary>Initializes a refusal with several reasons (a form's errors); <see cref="Diagnostic"/> is the first.</summary>
    public WorkflowRefusal(IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics[0].Message)
    {
        Diagnostic = diagnostics[0];
        Diagnostics = diagnostics;
    }

    public WorkflowRefusal()
    {
        Diagnostic = Diagnostic.Error(WorkflowMessages.InvalidJson, null, null);
        Diagnostics = [Diagnostic];
    }

    public WorkflowRefusal(string message)
        : base(message)
    {
        Diagnostic = Diagnostic.Error(WorkflowMessages.InvalidJson, null, null, ("error", message));
        Diagnostics = [Diagnostic];
    }

    public WorkflowRefusal(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostic = Diagnostic.Error(WorkflowMessages.InvalidJson, null, null, ("error", message));
        Diagnostics = [Diagnostic];
    }

    public Diagnostic Diagnostic { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public static WorkflowRefusal At(MessageTemplate template, string path, params (string Name, object? Value)[] arguments) =>
        new(Diagnostic.Error(template, path, null, arguments));

    public static WorkflowRefusal Of(MessageTemplate template, params (string Name, object? Value)[] arguments) =>
        new(Diagnostic.Error(template, null, null, arguments));
}
