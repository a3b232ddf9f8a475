using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Stores;

/// <summary>Where due items (timers) wait until their time. Taking an item hands it to exactly one caller.</summary>
public interface IDueItemStore
{
    /// <summary>Adds an item, or replaces the item with the same id.</summary>
    /// <param name="item">The item.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when it is stored.</returns>
    Task ScheduleAsync(DueItem item, CancellationToken cancellationToken = default);

    /// <summary>Removes an item, if it is still waiting.</summary>
    /// <param name="id">The item id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when an item was removed.</returns>
    Task<bool> CancelAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Removes every waiting item of a subject (an instance that ended).</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many items were removed.</returns>
    Task<int> CancelSubjectAsync(string subject, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the items due at <paramref name="now"/> or earlier, earliest first; they are removed from the store.
    /// Each engine takes only its own kinds (<c>workflow.</c>, <c>formwork.rules.</c>), so engines sharing one store
    /// never take each other's timers.
    /// </summary>
    /// <param name="now">The current time, from the caller's <see cref="TimeProvider"/>.</param>
    /// <param name="maxCount">How many at most.</param>
    /// <param name="kindPrefix">Only items whose <see cref="DueItem.Kind"/> starts with this (ordinal); <see langword="null"/> for every kind.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The due items.</returns>
    Task<IReadOnlyList<DueItem>> TakeDueAsync(DateTimeOffset now, int maxCount, string? kindPrefix = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the waiting items of a subject without taking them, earliest first.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The waiting items.</returns>
    Task<IReadOnlyList<DueItem>> GetBySubjectAsync(string subject, CancellationToken cancellationToken = default);
}
