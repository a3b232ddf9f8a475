using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Diagnostics;
using Formwork.Stores;

namespace Formwork.Forms;

/// <summary>
/// Compiled forms by id and version, loaded from the <see cref="IDefinitionStore"/> (kind <c>form</c>) and compiled
/// once per id and version. Thread-safe; the workflow, rules and report engines use it to find the form version a
/// record or an instance was written with.
/// </summary>
public sealed class FormCatalog
{
    /// <summary>The definition kind of forms in the definition store.</summary>
    public const string DefinitionKind = "form";

    private readonly IDefinitionStore _definitions;
    private readonly FormDefinitionLoader _loader;
    private readonly ConcurrentDictionary<(string Id, int Version), CompiledForm> _compiled = new();

    /// <summary>Initializes the catalog.</summary>
    /// <param name="definitions">The definition store.</param>
    /// <param name="loader">The loader that compiles definitions.</param>
    public FormCatalog(IDefinitionStore definitions, FormDefinitionLoader loader)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(loader);
        _definitions = definitions;
        _loader = loader;
    }

    /// <summary>Returns a compiled form version (the latest when <paramref name="version"/> is <see langword="null"/>), or <see langword="null"/> when the store has none.</summary>
    /// <param name="id">The form id.</param>
    /// <param name="version">The version, or <see langword="null"/> for the latest.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The compiled form.</returns>
    /// <exception cref="FormworkException">The stored definition does not load; the exception carries its diagnostics.</exception>
    public async Task<CompiledForm?> GetAsync(string id, int? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (version is { } v && _compiled.TryGetValue((id, v), out var cached))
        {
            return cached;
        }

        var document = await _definitions.GetAsync(DefinitionKind, id, version, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        if (_compiled.TryGetValue((document.Id, document.Version), out cached))
        {
            return cached;
        }

        var form = _loader.Load(document.Content).GetFormOrThrow();
        return _compiled.GetOrAdd((document.Id, document.Version), form);
    }
}
