using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Stores;

/// <summary>The default <see cref="IOutbox"/>: messages in memory, in enqueue order, safe for concurrent use.</summary>
public sealed class InMemoryOutbox : IOutbox
{
    private readonly object _gate = new();
    private readonly List<OutboxMessage> _pending = [];
    private readonly HashSet<Guid> _known = [];
    private readonly List<OutboxMessage> _all = [];

    /// <summary>Gets every message ever enqueued, delivered or not, in enqueue order.</summary>
    public IReadOnlyList<OutboxMessage> All
    {
        get
        {
            lock (_gate)
            {
                return _all.ToArray();
            }
        }
    }

    /// <inheritdoc />
    public Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        lock (_gate)
        {
            foreach (var message in messages)
            {
                ArgumentNullException.ThrowIfNull(message, nameof(messages));
                if (_known.Add(message.Id))
                {
                    _pending.Add(message);
                    _all.Add(message);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync(int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        lock (_gate)
        {
            IReadOnlyList<OutboxMessage> page = _pending.Take(maxCount).ToArray();
            return Task.FromResult(page);
        }
    }

    /// <inheritdoc />
    public Task MarkDeliveredAsync(IEnumerable<Guid> messageIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        var ids = messageIds.ToHashSet();
        lock (_gate)
        {
            _pending.RemoveAll(m => ids.Contains(m.Id));
        }

        return Task.CompletedTask;
    }
}
