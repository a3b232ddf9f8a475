using System;
using System.Collections.Generic;
using Formwork.Identity;

namespace Formwork.Reporting;

/// <summary>
/// Which rows an actor sees: a default scope and wider scopes for roles (a sales rep sees their own records, a
/// manager their department's, an executive all). The widest scope of the actor's roles wins.
/// </summary>
public sealed record ScopePolicy
{
    /// <summary>Gets the policy that shows every row to everyone.</summary>
    public static ScopePolicy Unrestricted { get; } = new() { Default = RowScope.All };

    /// <summary>Gets the scope of an actor without a listed role.</summary>
    public RowScope Default { get; init; } = RowScope.Own;

    /// <summary>Gets the scope per role (ordinal, case-insensitive role names).</summary>
    public IReadOnlyDictionary<string, RowScope> Roles { get; init; } = new Dictionary<string, RowScope>();

    /// <summary>Returns the scope of an actor: the widest of the default and the actor's roles.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The scope.</returns>
    public RowScope Resolve(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var scope = Default;
        foreach (var (role, roleScope) in Roles)
        {
            if (actor.IsInRole(role) && roleScope > scope)
            {
                scope = roleScope;
            }
        }

        return scope;
    }
}
