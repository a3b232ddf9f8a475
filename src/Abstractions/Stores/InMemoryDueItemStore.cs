using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Stores;

/// <summary>The default <see cref="IDueItemStore"/>: items in memory ordered by due time, safe for concurrent use.</summary>
public sealed class InMemoryDueItemStore : IDueItemStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, DueItem> _byId = new(StringComparer.Ordinal);
    private readonly SortedSet<(DateTimeOffset DueAt, string Id)> _byTime = new();

    /// <summary>Gets how many items are waiting.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byId.Count;
            }
        }
    }

    /// <inheritdoc />
    public Task ScheduleAsync(DueItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentException.ThrowIfNullOrEmpty(item.Id, nameof(item));
        lock (_gate)
        {
            Remove(item.Id);
            _byId[item.Id] = item;
            _byTime.Add((item.DueAt, item.Id));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> CancelAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_gate)
        {
            return Task.FromResult(Remove(id));
        }
    }

    /// <inheritdoc />
    public Task<int> CancelSubjectAsync(string subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        lock (_gate)
        {
            var ids = _byId.Values.Where(i => i.Subject == subject).Select(i => i.Id).ToArray();
            foreach (var id in ids)
            {
                Remove(id);
            }

            return Task.FromResult(ids.Length);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DueItem>> TakeDueAsync(DateTimeOffset now, int maxCount, string? kindPrefix = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        lock (_gate)
        {
            var due = new List<DueItem>();
            foreach (var (dueAt, id) in _byTime)
            {
                if (due.Count >= maxCount || dueAt > now)
                {
                    break;
                }

                var item = _byId[id];
                if (kindPrefix is null || item.Kind.StartsWith(kindPrefix, StringComparison.Ordinal))
                {
                    due.Add(item);
                }
            }

            foreach (var item in due)
            {
                Remove(item.Id);
            }

            return Task.FromResult<IReadOnlyList<DueItem>>(due);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DueItem>> GetBySubjectAsync(string subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        lock (_gate)
        {
            IReadOnlyList<DueItem> items = _byId.Values.Where(i => i.Subject == subject).OrderBy(i => i.DueAt).ThenBy(i => i.Id, StringComparer.Ordinal).ToArray();
            return Task.FromResult(items);
        }
    }

    private bool Remove(string id)
    {
        if (!_byId.Remove(id, out var old))
        {
            return false;
        }

        _byTime.Remove((old.DueAt, old.Id));
        return true;
    }
}
