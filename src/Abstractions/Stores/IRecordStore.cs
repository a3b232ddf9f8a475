using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Stores;

/// <summary>
/// Where form records live. Every write is checked with optimistic concurrency (the record's version) and the
/// form's unique keys; a refused write throws <see cref="ConcurrencyException"/> and changes nothing.
/// The host implements it over its own database; <see cref="InMemoryRecordStore"/> is the default.
/// </summary>
public interface IRecordStore
{
    /// <summary>Reads a record.</summary>
    /// <param name="formId">The form id.</param>
    /// <param name="recordId">The record id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/> when it does not exist.</returns>
    Task<StoredRecord?> GetAsync(string formId, string recordId, CancellationToken cancellationToken = default);

    /// <summary>Inserts a new record; the stored copy has version 1.</summary>
    /// <param name="record">The record (its <see cref="StoredRecord.Version"/> is ignored).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored record.</returns>
    /// <exception cref="ConcurrencyException">The id exists already or a unique key is taken.</exception>
    Task<StoredRecord> InsertAsync(StoredRecord record, CancellationToken cancellationToken = default);

    /// <summary>Replaces a record that must still be at <paramref name="expectedVersion"/>; the stored copy has the next version.</summary>
    /// <param name="record">The new state.</param>
    /// <param name="expectedVersion">The version the writer read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored record.</returns>
    /// <exception cref="ConcurrencyException">The record changed since it was read, is missing, or a unique key is taken.</exception>
    Task<StoredRecord> UpdateAsync(StoredRecord record, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes a record that must still be at <paramref name="expectedVersion"/>.</summary>
    /// <param name="formId">The form id.</param>
    /// <param name="recordId">The record id.</param>
    /// <param name="expectedVersion">The version the writer read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the record is gone.</returns>
    /// <exception cref="ConcurrencyException">The record changed since it was read or is missing.</exception>
    Task DeleteAsync(string formId, string recordId, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Applies several writes atomically: all of them, or none when any is refused (an import in all-or-nothing mode).</summary>
    /// <param name="writes">The writes, applied in order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored records of the inserts and updates, in order.</returns>
    /// <exception cref="ConcurrencyException">A write was refused; nothing was written.</exception>
    Task<IReadOnlyList<StoredRecord>> WriteBatchAsync(IReadOnlyList<RecordWrite> writes, CancellationToken cancellationToken = default);

    /// <summary>Reads a page of a form's records.</summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and the total count.</returns>
    Task<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default);

    /// <summary>Finds the record of a form holding a unique key.</summary>
    /// <param name="formId">The form id.</param>
    /// <param name="uniqueKey">The unique key, as in <see cref="StoredRecord.UniqueKeys"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/> when no record holds the key.</returns>
    Task<StoredRecord?> FindByUniqueKeyAsync(string formId, string uniqueKey, CancellationToken cancellationToken = default);
}
