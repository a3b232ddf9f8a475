using System;
using System.Collections.Generic;
using System.Linq;

namespace Formwork.Identity;

/// <summary>
/// Who is acting: the user id the host authenticated, with the roles and departments the host knows for them.
/// Formwork never authenticates; it trusts the actor the host passes.
/// </summary>
public sealed class Actor
{
    /// <summary>Creates an actor.</summary>
    /// <param name="userId">The user's id in the host.</param>
    /// <param name="roles">The user's roles, such as <c>sales</c> or <c>finance</c>.</param>
    /// <param name="departments">The ids of the user's departments, main department first.</param>
    /// <param name="displayName">The name to show in audit trails and notifications.</param>
    public Actor(string userId, IEnumerable<string>? roles = null, IEnumerable<string>? departments = null, string? displayName = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        UserId = userId;
        Roles = (roles ?? []).ToArray();
        Departments = (departments ?? []).ToArray();
        DisplayName = displayName ?? userId;
    }

    /// <summary>Gets the actor that stands for Formwork itself (timers, rules, automations).</summary>
    public static Actor System { get; } = new("system", ["system"], null, "System");

    /// <summary>Gets the user's id in the host.</summary>
    public string UserId { get; }

    /// <summary>Gets the name to show.</summary>
    public string DisplayName { get; }

    /// <summary>Gets the user's roles.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>Gets the ids of the user's departments, main department first.</summary>
    public IReadOnlyList<string> Departments { get; }

    /// <summary>Gets the main department, when the user has one.</summary>
    public string? MainDepartment => Departments.Count > 0 ? Departments[0] : null;

    /// <summary>Returns whether the actor has a role (ordinal, case-insensitive).</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when the actor has the role.</returns>
    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns whether the actor belongs to a department (directly).</summary>
    /// <param name="departmentId">The department id.</param>
    /// <returns><see langword="true"/> when the actor is a member.</returns>
    public bool IsInDepartment(string departmentId) => Departments.Contains(departmentId, StringComparer.Ordinal);

    /// <summary>Returns the user id.</summary>
    /// <returns>The user id.</returns>
    public override string ToString() => UserId;
}
