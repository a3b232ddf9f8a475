using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Diagnostics;
using Formwork.Rules.Tests.Fixtures;

namespace Formwork.Rules.Tests;

public sealed class SessionTests
{
    private static ISession Session(SessionOptions? options, params Rule[] rules) =>
        new RuleRepository().Load(rules).Compile().CreateSession(options);

    private static ISession Session(params Rule[] rules) => Session(null, rules);

    [Fact]
    public void Fire_TwoRuleSet_FiresOnlyMatchingOrders()
    {
        var log = new Outbox();
        var session = Session(new BigVip(log), new SmallStd(log));
        session.InsertAll([
            new Order { Amount = 150000, Level = "VIP" },
            new Order { Amount = 150000, Level = "STD" },
            new Order { Amount = 500, Level = "STD" },
            new Order { Amount = 500, Level = "VIP" },
        ]);

        Assert.Equal(2, session.Agenda.Count);
        Assert.Equal(2, session.Fire());
        Assert.Equal(["big-vip 150000", "small-std 500"], log.Messages);
    }

    [Fact]
    public void Fire_Twice_DoesNotRefireOnUnchangedFacts()
    {
        var log = new Outbox();
        var session = Session(new BigVip(log));
        session.Insert(new Order { Amount = 150000, Level = "VIP" });

        Assert.Equal(1, session.Fire());
        Assert.Equal(0, session.Fire());
        Assert.Single(log.Messages);
    }

    [Fact]
    public void Update_RepeatableRuleStillMatching_FiresAgain()
    {
        var log = new Outbox();
        var session = Session(new BigVip(log));
        var order = new Order { Amount = 150000, Level = "VIP" };
        session.Insert(order);
        session.Fire();

        order.Amount = 200000;
        session.Update(order);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["big-vip 150000", "big-vip 200000"], log.Messages);
    }

    [Fact]
    public void Update_NonRepeatableRule_DoesNotFireAgainUntilItStopsMatching()
    {
        var log = new Outbox();
        var session = Session(new BigVip(log, RuleRepeatability.NonRepeatable));
        var order = new Order { Amount = 150000, Level = "VIP" };
        session.Insert(order);
        session.Fire();

        order.Amount = 200000;
        session.Update(order);
        Assert.Equal(0, session.Fire());

        order.Amount = 10;
        session.Update(order);
        order.Amount = 300000;
        session.Update(order);
        Assert.Equal(1, session.Fire());
        Assert.Equal(["big-vip 150000", "big-vip 300000"], log.Messages);
    }

    [Fact]
    public void Retract_PendingActivation_IsCancelled()
    {
        var log = new Outbox();
        var session = Session(new BigVip(log));
        var order = new Order { Amount = 150000, Level = "VIP" };
        session.Insert(order);
        var deleted = 0;
        session.ActivationDeleted += (_, _) => deleted++;

        session.Retract(order);

        Assert.Equal(0, session.Agenda.Count);
        Assert.Equal(0, session.Fire());
        Assert.Equal(1, deleted);
        Assert.False(session.Contains(order));
    }

    [Fact]
    public void Update_FactNoLongerMatching_CancelsActivation()
    {
        var session = Session(new BigVip(new Outbox()));
        var order = new Order { Amount = 150000, Level = "VIP" };
        session.Insert(order);

        order.Level = "STD";
        session.Update(order);

        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Fire_ForwardChaining_RunsTheWholeChain()
    {
        var session = Session(new StepOne(), new StepTwo(), new StepThree());
        var counter = new Counter();
        session.Insert(counter);

        var fired = session.Fire();

        Assert.Equal(3, fired);
        Assert.Equal(3, counter.Value);
    }

    [Fact]
    public void Fire_SelfUpdatingRule_StopsAtCycleLimitWithClearError()
    {
        var session = Session(new SessionOptions { CycleLimit = 5 }, new Runaway());
        session.Insert(new Counter());

        var error = Assert.Throws<FormworkException>(() => session.Fire());

        Assert.Equal("FWU0007", error.Code);
        Assert.Equal(
            "Rule 'Runaway' fired 6 times on the same facts in one Fire call, more than the cycle limit of 5: the rule set is probably looping (an action keeps updating a fact the rule matches). Make the rule's conditions false after its action, or mark it NonRepeatable.",
            error.Diagnostics[0].Message);
    }

    [Fact]
    public void CreateSession_CycleLimitBelowOne_ThrowsFwu0013()
    {
        var factory = new RuleRepository().Load(new Runaway()).Compile();

        var error = Assert.Throws<FormworkException>(() => factory.CreateSession(new SessionOptions { CycleLimit = 0 }));

        Assert.Equal("FWU0013", error.Code);
        Assert.Equal("The option 'CycleLimit' must be at least 1; it is 0.", error.Diagnostics[0].Message);
    }

    [Fact]
    public void Fire_Priority_HigherFirstThenInsertionOrder()
    {
        var log = new Outbox();
        var session = Session(new Labelled(log, "low", 0), new Labelled(log, "high", 5));
        session.Insert(new Order { Amount = 1, CustomerId = "a" });
        session.Insert(new Order { Amount = 2, CustomerId = "b" });

        session.Fire();

        Assert.Equal(["high a", "high b", "low a", "low b"], log.Messages);
    }

    [Fact]
    public void Fire_AgendaFilterExcludingTag_SkipsThoseRules()
    {
        var log = new Outbox();
        var session = Session(new Labelled(log, "low", 0), new Labelled(log, "high", 5));
        session.Agenda.AddFilter(AgendaFilter.ExcludeTags("high"));
        session.Insert(new Order { Amount = 1, CustomerId = "a" });

        Assert.Equal(1, session.Fire());
        Assert.Equal(["low a"], log.Messages);
    }

    [Fact]
    public void Fire_AgendaFilterIncludingTag_FiresOnlyThoseRules()
    {
        var log = new Outbox();
        var session = Session(new Labelled(log, "low", 0), new Labelled(log, "high", 5));
        session.Agenda.AddFilter(AgendaFilter.IncludeTags("high"));
        session.Insert(new Order { Amount = 1, CustomerId = "a" });

        session.Fire();

        Assert.Equal(["high a"], log.Messages);
    }

    [Fact]
    public void Fire_MaxRules_StopsEarly()
    {
        var log = new Outbox();
        var session = Session(new Labelled(log, "low", 0));
        session.InsertAll([new Order { CustomerId = "a" }, new Order { CustomerId = "b" }]);

        Assert.Equal(1, session.Fire(1));
        Assert.Equal(1, session.Fire(1));
        Assert.Equal(0, session.Fire(1));
    }

    [Fact]
    public void Halt_InAction_StopsFire()
    {
        var session = Session(new Halting());
        session.InsertAll([new Order(), new Order()]);

        Assert.Equal(1, session.Fire());
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Fire_ActionThrows_WrapsInRuleActionException()
    {
        var session = Session(new Throwing());
        session.Insert(new Order());

        var error = Assert.Throws<RuleActionException>(() => session.Fire());

        Assert.Equal("FWU0008", error.Code);
        Assert.Equal("Rule 'Throwing': an action failed: boom", error.Diagnostics[0].Message);
        Assert.IsType<InvalidOperationException>(error.Error);
    }

    [Fact]
    public void Insert_SameFactTwice_ThrowsFwu0010()
    {
        var session = Session(new Halting());
        var order = new Order();
        session.Insert(order);

        Assert.Equal("FWU0010", Assert.Throws<FormworkException>(() => session.Insert(order)).Code);
    }

    [Fact]
    public void Update_UnknownFact_ThrowsFwu0009()
    {
        var session = Session(new Halting());

        Assert.Equal("FWU0009", Assert.Throws<FormworkException>(() => session.Update(new Order())).Code);
        Assert.Equal("FWU0009", Assert.Throws<FormworkException>(() => session.Retract(new Order())).Code);
    }

    [Fact]
    public void Events_InsertUpdateRetractFire_AreRaised()
    {
        var session = Session(new BigVip(new Outbox()));
        var seen = new List<string>();
        session.FactInserted += (_, e) => seen.Add("inserted");
        session.FactUpdated += (_, e) => seen.Add("updated");
        session.FactRetracted += (_, e) => seen.Add("retracted");
        session.ActivationCreated += (_, e) => seen.Add("created " + e.Rule.Name);
        session.RuleFiring += (_, e) => seen.Add("firing " + e.Facts[0].Declaration);
        session.RuleFired += (_, e) => seen.Add("fired");
        var order = new Order { Amount = 150000, Level = "VIP" };

        session.Insert(order);
        session.Fire();
        session.Update(order);
        session.Retract(order);

        Assert.Equal(["created BigVip", "inserted", "firing order", "fired", "created BigVip", "updated", "retracted"], seen);
    }

    [Fact]
    public void Query_ReturnsFactsOfType()
    {
        var session = Session(new Halting());
        session.InsertAll([new Order { Amount = 1 }, new Customer(), new Order { Amount = 2 }]);

        Assert.Equal([1m, 2m], session.Query<Order>().Select(o => o.Amount));
    }

    [Fact]
    public void Fire_OrGroup_FiresForEachMatchingAlternative()
    {
        var log = new Outbox();
        var session = Session(new OrRule(log));
        session.InsertAll([
            new Order { Amount = 200000, Level = "STD", CustomerId = "big" },
            new Order { Amount = 10, Level = "VIP", CustomerId = "vip" },
            new Order { Amount = 10, Level = "STD", CustomerId = "none" },
            new Order { Amount = 300000, Level = "VIP", CustomerId = "both" },
        ]);

        session.Fire();

        Assert.Equal(4, log.Messages.Count);
        Assert.Equal(2, log.Messages.Count(m => m == "both"));
        Assert.Contains("big", log.Messages);
        Assert.Contains("vip", log.Messages);
        Assert.DoesNotContain("none", log.Messages);
    }

    [Fact]
    public void Compile_DuplicateRuleNames_ThrowsFwu0005()
    {
        var error = Assert.Throws<FormworkException>(() => new RuleRepository().Load(new Halting(), new Halting()).Compile());

        Assert.Equal("FWU0005", error.Code);
        Assert.Equal("Rule set 'default' has two rules named 'Halting'; rule names must be unique.", error.Diagnostics[0].Message);
    }

    [Fact]
    public void Compile_DisabledRule_NeverFires()
    {
        var session = Session(new DisabledRule());
        session.Insert(new Order());

        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Compile_IdenticalConditions_ShareAlphaNodes()
    {
        var factory = (Internal.SessionFactory)new RuleRepository()
            .Load(new BigVip(new Outbox()), new Labelled(new Outbox(), "x", 0), new SharedPrefix())
            .Compile();

        var root = Assert.Single(factory.Network.TypeRoots);
        var amount = Assert.Single(root.Children, c => c.Key.Contains("100000", StringComparison.Ordinal));
        Assert.Equal(2, amount.Children.Count);
    }

    [Fact]
    public void Update_FactThatMatchedNothing_MatchesAfterChangeAndCanBeRetracted()
    {
        var log = new Outbox();
        var session = Session(new BigVip(log));
        var order = new Order { Amount = 5, Level = "VIP" };
        session.Insert(order);
        Assert.True(session.Contains(order));
        Assert.DoesNotContain(session.WhyNot(order), m => m.Reason != RuleMissReason.ConditionFalse);

        order.Amount = 500000;
        session.Update(order);
        Assert.Equal(1, session.Fire());

        session.Retract(order);
        Assert.False(session.Contains(order));
        Assert.Empty(session.Query<Order>());
    }

    [Fact]
    public void Insert_ConditionThrows_RefusesTheFactWithFwu0015()
    {
        var session = Session(new NullUnsafe());
        var customer = new Customer { Name = null! };

        var error = Assert.Throws<FormworkException>(() => session.Insert(customer));

        Assert.Equal("FWU0015", error.Code);
        Assert.False(session.Contains(customer));
        session.Insert(new Customer { Name = "ok" });
        Assert.Equal(0, session.Fire());
    }

    private sealed class NullUnsafe : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.Name.Length > 10);
            Then().Do(ctx => ctx.Halt());
        }
    }

    internal sealed class BigVip(Outbox log, RuleRepeatability repeatability = RuleRepeatability.Repeatable) : Rule
    {
        public override void Define()
        {
            Order order = null!;
            WithRepeatability(repeatability);
            When().Match(() => order, o => o.Amount > 100000, o => o.Level == "VIP");
            Then().Do(ctx => log.Send("big-vip " + order.Amount));
        }
    }

    internal sealed class SharedPrefix : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order, o => o.Amount > 100000, o => o.CustomerId == "x");
            Then().Do(ctx => ctx.Halt());
        }
    }

    internal sealed class SmallStd(Outbox log) : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order, o => o.Amount < 1000, o => o.Level == "STD");
            Then().Do(ctx => log.Send("small-std " + order.Amount));
        }
    }

    private sealed class Labelled(Outbox log, string label, int priority) : Rule
    {
        public override void Define()
        {
            Order order = null!;
            WithName("Labelled-" + label);
            WithPriority(priority);
            WithTags(label);
            When().Match(() => order);
            Then().Do(ctx => log.Send(label + " " + order.CustomerId));
        }
    }

    private sealed class StepOne : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter, c => c.Value == 0);
            Then().Do(ctx => Bump(ctx, counter));
        }
    }

    private sealed class StepTwo : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter, c => c.Value == 1);
            Then().Do(ctx => Bump(ctx, counter));
        }
    }

    private sealed class StepThree : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter, c => c.Value == 2);
            Then().Do(ctx => Bump(ctx, counter));
        }
    }

    private sealed class Runaway : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter, c => c.Value >= 0);
            Then().Do(ctx => Bump(ctx, counter));
        }
    }

    private sealed class Halting : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order);
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class Throwing : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order);
            Then().Do(ctx => Fail());
        }

        private static void Fail() => throw new InvalidOperationException("boom");
    }

    private sealed class DisabledRule : Rule
    {
        public override void Define()
        {
            Order order = null!;
            Disabled();
            When().Match(() => order);
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class OrRule(Outbox log) : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Or(
                g => g.Match(() => order, o => o.Amount > 100000),
                g => g.Match(() => order, o => o.Level == "VIP"));
            Then().Do(ctx => log.Send(order.CustomerId));
        }
    }

    private static void Bump(IContext context, Counter counter)
    {
        counter.Value++;
        context.Update(counter);
    }
}
