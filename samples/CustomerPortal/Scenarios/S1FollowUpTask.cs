using System;

namespace CustomerPortal.Scenarios;

/// <summary>A follow-up task record the lead rules created (form <c>lead-task</c>).</summary>
/// <param name="Id">The task record id (<c>lead-task:L-0001</c>).</param>
/// <param name="LeadId">The lead it follows up.</param>
/// <param name="Title">The title, <c>【新客户跟进】</c> and the company.</param>
/// <param name="OwnerId">The rep who owns it.</param>
/// <param name="Due">When it is due: three days after the lead was assigned.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record S1FollowUpTask(string Id, string LeadId, string Title, string OwnerId, DateTimeOffset Due, DateTimeOffset CreatedAt);
