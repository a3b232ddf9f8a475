using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Stores;

/// <summary>
/// Where definitions are kept, every published version of them. Versions never change once published: running
/// workflow instances and stored records keep reading the version they were made with.
/// </summary>
public interface IDefinitionStore
{
    /// <summary>Publishes the next version of a definition.</summary>
    /// <param name="document">The definition; its <see cref="DefinitionDocument.Version"/> is ignored and assigned.</param>
    /// <param name="expectedLatestVersion">The latest version the publisher saw (0 for a new definition).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored document with its version.</returns>
    /// <exception cref="ConcurrencyException">Someone published another version since.</exception>
    Task<DefinitionDocument> PublishAsync(DefinitionDocument document, int expectedLatestVersion, CancellationToken cancellationToken = default);

    /// <summary>Reads a version of a definition.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="id">The id.</param>
    /// <param name="version">The version, or <see langword="null"/> for the latest.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document, or <see langword="null"/> when there is no such version.</returns>
    Task<DefinitionDocument?> GetAsync(string kind, string id, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the latest version of every definition of a kind, ordered by id.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The latest versions.</returns>
    Task<IReadOnlyList<DefinitionDocument>> ListLatestAsync(string kind, CancellationToken cancellationToken = default);
}
