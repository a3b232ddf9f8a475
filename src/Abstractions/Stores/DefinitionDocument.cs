using System;

namespace Formwork.Stores;

/// <summary>One published version of a definition (a form, workflow, rule set or report) as JSON.</summary>
public sealed record DefinitionDocument
{
    /// <summary>Gets the kind of definition, such as <c>form</c>, <c>workflow</c>, <c>rules</c>, <c>report</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the definition id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the version: 1 for the first publication, +1 for each later one.</summary>
    public int Version { get; init; }

    /// <summary>Gets the definition JSON.</summary>
    public required string Content { get; init; }

    /// <summary>Gets when this version was published.</summary>
    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>Gets who published this version.</summary>
    public string? PublishedBy { get; init; }
}
