using System.Threading;
using System.Threading.Tasks;

namespace Formwork.Notifications;

/// <summary>
/// Sends notifications. The default, <see cref="OutboxNotificationSender"/>, writes them to the outbox as
/// <c>formwork.notification</c> messages, so the host delivers them with its other events (DingTalk, WeCom, SMS, email).
/// </summary>
public interface INotificationSender
{
    /// <summary>Sends (or queues) a notification.</summary>
    /// <param name="notification">The notification.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the notification is accepted.</returns>
    Task SendAsync(Notification notification, CancellationToken cancellationToken = default);
}
