using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Stores;

/// <summary>The default <see cref="ISequenceStore"/>: counters in memory, lock-free and safe for concurrent callers.</summary>
public sealed class InMemorySequenceStore : ISequenceStore
{
    private readonly ConcurrentDictionary<string, StrongBox> _counters = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<long> NextAsync(string sequence, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sequence);
        var counter = _counters.GetOrAdd(sequence, static _ => new StrongBox());
        return Task.FromResult(Interlocked.Increment(ref counter.Value));
    }

    private sealed class StrongBox
    {
        public long Value;
    }
}
