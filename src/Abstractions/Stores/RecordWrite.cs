using System;

namespace Formwork.Stores;

/// <summary>One write of an atomic batch (<see cref="IRecordStore.WriteBatchAsync"/>): insert, update or delete.</summary>
public sealed record RecordWrite
{
    private RecordWrite(RecordWriteKind kind, StoredRecord? record, string formId, string id, long expectedVersion)
    {
        Kind = kind;
        Record = record;
        FormId = formId;
        Id = id;
        ExpectedVersion = expectedVersion;
    }

    /// <summary>Gets what the write does.</summary>
    public RecordWriteKind Kind { get; }

    /// <summary>Gets the record to insert or update; <see langword="null"/> for a delete.</summary>
    public StoredRecord? Record { get; }

    /// <summary>Gets the form id.</summary>
    public string FormId { get; }

    /// <summary>Gets the record id.</summary>
    public string Id { get; }

    /// <summary>Gets the version the record must have now (0 for an insert).</summary>
    public long ExpectedVersion { get; }

    /// <summary>An insert of a new record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The write.</returns>
    public static RecordWrite Insert(StoredRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(RecordWriteKind.Insert, record, record.FormId, record.Id, 0);
    }

    /// <summary>An update of a record that must still be at <paramref name="expectedVersion"/>.</summary>
    /// <param name="record">The new state of the record.</param>
    /// <param name="expectedVersion">The version read before changing it.</param>
    /// <returns>The write.</returns>
    public static RecordWrite Update(StoredRecord record, long expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(RecordWriteKind.Update, record, record.FormId, record.Id, expectedVersion);
    }

    /// <summary>A delete of a record that must still be at <paramref name="expectedVersion"/>.</summary>
    /// <param name="formId">The form id.</param>
    /// <param name="id">The record id.</param>
    /// <param name="expectedVersion">The version read before deleting it.</param>
    /// <returns>The write.</returns>
    public static RecordWrite Delete(string formId, string id, long expectedVersion)
    {
        ArgumentException.ThrowIfNullOrEmpty(formId);
        ArgumentException.ThrowIfNullOrEmpty(id);
        return new(RecordWriteKind.Delete, null, formId, id, expectedVersion);
    }
}
