using Formwork.Workflow;

namespace CustomerPortal.Scenarios;

/// <summary>A department's review task.</summary>
/// <param name="NodeId">channel, legal or finance.</param>
/// <param name="AssigneeId">The reviewer.</param>
/// <param name="Status">How the task ended.</param>
/// <param name="Comment">The reviewer's comment.</param>
public sealed record S3Review(string NodeId, string AssigneeId, ApprovalTaskStatus Status, string? Comment);
