using System.Collections.Generic;
using Formwork.Identity;

namespace Formwork.Workflow;

/// <summary>An action by a person on an instance. Which properties apply depends on <see cref="Kind"/>.</summary>
public sealed record WorkflowAction
{
    /// <summary>Gets the instance id.</summary>
    public required string InstanceId { get; init; }

    /// <summary>Gets the action.</summary>
    public required WorkflowActionKind Kind { get; init; }

    /// <summary>Gets who acts.</summary>
    public required Actor Actor { get; init; }

    /// <summary>Gets the idempotency key: repeating an action with the same key applies it once.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>Gets the actor's task the action is on, or <see langword="null"/> for their (first) pending task.</summary>
    public string? TaskId { get; init; }

    /// <summary>Gets the comment (opinion) recorded with the action.</summary>
    public string? Comment { get; init; }

    /// <summary>Gets the field values the actor changes (only fields writable at the node).</summary>
    public RecordData? Changes { get; init; }

    /// <summary>Gets the node a <see cref="WorkflowActionKind.Return"/> goes back to, or <see langword="null"/> for the submitter.</summary>
    public string? TargetNodeId { get; init; }

    /// <summary>Gets the user of a transfer (exactly one) or the signers of an add-signer action (one or more).</summary>
    public IReadOnlyList<string> TargetUsers { get; init; } = [];

    /// <summary>Gets where added signers decide.</summary>
    /// <value>The default value is <see cref="AddSignerPosition.Before"/>.</value>
    public AddSignerPosition SignerPosition { get; init; }

    /// <summary>Gets a value indicating whether several signers added <see cref="AddSignerPosition.Before"/> decide one after another in the order of <see cref="TargetUsers"/> (<see langword="true"/>) or all at once (<see langword="false"/>); the adding approver's task waits until every one of them approved.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool SignInOrder { get; init; }
}
