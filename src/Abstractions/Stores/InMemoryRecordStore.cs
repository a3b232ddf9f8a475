using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Diagnostics;

namespace Formwork.Stores;

/// <summary>
/// The default <see cref="IRecordStore"/>: records in memory, safe for concurrent writers (every write is checked
/// and applied under one lock, so a stale version or a taken unique key is always refused and nothing is lost).
/// </summary>
public sealed class InMemoryRecordStore : IRecordStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, FormRecords> _forms = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<StoredRecord?> GetAsync(string formId, string recordId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(formId);
        ArgumentNullException.ThrowIfNull(recordId);
        lock (_gate)
        {
            return Task.FromResult(_forms.TryGetValue(formId, out var form) ? form.Records.GetValueOrDefault(recordId) : null);
        }
    }

    /// <inheritdoc />
    public Task<StoredRecord> InsertAsync(StoredRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Task.FromResult(WriteBatch([RecordWrite.Insert(record)])[0]);
    }

    /// <inheritdoc />
    public Task<StoredRecord> UpdateAsync(StoredRecord record, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Task.FromResult(WriteBatch([RecordWrite.Update(record, expectedVersion)])[0]);
    }

    /// <inheritdoc />
    public Task DeleteAsync(string formId, string recordId, long expectedVersion, CancellationToken cancellationToken = default)
    {
        WriteBatch([RecordWrite.Delete(formId, recordId, expectedVersion)]);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredRecord>> WriteBatchAsync(IReadOnlyList<RecordWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        return Task.FromResult(WriteBatch(writes));
    }

    /// <inheritdoc />
    public Task<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Take);
        StoredRecord[] all;
        lock (_gate)
        {
            all = _forms.TryGetValue(query.FormId, out var form) ? form.Records.Values.ToArray() : [];
        }

        IEnumerable<StoredRecord> matching = query.Filter is null ? all : all.Where(query.Filter);
        var sorted = matching.OrderBy(r => r, new SortComparer(query.OrderBy)).ToArray();
        var page = sorted.Skip(query.Skip).Take(query.Take).ToArray();
        return Task.FromResult(new RecordPage(page, sorted.Length));
    }

    /// <inheritdoc />
    public Task<StoredRecord?> FindByUniqueKeyAsync(string formId, string uniqueKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(formId);
        ArgumentNullException.ThrowIfNull(uniqueKey);
        lock (_gate)
        {
            if (_forms.TryGetValue(formId, out var form) && form.Keys.TryGetValue(uniqueKey, out var id))
            {
                return Task.FromResult<StoredRecord?>(form.Records[id]);
            }

            return Task.FromResult<StoredRecord?>(null);
        }
    }

    private IReadOnlyList<StoredRecord> WriteBatch(IReadOnlyList<RecordWrite> writes)
    {
        lock (_gate)
        {
            // Check every write against the state the earlier writes of the batch leave, then apply all. The staged
            // state is kept per form (a batch is usually one form's), with ordinal string keys and sized up front.
            var stages = new List<Stage>(1);
            Stage? stage = null;
            var results = new List<StoredRecord>(writes.Count);
            foreach (var write in writes)
            {
                ArgumentNullException.ThrowIfNull(write, nameof(writes));
                if (stage is null || !string.Equals(stage.FormId, write.FormId, StringComparison.Ordinal))
                {
                    stage = stages.Find(x => string.Equals(x.FormId, write.FormId, StringComparison.Ordinal));
                    if (stage is null)
                    {
                        stage = new Stage(write.FormId, _forms.GetValueOrDefault(write.FormId), writes.Count);
                        stages.Add(stage);
                    }
                }

                var current = stage.Records.TryGetValue(write.Id, out var s) ? s : stage.Form is { } known && known.Records.TryGetValue(write.Id, out var found) ? found : null;
                if (write.Kind == RecordWriteKind.Insert && current is not null)
                {
                    throw new ConcurrencyException(Diagnostic.Error(StoreMessages.AlreadyExists, null, null, ("entity", "Record"), ("id", write.Id)));
                }

                if (write.Kind != RecordWriteKind.Insert && (current is null || current.Version != write.ExpectedVersion))
                {
                    throw ConcurrencyException.Stale("Record", write.Id, write.ExpectedVersion, current?.Version ?? 0);
                }

                foreach (var key in current?.UniqueKeys ?? [])
                {
                    stage.Keys[key] = null;
                }

                if (write.Kind == RecordWriteKind.Delete)
                {
                    stage.Records[write.Id] = null;
                    continue;
                }

                var record = write.Record! with
                {
                    Version = write.ExpectedVersion + 1,
                    Data = write.Record.Data.IsFrozen ? write.Record.Data : write.Record.Data.Clone().Freeze(),
                    UniqueKeys = write.Record.UniqueKeys.Count == 0 ? [] : write.Record.UniqueKeys.ToArray(),
                };
                foreach (var key in record.UniqueKeys)
                {
                    var holder = stage.Keys.TryGetValue(key, out var h) ? h : stage.Form is { } held && held.Keys.TryGetValue(key, out var taken) ? taken : null;
                    if (holder is not null && holder != record.Id)
                    {
                        throw new ConcurrencyException(Diagnostic.Error(StoreMessages.UniqueKeyTaken, null, null, ("key", key), ("form", write.FormId), ("other", holder)));
                    }

                    stage.Keys[key] = record.Id;
                }

                stage.Records[write.Id] = record;
                results.Add(record);
            }

            foreach (var staged in stages)
            {
                var form = staged.Form ?? Form(staged.FormId);
                foreach (var (id, record) in staged.Records)
                {
                    if (record is null)
                    {
                        if (form.Records.Remove(id, out var removed))
                        {
                            RemoveKeys(form, removed);
                        }

                        continue;
                    }

                    ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(form.Records, id, out var exists);
                    if (exists)
                    {
                        RemoveKeys(form, slot!);
                    }

                    slot = record;
                }

                foreach (var (key, id) in staged.Keys)
                {
                    if (id is not null)
                    {
                        form.Keys[key] = id;
                    }
                }
            }

            return results;
        }
    }

    private static void RemoveKeys(FormRecords form, StoredRecord old)
    {
        foreach (var key in old.UniqueKeys)
        {
            form.Keys.Remove(key);
        }
    }

    private FormRecords Form(string formId)
    {
        if (!_forms.TryGetValue(formId, out var form))
        {
            form = new FormRecords();
            _forms[formId] = form;
        }

        return form;
    }

    /// <summary>One form's writes of a batch, checked but not applied yet: records (<see langword="null"/> for deleted) and unique keys (<see langword="null"/> for released).</summary>
    private sealed class Stage(string formId, FormRecords? form, int capacity)
    {
        public string FormId { get; } = formId;

        public FormRecords? Form { get; } = form;

        public Dictionary<string, StoredRecord?> Records { get; } = new(capacity, StringComparer.Ordinal);

        public Dictionary<string, string?> Keys { get; } = new(StringComparer.Ordinal);
    }

    private sealed class FormRecords
    {
        public Dictionary<string, StoredRecord> Records { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);
    }

    private sealed class SortComparer(IReadOnlyList<RecordSort> sorts) : IComparer<StoredRecord>
    {
        public int Compare(StoredRecord? x, StoredRecord? y)
        {
            foreach (var sort in sorts)
            {
                var c = x!.Data[sort.Field].CompareTo(y!.Data[sort.Field]);
                if (c != 0)
                {
                    return sort.Descending ? -c : c;
                }
            }

            return string.CompareOrdinal(x!.Id, y!.Id);
        }
    }
}
