using System;
using System.Collections.Generic;
using Formwork.Forms;
using Formwork.Identity;

namespace Formwork.Reporting;

/// <summary>
/// Which rows an actor sees: a default scope and wider scopes for roles (a sales rep sees their own records, a
/// manager their department's, an executive all). The widest scope of the actor's roles wins.
/// </summary>
public sealed record ScopePolicy
{
    /// <summary>Gets the policy that shows every row to everyone.</summary>
    public static ScopePolicy Unrestricted { get; } = new() { Default = RecordScope.All };

    /// <summary>Gets the scope of an actor without a listed role.</summary>
    public RecordScope Default { get; init; } = RecordScope.Own;

    /// <summary>Gets the scope per role (ordinal, case-insensitive role names).</summary>
    public IReadOnlyDictionary<string, RecordScope> Roles { get; init; } = new Dictionary<string, RecordScope>();

    /// <summary>Returns the scope of an actor: the widest of the default and the actor's roles.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The scope.</returns>
    public RecordScope Resolve(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var scope = Default;
        foreach (var (role, roleScope) in Roles)
        {
            if (actor.IsInRole(role) && Width(roleScope) > Width(scope))
            {
                scope = roleScope;
            }
        }

        return scope;
    }

    private static int Width(RecordScope scope) => scope switch
    {
        RecordScope.Own => 0,
        RecordScope.Department => 1,
        _ => 2,
    };
}
