namespace CustomerPortal.Scenarios;

/// <summary>A workflow event the host pushed to the applicant (状态实时同步).</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="Type">The event type (<c>workflow.task.completed</c>, <c>workflow.node.completed</c>, …).</param>
/// <param name="NodeId">The node, when the event has one.</param>
/// <param name="Status">The task status, the node's outcome or the instance status the event carries.</param>
/// <param name="Comment">The reviewer's comment, when any.</param>
/// <param name="ActorId">Who acted, when any.</param>
public sealed record S3PushedEvent(string ApplicationId, string Type, string? NodeId, string? Status, string? Comment, string? ActorId);
