using System.Linq;
using Formwork.Rules.Tests.Fixtures;

namespace Formwork.Rules.Tests;

public sealed class JoinTests
{
    private static ISession Session(params Rule[] rules) => new RuleRepository().Load(rules).Compile().CreateSession();

    [Fact]
    public void Fire_TicketJoinedWithCustomer_MatchesOnlyPairs()
    {
        var log = new Outbox();
        var session = Session(new VipTicket(log));
        session.InsertAll([
            new Customer { Id = "c1", Level = "VIP" },
            new Customer { Id = "c2", Level = "STD" },
            new Ticket { Id = "t1", CustomerId = "c1" },
            new Ticket { Id = "t2", CustomerId = "c2" },
            new Ticket { Id = "t3", CustomerId = "c1" },
        ]);

        session.Fire();

        Assert.Equal(["t1/c1", "t3/c1"], log.Messages.Order());
    }

    [Fact]
    public void Fire_FactsInsertedInEitherOrder_JoinTheSame()
    {
        var log = new Outbox();
        var session = Session(new VipTicket(log));
        session.Insert(new Ticket { Id = "t1", CustomerId = "c1" });
        session.Insert(new Customer { Id = "c1", Level = "VIP" });

        session.Fire();

        Assert.Equal(["t1/c1"], log.Messages);
    }

    [Fact]
    public void Update_JoinKeyChanged_MovesTheMatch()
    {
        var log = new Outbox();
        var session = Session(new VipTicket(log));
        var ticket = new Ticket { Id = "t1", CustomerId = "c2" };
        session.InsertAll([new Customer { Id = "c1", Level = "VIP" }, new Customer { Id = "c2", Level = "STD" }, ticket]);
        Assert.Equal(0, session.Agenda.Count);

        ticket.CustomerId = "c1";
        session.Update(ticket);
        session.Fire();

        Assert.Equal(["t1/c1"], log.Messages);
    }

    [Fact]
    public void Retract_JoinedCustomer_CancelsItsTicketActivations()
    {
        var session = Session(new VipTicket(new Outbox()));
        var customer = new Customer { Id = "c1", Level = "VIP" };
        session.InsertAll([customer, new Ticket { Id = "t1", CustomerId = "c1" }, new Ticket { Id = "t2", CustomerId = "c1" }]);
        Assert.Equal(2, session.Agenda.Count);

        session.Retract(customer);

        Assert.Equal(0, session.Agenda.Count);
    }

    [Fact]
    public void Fire_NonEqualityJoin_UsesResidualTest()
    {
        var log = new Outbox();
        var session = Session(new UrgencyAbove(log));
        session.InsertAll([new Order { Amount = 2 }, new Ticket { Id = "t1", Urgency = 1 }, new Ticket { Id = "t2", Urgency = 3 }]);

        session.Fire();

        Assert.Equal(["t2"], log.Messages);
    }

    [Fact]
    public void Fire_NotElement_FiresOnlyWhileNoBlockerExists()
    {
        var log = new Outbox();
        var session = Session(new CustomerWithoutTickets(log));
        var customer = new Customer { Id = "c1" };
        session.Insert(customer);
        Assert.Equal(1, session.Agenda.Count);

        var ticket = new Ticket { Id = "t1", CustomerId = "c1" };
        session.Insert(ticket);
        Assert.Equal(0, session.Agenda.Count);

        session.Retract(ticket);
        Assert.Equal(1, session.Fire());
        Assert.Equal(["c1"], log.Messages);
    }

    [Fact]
    public void Fire_ExistsElement_FiresOnceHoweverManyMatch()
    {
        var log = new Outbox();
        var session = Session(new CustomerWithTickets(log));
        var t1 = new Ticket { Id = "t1", CustomerId = "c1" };
        var t2 = new Ticket { Id = "t2", CustomerId = "c1" };
        session.InsertAll([new Customer { Id = "c1" }, new Customer { Id = "c2" }, t1, t2]);

        Assert.Equal(1, session.Agenda.Count);
        session.Retract(t1);
        Assert.Equal(1, session.Agenda.Count);
        session.Retract(t2);
        Assert.Equal(0, session.Agenda.Count);
    }

    [Fact]
    public void Fire_CountAndHaving_FiresWhenThresholdReached()
    {
        var log = new Outbox();
        var session = Session(new BusyCustomer(log));
        session.Insert(new Customer { Id = "c1" });
        var tickets = Enumerable.Range(1, 3).Select(i => new Ticket { Id = "t" + i, CustomerId = "c1" }).ToArray();
        session.Insert(tickets[0]);
        session.Insert(tickets[1]);
        Assert.Equal(0, session.Agenda.Count);

        session.Insert(tickets[2]);
        session.Fire();
        Assert.Equal(["c1:3"], log.Messages);

        tickets[2].Open = false;
        session.Update(tickets[2]);
        Assert.Equal(0, session.Agenda.Count);
    }

    [Fact]
    public void Fire_Sum_TracksInsertsUpdatesAndRetracts()
    {
        var log = new Outbox();
        var session = Session(new CustomerTotal(log));
        session.Insert(new Customer { Id = "c1" });
        var o1 = new Order { CustomerId = "c1", Amount = 100 };
        var o2 = new Order { CustomerId = "c1", Amount = 250 };
        session.InsertAll([o1, o2, new Order { CustomerId = "c2", Amount = 999 }]);
        session.Fire();

        o1.Amount = 50;
        session.Update(o1);
        session.Fire();
        session.Retract(o2);
        session.Fire();

        Assert.Equal(["c1:350", "c1:300", "c1:50"], log.Messages);
    }

    private sealed class VipTicket(Outbox log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Ticket ticket = null!;
            When()
                .Match(() => customer, c => c.Level == "VIP")
                .Match(() => ticket, t => t.CustomerId == customer.Id, t => t.Open);
            Then().Do(ctx => log.Send(ticket.Id + "/" + customer.Id));
        }
    }

    private sealed class UrgencyAbove(Outbox log) : Rule
    {
        public override void Define()
        {
            Order order = null!;
            Ticket ticket = null!;
            When()
                .Match(() => order)
                .Match(() => ticket, t => t.Urgency > order.Amount);
            Then().Do(ctx => log.Send(ticket.Id));
        }
    }

    private sealed class CustomerWithoutTickets(Outbox log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .Not<Ticket>(t => t.CustomerId == customer.Id);
            Then().Do(ctx => log.Send(customer.Id));
        }
    }

    private sealed class CustomerWithTickets(Outbox log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .Exists<Ticket>(t => t.CustomerId == customer.Id);
            Then().Do(ctx => log.Send(customer.Id));
        }
    }

    private sealed class BusyCustomer(Outbox log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            var open = 0;
            When()
                .Match(() => customer)
                .Count<Ticket>(() => open, t => t.CustomerId == customer.Id, t => t.Open)
                .Having(() => open >= 3);
            Then().Do(ctx => log.Send(customer.Id + ":" + open));
        }
    }

    private sealed class CustomerTotal(Outbox log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            var total = 0m;
            When()
                .Match(() => customer)
                .Sum<Order>(() => total, o => o.Amount, o => o.CustomerId == customer.Id);
            Then().Do(ctx => log.Send(customer.Id + ":" + total));
        }
    }
}
