using System;
using Formwork.Diagnostics;

namespace Formwork.Workflow.Internal;

/// <summary>Thrown inside an action to refuse it; the engine turns it into a refused result and saves nothing.</summary>
internal sealed class WorkflowRefusal : Exception
{
    public WorkflowRefusal(Diagnostic diagnostic)
        : base(diagnostic.Message)
    {
        Diagnostic = diagnostic;
    }

    public WorkflowRefusal()
    {
        Diagnostic = Diagnostic.Error(WorkflowMessages.InvalidJson, null, null);
    }

    public WorkflowRefusal(string message)
        : base(message)
    {
        Diagnostic = Diagnostic.Error(WorkflowMessages.InvalidJson, null, null, ("error", message));
    }

    public WorkflowRefusal(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostic = Diagnostic.Error(WorkflowMessages.InvalidJson, null, null, ("error", message));
    }

    public Diagnostic Diagnostic { get; }

    public static WorkflowRefusal Of(MessageTemplate template, params (string Name, object? Value)[] arguments) =>
        new(Diagnostic.Error(template, null, null, arguments));
}
