using Formwork.Diagnostics;
using Formwork.Rules.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Formwork.Rules.Tests;

public sealed class RuleEngineTests
{
    private static RuleSet Version(int version, decimal threshold) =>
        new RuleRepository().Load(new Threshold(threshold)).ToRuleSet("orders", version);

    [Fact]
    public void Publish_NewVersion_RunningSessionsFinishOnTheOld()
    {
        var engine = new RuleEngine();
        engine.Publish(Version(1, 1000));
        var old = engine.CreateSession("orders");

        engine.Publish(Version(2, 10));
        var fresh = engine.CreateSession("orders");
        old.Insert(new Order { Amount = 500 });
        fresh.Insert(new Order { Amount = 500 });

        Assert.Equal(1, old.RuleSet.Version);
        Assert.Equal(2, fresh.RuleSet.Version);
        Assert.Equal(0, old.Fire());
        Assert.Equal(1, fresh.Fire());
    }

    [Fact]
    public void Publish_SameOrLowerVersion_ThrowsFwu0012AndKeepsCurrent()
    {
        var engine = new RuleEngine();
        engine.Publish(Version(2, 10));

        var error = Assert.Throws<FormworkException>(() => engine.Publish(Version(2, 1)));

        Assert.Equal("FWU0012", error.Code);
        Assert.Equal("Rule set 'orders' version 2 cannot be published: version 2 is already current. Publish a higher version.", error.Diagnostics[0].Message);
        Assert.Equal(2, engine.GetSessionFactory("orders").RuleSet.Version);
    }

    [Fact]
    public void Publish_BrokenVersion_KeepsCurrent()
    {
        var engine = new RuleEngine();
        engine.Publish(Version(1, 10));
        var broken = new RuleRepository().Load(new Threshold(1), new Threshold(2)).ToRuleSet("orders", 2);

        Assert.Equal("FWU0005", Assert.Throws<FormworkException>(() => engine.Publish(broken)).Code);
        Assert.Equal(1, engine.GetSessionFactory("orders").RuleSet.Version);
    }

    [Fact]
    public void CreateSession_UnknownRuleSet_ThrowsFwu0011()
    {
        var error = Assert.Throws<FormworkException>(() => new RuleEngine().CreateSession("nope"));

        Assert.Equal("FWU0011", error.Code);
        Assert.Equal("尚未发布名为“nope”的规则集。", error.Diagnostics[0].MessageChinese);
    }

    [Fact]
    public void AddRules_RegistersEngineWithConfiguredDefaults()
    {
        var services = new ServiceCollection();
        services.AddFormwork(b => b.AddRules(o => o.CycleLimit = 3).AddRules());
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<RuleEngine>();
        engine.Publish(new RuleRepository().Load(new Looping()).ToRuleSet("loop"));
        var session = engine.CreateSession("loop");
        session.Insert(new Counter());

        Assert.Same(engine, provider.GetRequiredService<RuleEngine>());
        Assert.Contains("cycle limit of 3", Assert.Throws<FormworkException>(() => session.Fire()).Message, System.StringComparison.Ordinal);
    }

    private sealed class Threshold(decimal threshold) : Rule
    {
        public override void Define()
        {
            Order order = null!;
            var limit = threshold;
            When().Match(() => order, o => o.Amount > limit);
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class Looping : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Do(ctx => ctx.Update(counter));
        }
    }
}
