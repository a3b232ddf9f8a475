using Formwork.Identity;

namespace Formwork.Workflow;

/// <summary>Starts (submits) a workflow instance.</summary>
public sealed record StartWorkflowRequest
{
    /// <summary>Gets the workflow definition id.</summary>
    public required string DefinitionId { get; init; }

    /// <summary>Gets the version to start, or <see langword="null"/> for the latest deployed version.</summary>
    public int? Version { get; init; }

    /// <summary>Gets the submitter.</summary>
    public required Actor Submitter { get; init; }

    /// <summary>Gets the form data.</summary>
    public required RecordData Data { get; init; }

    /// <summary>Gets the instance id, or <see langword="null"/> to derive one from the idempotency key.</summary>
    public string? InstanceId { get; init; }

    /// <summary>Gets the idempotency key: starting twice with the same key starts once.</summary>
    public required string IdempotencyKey { get; init; }
}
