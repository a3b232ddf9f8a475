using System.Collections.Generic;

namespace Formwork.Identity;

/// <summary>A user as the organisation directory knows them.</summary>
public sealed record DirectoryUser
{
    /// <summary>Gets the user's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the user's display name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the ids of the user's departments, main department first.</summary>
    public IReadOnlyList<string> Departments { get; init; } = [];

    /// <summary>Gets the user's roles.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Gets the user's direct manager, when set explicitly; otherwise the head of the main department is the manager.</summary>
    public string? ManagerId { get; init; }

    /// <summary>Gets the user's mobile number, for SMS notifications.</summary>
    public string? Mobile { get; init; }

    /// <summary>Gets the user's email address.</summary>
    public string? Email { get; init; }

    /// <summary>Gets a value indicating whether the user is active; inactive users are never chosen as approvers.</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>Returns an <see cref="Actor"/> for this user.</summary>
    /// <returns>The actor.</returns>
    public Actor ToActor() => new(Id, Roles, Departments, Name);
}
