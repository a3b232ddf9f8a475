using System.Collections.Generic;

namespace Formwork.Identity;

/// <summary>A department of the organisation.</summary>
public sealed record Department
{
    /// <summary>Gets the department's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the department's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the parent department's id; <see langword="null"/> for the root.</summary>
    public string? ParentId { get; init; }

    /// <summary>Gets the ids of the department's heads (主管).</summary>
    public IReadOnlyList<string> HeadIds { get; init; } = [];
}
