using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Stores;

/// <summary>The default <see cref="IDefinitionStore"/>: every version in memory, safe for concurrent publishers.</summary>
public sealed class InMemoryDefinitionStore : IDefinitionStore
{
    private readonly object _gate = new();
    private readonly Dictionary<(string Kind, string Id), List<DefinitionDocument>> _versions = new();

    /// <inheritdoc />
    public Task<DefinitionDocument> PublishAsync(DefinitionDocument document, int expectedLatestVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (_gate)
        {
            if (!_versions.TryGetValue((document.Kind, document.Id), out var versions))
            {
                versions = [];
                _versions[(document.Kind, document.Id)] = versions;
            }

            if (versions.Count != expectedLatestVersion)
            {
                throw ConcurrencyException.Stale("Definition", document.Kind + "/" + document.Id, expectedLatestVersion, versions.Count);
            }

            var stored = document with { Version = versions.Count + 1 };
            versions.Add(stored);
            return Task.FromResult(stored);
        }
    }

    /// <inheritdoc />
    public Task<DefinitionDocument?> GetAsync(string kind, string id, int? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(id);
        lock (_gate)
        {
            if (!_versions.TryGetValue((kind, id), out var versions) || versions.Count == 0)
            {
                return Task.FromResult<DefinitionDocument?>(null);
            }

            var index = (version ?? versions.Count) - 1;
            return Task.FromResult(index >= 0 && index < versions.Count ? versions[index] : null);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DefinitionDocument>> ListLatestAsync(string kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kind);
        lock (_gate)
        {
            IReadOnlyList<DefinitionDocument> latest = _versions
                .Where(p => p.Key.Kind == kind && p.Value.Count > 0)
                .Select(p => p.Value[^1])
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .ToArray();
            return Task.FromResult(latest);
        }
    }
}
