namespace Formwork.Workflow.StateMachines;

/// <summary>Describes an entry, exit, activation or deactivation action of a state.</summary>
public sealed class ActionInfo
{
    internal ActionInfo(string description, bool isAsync, object? fromTrigger)
    {
        Description = description;
        IsAsync = isAsync;
        FromTrigger = fromTrigger;
    }

    /// <summary>Gets the description given when configuring (default: the method name).</summary>
    public string Description { get; }

    /// <summary>Gets a value indicating whether the action is asynchronous.</summary>
    public bool IsAsync { get; }

    /// <summary>Gets the trigger an <c>OnEntryFrom</c> action is limited to, or <see langword="null"/>.</summary>
    public object? FromTrigger { get; }

    /// <summary>Returns the description.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Description;
}
