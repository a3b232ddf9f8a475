using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Identity;

/// <summary>
/// The host's organisation: users, departments, heads, managers and roles. Approver rules ("the submitter's
/// manager two levels up", "the Finance department head", "everyone with role legal") are answered here.
/// The host implements it over its own user system; <see cref="InMemoryOrganizationDirectory"/> is the default.
/// </summary>
public interface IOrganizationDirectory
{
    /// <summary>Finds a user.</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user, or <see langword="null"/> when unknown.</returns>
    ValueTask<DirectoryUser?> FindUserAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Finds a department.</summary>
    /// <param name="departmentId">The department id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The department, or <see langword="null"/> when unknown.</returns>
    ValueTask<Department?> FindDepartmentAsync(string departmentId, CancellationToken cancellationToken = default);

    /// <summary>Returns the ids of a department's members.</summary>
    /// <param name="departmentId">The department id.</param>
    /// <param name="includeSubdepartments">Whether members of descendant departments count too.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member ids, in a stable order; empty for an unknown department.</returns>
    ValueTask<IReadOnlyList<string>> GetDepartmentMembersAsync(string departmentId, bool includeSubdepartments = false, CancellationToken cancellationToken = default);

    /// <summary>Returns the ids of a department's heads; a department without heads answers with its parent's heads.</summary>
    /// <param name="departmentId">The department id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The head ids; empty when no department up the tree has a head.</returns>
    ValueTask<IReadOnlyList<string>> GetDepartmentHeadsAsync(string departmentId, CancellationToken cancellationToken = default);

    /// <summary>Returns a user's managers going up: the direct manager first, then theirs, at most <paramref name="levels"/> of them.</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="levels">How many levels up at most (1 = the direct manager only).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The manager ids, nearest first; shorter than <paramref name="levels"/> when the chain ends.</returns>
    ValueTask<IReadOnlyList<string>> GetManagerChainAsync(string userId, int levels, CancellationToken cancellationToken = default);

    /// <summary>Returns the ids of the users who have a role.</summary>
    /// <param name="role">The role.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user ids, in a stable order.</returns>
    ValueTask<IReadOnlyList<string>> GetRoleMembersAsync(string role, CancellationToken cancellationToken = default);
}
