using System;

namespace Formwork.Stores;

/// <summary>
/// Something that must happen at a time: a workflow reminder or escalation, a time-based rule ("no action for 24 h").
/// The engines schedule them; the host's loop asks for the due ones with the clock of a <see cref="TimeProvider"/>.
/// </summary>
public sealed record DueItem
{
    /// <summary>Gets the id; scheduling the same id again replaces the item (reschedules it).</summary>
    public required string Id { get; init; }

    /// <summary>Gets what kind of item it is, so the right engine handles it, such as <c>workflow.timeout</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets when it is due.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Gets the data the handling engine needs, as JSON.</summary>
    public string Payload { get; init; } = "{}";

    /// <summary>Gets what the item is about, such as a workflow instance id, so all of a subject's items can be cancelled.</summary>
    public string? Subject { get; init; }
}
