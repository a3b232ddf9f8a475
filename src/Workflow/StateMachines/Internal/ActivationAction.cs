using System;
using System.Threading.Tasks;

namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>An <c>OnActivate</c> or <c>OnDeactivate</c> action, synchronous or asynchronous.</summary>
internal sealed class ActivationAction
{
    public ActivationAction(string description, Action? sync, Func<Task>? async)
    {
        Description = description;
        Sync = sync;
        Async = async;
    }

    public string Description { get; }

    public Action? Sync { get; }

    public Func<Task>? Async { get; }

    public bool IsAsync => Async is not null;
}
