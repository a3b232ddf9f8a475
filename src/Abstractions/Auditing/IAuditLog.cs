using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Auditing;

/// <summary>The append-only audit trail. Entries are never changed or removed.</summary>
public interface IAuditLog
{
    /// <summary>Appends entries.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when they are stored.</returns>
    Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>Reads the entries of a subject, oldest first.</summary>
    /// <param name="subjectType">The kind of subject.</param>
    /// <param name="subjectId">The subject's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<AuditEntry>> GetTrailAsync(string subjectType, string subjectId, CancellationToken cancellationToken = default);
}
