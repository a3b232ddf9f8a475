using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Stores;

namespace Formwork.Workflow;

/// <summary>Persists workflow instances with optimistic concurrency. Implementations must treat stored instances as immutable snapshots: the engine never changes an instance it got from the store, it saves a changed copy.</summary>
public interface IWorkflowInstanceStore
{
    /// <summary>Gets an instance.</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The instance, or <see langword="null"/>.</returns>
    ValueTask<WorkflowInstance?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Adds a new instance (its <see cref="WorkflowInstance.Version"/> is 1).</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>A task.</returns>
    /// <exception cref="ConcurrencyException">An instance with the id exists.</exception>
    ValueTask AddAsync(WorkflowInstance instance, CancellationToken cancellationToken = default);

    /// <summary>Replaces an instance if the stored version is still <paramref name="expectedVersion"/>; <paramref name="instance"/> carries the new version.</summary>
    /// <param name="instance">The changed instance.</param>
    /// <param name="expectedVersion">The version the change was based on.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>A task.</returns>
    /// <exception cref="ConcurrencyException">The stored version differs (someone else saved first).</exception>
    ValueTask SaveAsync(WorkflowInstance instance, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Finds instances, most recently changed first.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The instances.</returns>
    ValueTask<IReadOnlyList<WorkflowInstance>> FindAsync(WorkflowInstanceQuery query, CancellationToken cancellationToken = default);
}
