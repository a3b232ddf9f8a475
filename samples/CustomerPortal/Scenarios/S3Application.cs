using System.Collections.Generic;
using Formwork.Workflow;

namespace CustomerPortal.Scenarios;

/// <summary>An application's review.</summary>
/// <param name="Id">The application (and workflow instance) id.</param>
/// <param name="Company">The applying company.</param>
/// <param name="Status">Approved or rejected.</param>
/// <param name="Reviews">Every review task: department node, assignee, status, comment.</param>
public sealed record S3Application(string Id, string Company, WorkflowStatus Status, IReadOnlyList<S3Review> Reviews);
