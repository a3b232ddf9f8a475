using System;
using System.Collections.Generic;

namespace CustomerPortal.Scenarios;

/// <summary>One entry of the printed audit trail of the S8 record (its form record and its approval instance).</summary>
/// <param name="At">When.</param>
/// <param name="ActorId">Who.</param>
/// <param name="Action">What (<c>create</c>, <c>update</c>, <c>submit</c>, <c>approve</c>, <c>complete</c>, ...).</param>
/// <param name="Subject">The audited subject type: <c>form-record</c> or <c>workflow-instance</c>.</param>
/// <param name="NodeId">The workflow node it happened at, when there is one.</param>
/// <param name="Changes">The field changes, <c>field: before → after</c>.</param>
public sealed record S8AuditLine(DateTimeOffset At, string ActorId, string Action, string Subject, string? NodeId, IReadOnlyList<string> Changes);
