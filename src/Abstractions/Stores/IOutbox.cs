using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Stores;

/// <summary>
/// The transactional outbox the engines publish domain events to and the host drains: read pending messages,
/// deliver them, mark them delivered. Delivery is at least once; hosts de-duplicate by <see cref="OutboxMessage.Id"/>.
/// </summary>
public interface IOutbox
{
    /// <summary>Adds messages; a message whose id is already in the outbox is ignored.</summary>
    /// <param name="messages">The messages.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the messages are stored.</returns>
    Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>Reads the oldest messages not yet marked delivered.</summary>
    /// <param name="maxCount">How many at most.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The messages, oldest first.</returns>
    Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync(int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Marks messages delivered; they are no longer pending.</summary>
    /// <param name="messageIds">The ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when they are marked.</returns>
    Task MarkDeliveredAsync(IEnumerable<Guid> messageIds, CancellationToken cancellationToken = default);
}
