using System.Linq;
using Formwork.Rules.Tests.Fixtures;

namespace Formwork.Rules.Tests;

public sealed class ExplanationTests
{
    private static ISession Session(params Rule[] rules) =>
        new RuleRepository().Load(rules).Compile().CreateSession(new SessionOptions { ExplainFirings = true });

    [Fact]
    public void Firings_RecordRuleFactsAndConditionValues()
    {
        var session = Session(new VipContract());
        var customer = new Customer { Id = "c1", Level = "VIP" };
        var contract = new Contract { Id = "k1", CustomerId = "c1", Amount = 150000 };
        session.InsertAll([customer, contract]);

        session.Fire();

        var firing = Assert.Single(session.Firings);
        Assert.Equal(1, firing.Sequence);
        Assert.Equal("VipContract", firing.Rule.Name);
        Assert.Equal(["contract", "customer"], firing.Facts.Select(f => f.Declaration));
        Assert.Same(contract, firing.Facts[0].Value);
        Assert.Same(customer, firing.Facts[1].Value);
        Assert.Equal(
            [
                "contract.Amount > 100000: true (contract.Amount = 150000)",
                "customer.Id == contract.CustomerId: true (customer.Id = \"c1\"; contract.CustomerId = \"c1\")",
                "customer.Level == \"VIP\": true (customer.Level = \"VIP\")",
            ],
            firing.Conditions.Select(c => c.ToString()));
    }

    [Fact]
    public void Firings_Aggregate_ShowsItsValue()
    {
        var session = Session(new ManyTickets());
        session.Insert(new Customer { Id = "c1" });
        session.InsertAll([new Ticket { CustomerId = "c1" }, new Ticket { CustomerId = "c1" }]);

        session.Fire();

        var firing = Assert.Single(session.Firings);
        Assert.Equal("count = 2", firing.Facts[1].ToString());
        Assert.Equal("count = count(Ticket where t.CustomerId == customer.Id): true (count = 2)", firing.Conditions[0].ToString());
        Assert.Equal("count >= 2: true (count = 2)", firing.Conditions[1].ToString());
    }

    [Fact]
    public void Firings_ExplanationsOff_RecordsNothing()
    {
        var session = new RuleRepository().Load(new VipContract()).Compile().CreateSession();
        session.InsertAll([new Customer { Id = "c1", Level = "VIP" }, new Contract { CustomerId = "c1", Amount = 150000 }]);

        session.Fire();

        Assert.Empty(session.Firings);
    }

    [Fact]
    public void WhyNot_AlphaConditionFails_NamesTheConditionAndValues()
    {
        var session = Session(new VipContract());
        var contract = new Contract { Id = "k1", CustomerId = "c1", Amount = 5000 };
        session.Insert(contract);

        var miss = Assert.Single(session.WhyNot(contract));

        Assert.Equal(RuleMissReason.ConditionFalse, miss.Reason);
        Assert.Equal("contract.Amount > 100000", miss.Condition);
        Assert.Equal("contract.Amount = 5000", miss.Detail);
        Assert.Equal("VipContract: ConditionFalse at contract.Amount > 100000 (contract.Amount = 5000)", miss.ToString());
    }

    [Fact]
    public void WhyNot_JoinFails_NamesTheJoinedPattern()
    {
        var session = Session(new VipContract());
        var contract = new Contract { Id = "k1", CustomerId = "c1", Amount = 500000 };
        session.InsertAll([contract, new Customer { Id = "c1", Level = "STD" }]);

        var miss = Assert.Single(session.WhyNot(contract));

        Assert.Equal(RuleMissReason.NoJoinMatch, miss.Reason);
        Assert.Equal("Customer customer where customer.Id == contract.CustomerId && customer.Level == \"VIP\"", miss.Condition);
    }

    [Fact]
    public void WhyNot_BlockedByNot_AndMatchedRulesAreNotListed()
    {
        var session = Session(new VipContract(), new NoTicketCustomer());
        var customer = new Customer { Id = "c1", Level = "VIP" };
        session.InsertAll([customer, new Contract { CustomerId = "c1", Amount = 200000 }, new Ticket { CustomerId = "c1" }]);

        var miss = Assert.Single(session.WhyNot(customer));

        Assert.Equal("NoTicketCustomer", miss.Rule.Name);
        Assert.Equal(RuleMissReason.BlockedByNot, miss.Reason);
        Assert.Equal("not Ticket where t.CustomerId == customer.Id", miss.Condition);
    }

    [Fact]
    public void WhyNot_HavingFalse_ReportsFilter()
    {
        var session = Session(new ManyTickets());
        var customer = new Customer { Id = "c1" };
        session.Insert(customer);

        var miss = Assert.Single(session.WhyNot(customer));

        Assert.Equal(RuleMissReason.FilterFalse, miss.Reason);
        Assert.Equal("count >= 2", miss.Condition);
    }

    private sealed class VipContract : Rule
    {
        public override void Define()
        {
            Contract contract = null!;
            Customer customer = null!;
            When()
                .Match(() => contract, c => c.Amount > 100000)
                .Match(() => customer, c => c.Id == contract.CustomerId, c => c.Level == "VIP");
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class ManyTickets : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            var count = 0;
            When()
                .Match(() => customer)
                .Count<Ticket>(() => count, t => t.CustomerId == customer.Id)
                .Having(() => count >= 2);
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class NoTicketCustomer : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .Not<Ticket>(t => t.CustomerId == customer.Id);
            Then().Do(ctx => ctx.Halt());
        }
    }
}
