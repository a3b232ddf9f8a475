using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Auditing;

/// <summary>The default <see cref="IAuditLog"/>: entries in memory, safe for concurrent writers.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly object _gate = new();
    private readonly List<AuditEntry> _entries = [];

    /// <summary>Gets every entry, in append order.</summary>
    public IReadOnlyList<AuditEntry> All
    {
        get
        {
            lock (_gate)
            {
                return _entries.ToArray();
            }
        }
    }

    /// <inheritdoc />
    public Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (_gate)
        {
            _entries.AddRange(entries);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> GetTrailAsync(string subjectType, string subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectType);
        ArgumentNullException.ThrowIfNull(subjectId);
        lock (_gate)
        {
            IReadOnlyList<AuditEntry> trail = _entries.Where(e => e.SubjectType == subjectType && e.SubjectId == subjectId).ToArray();
            return Task.FromResult(trail);
        }
    }
}
