using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Diagnostics;
using Formwork.Stores;
using Microsoft.Data.Sqlite;

namespace Formwork.Scenarios.Tests.Hosting;

/// <summary>
/// The record store a host writes over its own database — here SQLite — as docs/host-integration.md walks through:
/// one table of records (the data as Formwork's typed JSON, the version for optimistic concurrency) and one table of
/// unique keys whose primary key makes the database refuse a duplicate even under concurrent writers. Every write runs
/// in a transaction, so a refused write (and a refused batch) changes nothing.
/// </summary>
public sealed class SqliteRecordStore : IRecordStore, IDisposable
{
    private const string Entity = "Record";
    private readonly SqliteConnection connection;
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Opens (and creates the tables of) a store on a connection string such as <c>Data Source=crm.db</c>.</summary>
    public SqliteRecordStore(string connectionString)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(null, """
            CREATE TABLE IF NOT EXISTS fw_records (
                form_id TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, form_version INTEGER NOT NULL,
                data TEXT NOT NULL, owner_id TEXT, department_id TEXT,
                created_at TEXT NOT NULL, created_by TEXT, updated_at TEXT NOT NULL, updated_by TEXT,
                PRIMARY KEY (form_id, id));
            CREATE TABLE IF NOT EXISTS fw_unique_keys (
                form_id TEXT NOT NULL, key TEXT NOT NULL COLLATE NOCASE, record_id TEXT NOT NULL,
                PRIMARY KEY (form_id, key));
            """);
    }

    /// <inheritdoc />
    public async Task<StoredRecord?> GetAsync(string formId, string recordId, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Read(null, formId, recordId);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<StoredRecord> InsertAsync(StoredRecord record, CancellationToken cancellationToken = default) =>
        (await WriteBatchAsync([RecordWrite.Insert(record)], cancellationToken).ConfigureAwait(false))[0];

    /// <inheritdoc />
    public async Task<StoredRecord> UpdateAsync(StoredRecord record, long expectedVersion, CancellationToken cancellationToken = default) =>
        (await WriteBatchAsync([RecordWrite.Update(record, expectedVersion)], cancellationToken).ConfigureAwait(false))[0];

    /// <inheritdoc />
    public Task DeleteAsync(string formId, string recordId, long expectedVersion, CancellationToken cancellationToken = default) =>
        WriteBatchAsync([RecordWrite.Delete(formId, recordId, expectedVersion)], cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredRecord>> WriteBatchAsync(IReadOnlyList<RecordWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var transaction = connection.BeginTransaction();
            var stored = new List<StoredRecord>();
            foreach (var write in writes)
            {
                switch (write.Kind)
                {
                    case RecordWriteKind.Insert:
                        stored.Add(Insert(transaction, write.Record!));
                        break;
                    case RecordWriteKind.Update:
                        stored.Add(Update(transaction, write.Record!, write.ExpectedVersion));
                        break;
                    default:
                        Delete(transaction, write.FormId, write.Id, write.ExpectedVersion);
                        break;
                }
            }

            // Nothing is visible until every write of the batch succeeded; an exception above disposes the
            // transaction without committing, which rolls all of it back.
            transaction.Commit();
            return stored;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        List<StoredRecord> records;
        try
        {
            using var command = Command(null, "SELECT * FROM fw_records WHERE form_id = $form ORDER BY rowid", ("$form", query.FormId));
            using var reader = command.ExecuteReader();
            records = [];
            while (reader.Read())
            {
                records.Add(ToRecord(reader));
            }
        }
        finally
        {
            gate.Release();
        }

        // RecordQuery's filter is a .NET predicate, so it runs here; a host with its own query language would
        // translate the filters it knows to SQL instead.
        IEnumerable<StoredRecord> matching = query.Filter is null ? records : records.Where(query.Filter);
        IOrderedEnumerable<StoredRecord>? ordered = null;
        foreach (var sort in query.OrderBy)
        {
            Func<StoredRecord, Value> key = r => r.Data[sort.Field];
            ordered = ordered is null
                ? (sort.Descending ? matching.OrderByDescending(key) : matching.OrderBy(key))
                : (sort.Descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key));
        }

        var all = (ordered ?? matching).ToList();
        return new RecordPage(all.Skip(query.Skip).Take(query.Take).ToList(), all.Count);
    }

    /// <inheritdoc />
    public async Task<StoredRecord?> FindByUniqueKeyAsync(string formId, string uniqueKey, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var recordId = Scalar(null, "SELECT record_id FROM fw_unique_keys WHERE form_id = $form AND key = $key", ("$form", formId), ("$key", uniqueKey));
            return recordId is string id ? Read(null, formId, id) : null;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        connection.Dispose();
        gate.Dispose();
    }

    private StoredRecord Insert(SqliteTransaction transaction, StoredRecord record)
    {
        if (Scalar(transaction, "SELECT 1 FROM fw_records WHERE form_id = $form AND id = $id", ("$form", record.FormId), ("$id", record.Id)) is not null)
        {
            throw new ConcurrencyException(Diagnostic.Error(StoreMessages.AlreadyExists, null, null, ("entity", Entity), ("id", record.Id)));
        }

        var stored = record with { Version = 1, Data = record.Data.Clone().Freeze() };
        Execute(transaction, """
            INSERT INTO fw_records VALUES ($form, $id, 1, $formVersion, $data, $owner, $department, $createdAt, $createdBy, $updatedAt, $updatedBy)
            """, Parameters(stored));
        AddKeys(transaction, stored);
        return stored;
    }

    private StoredRecord Update(SqliteTransaction transaction, StoredRecord record, long expectedVersion)
    {
        var actual = CurrentVersion(transaction, record.FormId, record.Id);
        if (actual != expectedVersion)
        {
            throw ConcurrencyException.Stale(Entity, record.Id, expectedVersion, actual);
        }

        var stored = record with { Version = expectedVersion + 1, Data = record.Data.Clone().Freeze() };
        Execute(transaction, """
            UPDATE fw_records SET version = $version, form_version = $formVersion, data = $data, owner_id = $owner,
                department_id = $department, updated_at = $updatedAt, updated_by = $updatedBy
            WHERE form_id = $form AND id = $id
            """, [.. Parameters(stored), ("$version", stored.Version)]);
        Execute(transaction, "DELETE FROM fw_unique_keys WHERE form_id = $form AND record_id = $id", ("$form", record.FormId), ("$id", record.Id));
        AddKeys(transaction, stored);
        return stored;
    }

    private void Delete(SqliteTransaction transaction, string formId, string id, long expectedVersion)
    {
        var actual = CurrentVersion(transaction, formId, id);
        if (actual != expectedVersion)
        {
            throw ConcurrencyException.Stale(Entity, id, expectedVersion, actual);
        }

        Execute(transaction, "DELETE FROM fw_records WHERE form_id = $form AND id = $id", ("$form", formId), ("$id", id));
        Execute(transaction, "DELETE FROM fw_unique_keys WHERE form_id = $form AND record_id = $id", ("$form", formId), ("$id", id));
    }

    private long CurrentVersion(SqliteTransaction transaction, string formId, string id) =>
        Scalar(transaction, "SELECT version FROM fw_records WHERE form_id = $form AND id = $id", ("$form", formId), ("$id", id)) is long version
            ? version
            : throw new ConcurrencyException(Diagnostic.Error(StoreMessages.NotFound, null, null, ("entity", Entity), ("id", id)));

    private void AddKeys(SqliteTransaction transaction, StoredRecord record)
    {
        foreach (var key in record.UniqueKeys)
        {
            var other = Scalar(transaction, "SELECT record_id FROM fw_unique_keys WHERE form_id = $form AND key = $key", ("$form", record.FormId), ("$key", key));
            if (other is string otherId && otherId != record.Id)
            {
                throw new ConcurrencyException(Diagnostic.Error(StoreMessages.UniqueKeyTaken, null, null, ("key", key), ("form", record.FormId), ("other", otherId)));
            }

            Execute(transaction, "INSERT OR IGNORE INTO fw_unique_keys VALUES ($form, $key, $id)", ("$form", record.FormId), ("$key", key), ("$id", record.Id));
        }
    }

    private StoredRecord? Read(SqliteTransaction? transaction, string formId, string recordId)
    {
        using var command = Command(transaction, "SELECT * FROM fw_records WHERE form_id = $form AND id = $id", ("$form", formId), ("$id", recordId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ToRecord(reader) : null;
    }

    private StoredRecord ToRecord(SqliteDataReader reader)
    {
        var formId = reader.GetString(0);
        var id = reader.GetString(1);
        var keys = new List<string>();
        using (var command = Command(null, "SELECT key FROM fw_unique_keys WHERE form_id = $form AND record_id = $id ORDER BY key", ("$form", formId), ("$id", id)))
        using (var keyReader = command.ExecuteReader())
        {
            while (keyReader.Read())
            {
                keys.Add(keyReader.GetString(0));
            }
        }

        return new StoredRecord
        {
            FormId = formId,
            Id = id,
            Version = reader.GetInt64(2),
            FormVersion = reader.GetInt32(3),
            Data = RecordData.FromJson(reader.GetString(4)).Freeze(),
            OwnerId = reader.IsDBNull(5) ? null : reader.GetString(5),
            DepartmentId = reader.IsDBNull(6) ? null : reader.GetString(6),
            CreatedAt = DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture),
            CreatedBy = reader.IsDBNull(8) ? null : reader.GetString(8),
            UpdatedAt = DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture),
            UpdatedBy = reader.IsDBNull(10) ? null : reader.GetString(10),
            UniqueKeys = keys,
        };
    }

    private static (string, object?)[] Parameters(StoredRecord r) =>
    [
        ("$form", r.FormId), ("$id", r.Id), ("$formVersion", r.FormVersion), ("$data", r.Data.ToJson()),
        ("$owner", r.OwnerId), ("$department", r.DepartmentId),
        ("$createdAt", r.CreatedAt.ToString("O", CultureInfo.InvariantCulture)), ("$createdBy", r.CreatedBy),
        ("$updatedAt", r.UpdatedAt.ToString("O", CultureInfo.InvariantCulture)), ("$updatedBy", r.UpdatedBy),
    ];

    private SqliteCommand Command(SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private void Execute(SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    private object? Scalar(SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        return command.ExecuteScalar();
    }
}
