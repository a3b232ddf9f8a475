using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Rules;

namespace Formwork.Benchmarks.Rules;

/// <summary>
/// The 2-rule set NRules is measured with (<c>Amount &gt; 100000 &amp;&amp; Level == "VIP"</c>,
/// <c>Amount &lt; 1000 &amp;&amp; Level == "STD"</c>) over 100,000 orders: insert every order into a new session and
/// fire, against a naive loop over the same conditions. Both return the number of firings.
/// </summary>
[MemoryDiagnoser]
public class TwoRuleBenchmark
{
    private ISessionFactory _factory = null!;
    private BenchOrder[] _orders = [];

    /// <summary>Gets or sets how many orders are inserted.</summary>
    [Params(100_000)]
    public int Orders { get; set; }

    /// <summary>Builds the orders (fixed seed) and compiles the rules.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        _orders = Enumerable.Range(0, BenchmarkScale.Size(Orders)).Select(_ => new BenchOrder
        {
            Amount = random.Next(0, 200_000),
            Level = random.Next(2) == 0 ? "VIP" : "STD",
        }).ToArray();
        _factory = new RuleRepository().Load(new BigVip(), new SmallStd()).Compile();
    }

    /// <summary>The naive loop.</summary>
    /// <returns>The number of firings.</returns>
    [Benchmark(Baseline = true)]
    public int NaiveLoop()
    {
        var fired = 0;
        foreach (var order in _orders)
        {
            if (order.Amount > 100000 && order.Level == "VIP")
            {
                fired++;
            }

            if (order.Amount < 1000 && order.Level == "STD")
            {
                fired++;
            }
        }

        return fired;
    }

    /// <summary>The Rete session: insert every order, fire.</summary>
    /// <returns>The number of firings.</returns>
    [Benchmark]
    public int ReteInsertAndFire()
    {
        var session = _factory.CreateSession();
        foreach (var order in _orders)
        {
            session.Insert(order);
        }

        return session.Fire();
    }

    private sealed class BigVip : Rule
    {
        public override void Define()
        {
            BenchOrder order = null!;
            When().Match(() => order, o => o.Amount > 100000 && o.Level == "VIP");
            Then().Do(ctx => Touch(order));
        }
    }

    private sealed class SmallStd : Rule
    {
        public override void Define()
        {
            BenchOrder order = null!;
            When().Match(() => order, o => o.Amount < 1000 && o.Level == "STD");
            Then().Do(ctx => Touch(order));
        }
    }

    private static void Touch(BenchOrder order) => _ = order.Amount;
}
