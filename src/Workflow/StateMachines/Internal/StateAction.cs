using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>An entry, exit or internal-transition action, synchronous or asynchronous, optionally limited to one trigger.</summary>
internal sealed class StateAction<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    public StateAction(string description, Action<Transition<TState, TTrigger>>? sync, Func<Transition<TState, TTrigger>, Task>? async)
    {
        Description = description;
        Sync = sync;
        Async = async;
    }

    public string Description { get; }

    public Action<Transition<TState, TTrigger>>? Sync { get; }

    public Func<Transition<TState, TTrigger>, Task>? Async { get; }

    public bool IsAsync => Async is not null;

    /// <summary>Gets a value indicating whether the action runs only for one trigger (<c>OnEntryFrom</c>).</summary>
    public bool HasFromTrigger { get; init; }

    public TTrigger FromTrigger { get; init; } = default!;

    public TriggerWithParameters<TTrigger>? FromParameters { get; init; }

    public bool AppliesTo(TTrigger trigger) => !HasFromTrigger || EqualityComparer<TTrigger>.Default.Equals(FromTrigger, trigger);

    public static string Describe(Delegate action, string? description)
    {
        if (!string.IsNullOrWhiteSpace(description))
        {
            return description;
        }

        var name = action.Method.Name;
        return name.Contains('<', StringComparison.Ordinal) ? "unnamed action" : name;
    }
}
