using System.Collections.Generic;
using Formwork;
using Formwork.Workflow;

namespace CustomerPortal.Scenarios;

/// <summary>One contract's way through the approval: its amount, final status and every task.</summary>
/// <param name="Id">The contract (and workflow instance) id.</param>
/// <param name="Level">The customer level (VIP, GOLD, STD).</param>
/// <param name="Amount">The contract amount after discount.</param>
/// <param name="Status">The workflow's final status.</param>
/// <param name="Tasks">Every approval task in the order created: node, assignee, status, who decided.</param>
/// <param name="Data">The contract data as the workflow holds it at the end (after edits at nodes).</param>
public sealed record S4Contract(string Id, string Level, decimal Amount, WorkflowStatus Status, IReadOnlyList<S4Task> Tasks, RecordData Data);
