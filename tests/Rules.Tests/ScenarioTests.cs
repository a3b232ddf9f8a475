using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Rules.Tests.Fixtures;

namespace Formwork.Rules.Tests;

public sealed class ScenarioTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void S1_GradeRouteAndFollowUp_AssignsOwnerAndCreatesTask()
    {
        var notifications = new List<string>();
        var clock = new Clock { Now = Start };
        var session = new RuleRepository()
            .Load(new GradeLeadA(), new GradeLeadB(), new GradeLeadC(), new RouteLead("East", "Manufacturing", "zhang"), new RouteLead("North", "Retail", "li"), new FollowUp(clock, notifications))
            .Compile()
            .CreateSession(new SessionOptions { ExplainFirings = true });
        var director = new Lead { Company = "华东机械", Title = "采购总监", CompanySize = 800, Region = "East", Industry = "Manufacturing", Need = "short" };
        var detailed = new Lead { Company = "North Mart", Title = "Buyer", CompanySize = 20, Region = "North", Industry = "Retail", Need = "We need 200 handheld scanners by May" };
        var unknown = new Lead { Company = "Nowhere", Title = "Intern", Region = "West", Industry = "Retail", Need = "?" };
        session.InsertAll([director, detailed, unknown]);

        session.Fire();

        Assert.Equal(("A", "zhang"), (director.Grade, director.Owner));
        Assert.Equal(("B", "li"), (detailed.Grade, detailed.Owner));
        Assert.Equal(("C", null), (unknown.Grade, unknown.Owner));
        var tasks = session.Query<FollowUpTask>();
        Assert.Equal(["【新客户跟进】华东机械", "【新客户跟进】North Mart"], tasks.Select(t => t.Title));
        Assert.Equal(Start.AddDays(3), tasks[0].Due);
        Assert.Equal("zhang", tasks[0].Owner);
        Assert.Equal(["im:zhang:lead.assigned:华东机械", "im:li:lead.assigned:North Mart"], notifications);
        Assert.Contains(session.WhyNot(unknown), m => m.Rule.Name == "Route East/Manufacturing" && m.Condition == "lead.Region == \"East\"" && m.Detail == "lead.Region = \"West\"");
    }

    [Fact]
    public void S2_TicketUntouchedFor24Hours_EscalatesOnce()
    {
        var notifications = new List<string>();
        var session = new RuleRepository().Load(new EscalateTicket(notifications)).Compile().CreateSession();
        var clock = new Clock { Now = Start };
        var quiet = new Ticket { Id = "t1", LastActionAt = Start };
        var busy = new Ticket { Id = "t2", LastActionAt = Start };
        session.InsertAll([clock, quiet, busy]);
        Assert.Equal(0, session.Fire());

        clock.Now = Start.AddHours(20);
        session.Update(clock);
        busy.LastActionAt = clock.Now;
        session.Update(busy);
        Assert.Equal(0, session.Fire());

        clock.Now = Start.AddHours(25);
        session.Update(clock);
        session.Fire();
        clock.Now = Start.AddHours(30);
        session.Update(clock);
        session.Fire();

        Assert.Equal(["escalate:t1"], notifications);
    }

    [Fact]
    public void S4_VipContractOver100000_NotifiesCeoAndTextsApplicant()
    {
        var notifications = new List<string>();
        var session = new RuleRepository().Load(new VipContractNotification(notifications)).Compile().CreateSession();
        session.InsertAll([
            new Customer { Id = "vip", Level = "VIP" },
            new Customer { Id = "std", Level = "STD" },
            new Contract { Id = "k1", CustomerId = "vip", Amount = 120000, Applicant = "13800000000" },
            new Contract { Id = "k2", CustomerId = "vip", Amount = 100000, Applicant = "13900000000" },
            new Contract { Id = "k3", CustomerId = "std", Amount = 900000, Applicant = "13700000000" },
        ]);

        session.Fire();

        Assert.Equal(["im:ceo:contract.vip:k1", "sms:13800000000:加急处理中"], notifications);
    }

    [Fact]
    public void S5_SignedOpportunity_CreatesProjectOnceAndRemindsFinance()
    {
        var notifications = new List<string>();
        var session = new RuleRepository().Load(new CreateProject(), new InvoiceReminder(notifications)).Compile().CreateSession();
        var opportunity = new Opportunity { Id = "o1", Customer = "ACME", Stage = "negotiation" };
        session.Insert(opportunity);
        Assert.Equal(0, session.Fire());

        opportunity.Stage = "signed";
        session.Update(opportunity);
        session.Fire();
        session.Update(opportunity);
        session.Fire();

        var project = Assert.Single(session.Query<Project>());
        Assert.Equal("ACME", project.Customer);
        Assert.Equal(["im:finance:invoice:ACME"], notifications);
    }
}
