using System;
using System.Collections.Generic;

namespace Formwork.Rules.Tests.Fixtures;

/// <summary>S1: grade lead quality from the answers.</summary>
public sealed class GradeLeadA : Rule
{
    public override void Define()
    {
        Lead lead = null!;
        WithPriority(10);
        WithTags("grading");
        When().Match(() => lead, l => l.Grade == null, l => l.Title.Contains('总') || l.Title.Contains("Director", StringComparison.OrdinalIgnoreCase), l => l.CompanySize >= 500);
        Then().Do(ctx => SetGrade(ctx, lead, "A"));
    }

    internal static void SetGrade(IContext context, Lead lead, string grade)
    {
        lead.Grade = grade;
        context.Update(lead);
    }
}

/// <summary>S1: grade B.</summary>
public sealed class GradeLeadB : Rule
{
    public override void Define()
    {
        Lead lead = null!;
        WithPriority(10);
        WithTags("grading");
        When().Match(() => lead, l => l.Grade == null, l => l.Need.Length >= 20);
        Then().Do(ctx => GradeLeadA.SetGrade(ctx, lead, "B"));
    }
}

/// <summary>S1: grade C (lowest priority of the grading rules).</summary>
public sealed class GradeLeadC : Rule
{
    public override void Define()
    {
        Lead lead = null!;
        WithPriority(9);
        WithTags("grading");
        When().Match(() => lead, l => l.Grade == null);
        Then().Do(ctx => GradeLeadA.SetGrade(ctx, lead, "C"));
    }
}

/// <summary>S1: a routing table entry (region × industry → owner) as a rule; only graded leads are routed.</summary>
public sealed class RouteLead(string region, string industry, string owner) : Rule
{
    public override void Define()
    {
        Lead lead = null!;
        var r = region;
        var i = industry;
        var o = owner;
        WithName("Route " + region + "/" + industry);
        WithTags("routing");
        When().Match(() => lead, l => l.Grade != null, l => l.Owner == null, l => l.Region == r, l => l.Industry == i);
        Then().Do(ctx => Assign(ctx, lead, o));
    }

    private static void Assign(IContext context, Lead lead, string owner)
    {
        lead.Owner = owner;
        context.Update(lead);
    }
}

/// <summary>S1: the follow-up task of an assigned lead, and the owner's IM notification.</summary>
public sealed class FollowUp(Clock clock, List<string> notifications) : Rule
{
    public override void Define()
    {
        Lead lead = null!;
        When()
            .Match(() => lead, l => l.Owner != null)
            .Not<FollowUpTask>(t => t.Title == "【新客户跟进】" + lead.Company);
        Then()
            .Do(ctx => ctx.Insert(new FollowUpTask { Title = "【新客户跟进】" + lead.Company, Owner = lead.Owner, Due = clock.Now.AddDays(3) }))
            .Do(ctx => notifications.Add("im:" + lead.Owner + ":lead.assigned:" + lead.Company));
    }
}

/// <summary>S2: a ticket with no action for 24 h escalates to the department head.</summary>
public sealed class EscalateTicket(List<string> notifications) : Rule
{
    public override void Define()
    {
        Clock clock = null!;
        Ticket ticket = null!;
        When()
            .Match(() => clock)
            .Match(() => ticket, t => t.Open, t => !t.Escalated, t => t.LastActionAt.AddHours(24) <= clock.Now);
        Then().Do(ctx => Escalate(ctx, ticket, notifications));
    }

    private static void Escalate(IContext context, Ticket ticket, List<string> notifications)
    {
        ticket.Escalated = true;
        context.Update(ticket);
        notifications.Add("escalate:" + ticket.Id);
    }
}

/// <summary>S4: a contract over 100,000 from a VIP customer notifies the CEO and texts the applicant.</summary>
public sealed class VipContractNotification(List<string> notifications) : Rule
{
    public override void Define()
    {
        Contract contract = null!;
        Customer customer = null!;
        When()
            .Match(() => contract, c => c.Amount > 100000)
            .Match(() => customer, c => c.Id == contract.CustomerId, c => c.Level == "VIP");
        Then()
            .Do(ctx => notifications.Add("im:ceo:contract.vip:" + contract.Id))
            .Do(ctx => notifications.Add("sms:" + contract.Applicant + ":加急处理中"));
    }
}

/// <summary>S5: a signed opportunity creates its project once.</summary>
public sealed class CreateProject : Rule
{
    public override void Define()
    {
        Opportunity opportunity = null!;
        When()
            .Match(() => opportunity, o => o.Stage == "signed")
            .Not<Project>(p => p.OpportunityId == opportunity.Id);
        Then().Do(ctx => ctx.Insert(new Project { OpportunityId = opportunity.Id, Customer = opportunity.Customer }));
    }
}

/// <summary>S5: a new project reminds finance to invoice.</summary>
public sealed class InvoiceReminder(List<string> notifications) : Rule
{
    public override void Define()
    {
        Project project = null!;
        When().Match(() => project);
        Then().Do(ctx => notifications.Add("im:finance:invoice:" + project.Customer));
    }
}
