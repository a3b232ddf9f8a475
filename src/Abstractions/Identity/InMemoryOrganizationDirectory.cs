using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Identity;

/// <summary>
/// An <see cref="IOrganizationDirectory"/> held in memory: for tests, samples, simulation and small hosts.
/// Safe for concurrent readers and writers. A user's manager is their explicit <see cref="DirectoryUser.ManagerId"/>,
/// otherwise the head of their main department (or, for the head themself, the head of the parent department).
/// </summary>
public sealed class InMemoryOrganizationDirectory : IOrganizationDirectory
{
    private readonly object _gate = new();
    private readonly Dictionary<string, DirectoryUser> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Department> _departments = new(StringComparer.Ordinal);

    /// <summary>Adds or replaces a user.</summary>
    /// <param name="user">The user.</param>
    /// <returns>This directory.</returns>
    public InMemoryOrganizationDirectory AddUser(DirectoryUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(user.Id, nameof(user));
        lock (_gate)
        {
            _users[user.Id] = user;
        }

        return this;
    }

    /// <summary>Adds or replaces a department.</summary>
    /// <param name="department">The department.</param>
    /// <returns>This directory.</returns>
    public InMemoryOrganizationDirectory AddDepartment(Department department)
    {
        ArgumentNullException.ThrowIfNull(department);
        ArgumentException.ThrowIfNullOrEmpty(department.Id, nameof(department));
        lock (_gate)
        {
            _departments[department.Id] = department;
        }

        return this;
    }

    /// <summary>Gets every user, ordered by id.</summary>
    public IReadOnlyList<DirectoryUser> Users
    {
        get
        {
            lock (_gate)
            {
                return _users.Values.OrderBy(u => u.Id, StringComparer.Ordinal).ToArray();
            }
        }
    }

    /// <summary>Gets every department, ordered by id.</summary>
    public IReadOnlyList<Department> Departments
    {
        get
        {
            lock (_gate)
            {
                return _departments.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<DirectoryUser?> FindUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        lock (_gate)
        {
            return new(_users.GetValueOrDefault(userId));
        }
    }

    /// <inheritdoc />
    public ValueTask<Department?> FindDepartmentAsync(string departmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(departmentId);
        lock (_gate)
        {
            return new(_departments.GetValueOrDefault(departmentId));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> GetDepartmentMembersAsync(string departmentId, bool includeSubdepartments = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(departmentId);
        lock (_gate)
        {
            var departments = new HashSet<string>(StringComparer.Ordinal) { departmentId };
            if (includeSubdepartments)
            {
                var added = true;
                while (added)
                {
                    added = false;
                    foreach (var d in _departments.Values)
                    {
                        if (d.ParentId is not null && departments.Contains(d.ParentId) && departments.Add(d.Id))
                        {
                            added = true;
                        }
                    }
                }
            }

            IReadOnlyList<string> members = _users.Values
                .Where(u => u.IsActive && u.Departments.Any(departments.Contains))
                .Select(u => u.Id)
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToArray();
            return new(members);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> GetDepartmentHeadsAsync(string departmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(departmentId);
        lock (_gate)
        {
            return new(HeadsOf(departmentId, excluding: null));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> GetManagerChainAsync(string userId, int levels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentOutOfRangeException.ThrowIfNegative(levels);
        lock (_gate)
        {
            var chain = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal) { userId };
            var current = userId;
            while (chain.Count < levels)
            {
                var manager = ManagerOf(current);
                if (manager is null || !seen.Add(manager))
                {
                    break;
                }

                chain.Add(manager);
                current = manager;
            }

            return new(chain);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> GetRoleMembersAsync(string role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(role);
        lock (_gate)
        {
            IReadOnlyList<string> members = _users.Values
                .Where(u => u.IsActive && u.Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
                .Select(u => u.Id)
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToArray();
            return new(members);
        }
    }

    private string? ManagerOf(string userId)
    {
        if (!_users.TryGetValue(userId, out var user))
        {
            return null;
        }

        if (user.ManagerId is not null)
        {
            return user.ManagerId;
        }

        return user.Departments.Count == 0 ? null : HeadsOf(user.Departments[0], excluding: userId).FirstOrDefault();
    }

    private string[] HeadsOf(string departmentId, string? excluding)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = departmentId; id is not null && seen.Add(id) && _departments.TryGetValue(id, out var department); id = department.ParentId)
        {
            var heads = department.HeadIds.Where(h => h != excluding).ToArray();
            if (heads.Length > 0)
            {
                return heads;
            }
        }

        return [];
    }
}
