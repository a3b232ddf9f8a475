using System;

namespace Formwork.Stores;

/// <summary>
/// A domain or integration event waiting for the host to deliver it (IM notification, ERP sync, webhook).
/// Written in the same unit of work as the change that caused it, so nothing is announced that did not happen.
/// </summary>
public sealed record OutboxMessage
{
    /// <summary>Gets the message id; enqueueing the same id twice keeps one message.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the message type, such as <c>workflow.task.assigned</c> or <c>formwork.notification</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the payload as JSON.</summary>
    public required string Payload { get; init; }

    /// <summary>Gets when the event happened.</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>Gets what the event is about, such as <c>contract/c-1</c>, to let hosts partition delivery.</summary>
    public string? Subject { get; init; }

    /// <summary>Gets the id that ties related messages together (a workflow instance, an import).</summary>
    public string? CorrelationId { get; init; }
}
