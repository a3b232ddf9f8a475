using Formwork.Workflow;

namespace CustomerPortal.Scenarios;

/// <summary>An approval task of a contract.</summary>
/// <param name="NodeId">The workflow node.</param>
/// <param name="AssigneeId">Whose task it is.</param>
/// <param name="Status">How it ended.</param>
public sealed record S4Task(string NodeId, string AssigneeId, ApprovalTaskStatus Status);
