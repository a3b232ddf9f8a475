using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Expressions;
using Formwork.Rules;

namespace Formwork.Benchmarks.Rules;

/// <summary>
/// S2 as JSON: open urgent tickets of VIP customers, a join of 20,000 ticket records × 2,000 customer records on
/// <c>code = ticket.customerId</c> (hash-indexed), against a naive nested loop over the same records. Both return the
/// number of matches (firings).
/// </summary>
[MemoryDiagnoser]
public class JsonJoinBenchmark
{
    private const string Rules = """
        { "name": "support", "rules": [
          { "name": "vip urgent ticket", "form": "ticket", "as": "ticket", "when": ["status = \"open\"", "urgency >= 4"],
            "match": [ { "as": "customer", "form": "customer", "when": ["code = ticket.customerId", "level = \"VIP\""] } ],
            "then": [ { "action": "setField", "field": "flag", "value": "TRUE" } ] } ] }
        """;

    private ISessionFactory _factory = null!;
    private RecordData[] _customers = [];
    private RecordData[] _tickets = [];

    /// <summary>Gets or sets how many tickets there are (customers are a tenth).</summary>
    [Params(20_000)]
    public int Tickets { get; set; }

    /// <summary>Builds the data (fixed seed) and loads the rule.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        var tickets = BenchmarkScale.Size(Tickets);
        var customers = Math.Max(1, tickets / 10);
        _customers = Enumerable.Range(0, customers)
            .Select(i => new RecordData().Set("code", "C" + i).Set("level", random.Next(4) == 0 ? "VIP" : "STD"))
            .ToArray();
        _tickets = Enumerable.Range(0, tickets)
            .Select(_ => new RecordData().Set("customerId", "C" + random.Next(customers)).Set("status", random.Next(3) != 0 ? "open" : "closed").Set("urgency", random.Next(1, 6)))
            .ToArray();
        var schema = new RuleSchema()
            .AddForm("ticket", new FormulaScope().AddField("customerId", ValueKind.Text).AddField("status", ValueKind.Text).AddField("urgency", ValueKind.Number).AddField("flag", ValueKind.Boolean))
            .AddForm("customer", new FormulaScope().AddField("code", ValueKind.Text).AddField("level", ValueKind.Text));
        _factory = new RuleLoader(schema).LoadJson(Rules).GetRuleSetOrThrow().Compile();
    }

    /// <summary>The naive nested loop over the records.</summary>
    /// <returns>The number of matches.</returns>
    [Benchmark(Baseline = true)]
    public int NaiveNestedLoop()
    {
        var matches = 0;
        foreach (var customer in _customers)
        {
            if (customer["level"].AsText() != "VIP")
            {
                continue;
            }

            var code = customer["code"].AsText();
            foreach (var ticket in _tickets)
            {
                if (ticket["status"].AsText() == "open" && ticket["urgency"].AsNumber() >= 4 && string.Equals(ticket["customerId"].AsText(), code, StringComparison.OrdinalIgnoreCase))
                {
                    matches++;
                }
            }
        }

        return matches;
    }

    /// <summary>The Rete session: insert customers and tickets as record facts, fire.</summary>
    /// <returns>The number of matches.</returns>
    [Benchmark]
    public int ReteInsertAndFire()
    {
        var session = _factory.CreateSession();
        var facts = new List<object>(_customers.Length + _tickets.Length);
        for (var i = 0; i < _customers.Length; i++)
        {
            facts.Add(new RecordFact("customer", "c" + i, _customers[i].Clone()));
        }

        for (var i = 0; i < _tickets.Length; i++)
        {
            facts.Add(new RecordFact("ticket", "t" + i, _tickets[i].Clone()));
        }

        session.InsertAll(facts);
        return session.Fire();
    }
}
