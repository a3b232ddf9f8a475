using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Rules;

namespace Formwork.Benchmarks.Rules;

/// <summary>
/// Open urgent tickets of VIP customers: a join of 20,000 tickets × 2,000 customers on the customer id, as a Rete
/// session (hash-indexed join) against a naive nested loop. Both return the number of matches (firings).
/// </summary>
[MemoryDiagnoser]
public class JoinBenchmark
{
    private ISessionFactory _factory = null!;
    private BenchCustomer[] _customers = [];
    private BenchTicket[] _tickets = [];

    /// <summary>Gets or sets how many tickets there are (customers are a tenth).</summary>
    [Params(20_000)]
    public int Tickets { get; set; }

    /// <summary>Builds the data (fixed seed) and compiles the rule.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        var tickets = BenchmarkScale.Size(Tickets);
        var customers = Math.Max(1, tickets / 10);
        _customers = Enumerable.Range(0, customers).Select(i => new BenchCustomer { Id = i, Vip = random.Next(4) == 0 }).ToArray();
        _tickets = Enumerable.Range(0, tickets).Select(_ => new BenchTicket
        {
            CustomerId = random.Next(customers),
            Open = random.Next(3) != 0,
            Urgency = random.Next(1, 6),
        }).ToArray();
        _factory = new RuleRepository().Load(new VipUrgentTicket()).Compile();
    }

    /// <summary>The naive nested loop.</summary>
    /// <returns>The number of matches.</returns>
    [Benchmark(Baseline = true)]
    public int NaiveNestedLoop()
    {
        var matches = 0;
        foreach (var customer in _customers)
        {
            if (!customer.Vip)
            {
                continue;
            }

            foreach (var ticket in _tickets)
            {
                if (ticket.Open && ticket.Urgency >= 4 && ticket.CustomerId == customer.Id)
                {
                    matches++;
                }
            }
        }

        return matches;
    }

    /// <summary>The Rete session: insert customers and tickets, fire.</summary>
    /// <returns>The number of matches.</returns>
    [Benchmark]
    public int ReteInsertAndFire()
    {
        var session = _factory.CreateSession();
        foreach (var customer in _customers)
        {
            session.Insert(customer);
        }

        foreach (var ticket in _tickets)
        {
            session.Insert(ticket);
        }

        return session.Fire();
    }

    private sealed class VipUrgentTicket : Rule
    {
        public override void Define()
        {
            BenchCustomer customer = null!;
            BenchTicket ticket = null!;
            When()
                .Match(() => customer, c => c.Vip)
                .Match(() => ticket, t => t.Open, t => t.Urgency >= 4, t => t.CustomerId == customer.Id);
            Then().Do(ctx => Touch(ticket));
        }
    }

    private static void Touch(BenchTicket ticket) => _ = ticket.Urgency;
}
