using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Rules;

namespace Formwork.Benchmarks.Rules;

/// <summary>
/// 100,000 leads against 200 routing and grading rules (100 region × industry → owner rules, 100 source × score-band
/// → grade rules; rules share their region, industry and source conditions): insert every lead into a new session and
/// fire, against a naive loop that evaluates every rule (the same compiled conditions) against every lead. Both return
/// the number of firings plus a checksum of the assigned owners and grades.
/// </summary>
[MemoryDiagnoser]
public class RoutingRulesBenchmark
{
    internal static readonly string[] Regions = ["East", "West", "North", "South", "Central", "NorthEast", "NorthWest", "SouthWest", "SouthEast", "Overseas"];
    internal static readonly string[] Industries = ["Manufacturing", "Retail", "Finance", "Energy", "Health", "Education", "Logistics", "Software", "Media", "Agriculture"];
    internal static readonly string[] Sources = ["Web", "Expo", "Referral", "Ads", "Phone", "Partner", "Event", "Mail", "Social", "Other"];

    private ISessionFactory _factory = null!;
    private (Func<BenchLead, bool> When, Action<BenchLead> Then)[] _naive = [];
    private BenchLead[] _leads = [];

    /// <summary>Gets or sets how many leads are inserted.</summary>
    [Params(100_000)]
    public int Leads { get; set; }

    /// <summary>Builds the leads (fixed seed), the rule set and its naive twin.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _leads = Enumerable.Range(0, BenchmarkScale.Size(Leads)).Select(_ => new BenchLead
        {
            Region = Regions[random.Next(Regions.Length)],
            Industry = Industries[random.Next(Industries.Length)],
            Source = Sources[random.Next(Sources.Length)],
            Score = random.Next(0, 100),
        }).ToArray();
        var rules = new List<Rule>();
        var naive = new List<(Func<BenchLead, bool>, Action<BenchLead>)>();
        for (var r = 0; r < Regions.Length; r++)
        {
            for (var i = 0; i < Industries.Length; i++)
            {
                var owner = (r * Industries.Length) + i + 1;
                var rule = new RouteRule(Regions[r], Industries[i], owner);
                rules.Add(rule);
                var region = Regions[r];
                var industry = Industries[i];
                naive.Add((l => l.Region == region && l.Industry == industry, l => l.Owner = owner));
            }
        }

        for (var s = 0; s < Sources.Length; s++)
        {
            for (var band = 0; band < 10; band++)
            {
                var grade = (s * 10) + band + 1;
                rules.Add(new GradeRule(Sources[s], band * 10, (band * 10) + 10, grade));
                var source = Sources[s];
                var low = band * 10;
                var high = low + 10;
                naive.Add((l => l.Source == source && l.Score >= low && l.Score < high, l => l.Grade = grade));
            }
        }

        _factory = new RuleRepository().Load(rules.ToArray()).Compile();
        _naive = naive.ToArray();
    }

    /// <summary>The naive loop: every rule against every lead.</summary>
    /// <returns>Firings plus the owner and grade checksum.</returns>
    [Benchmark(Baseline = true)]
    public long NaiveLoop()
    {
        var fired = 0L;
        foreach (var lead in _leads)
        {
            foreach (var (when, then) in _naive)
            {
                if (when(lead))
                {
                    then(lead);
                    fired++;
                }
            }
        }

        return Result(fired);
    }

    /// <summary>The Rete session: insert every lead, fire.</summary>
    /// <returns>Firings plus the owner and grade checksum.</returns>
    [Benchmark]
    public long ReteInsertAndFire()
    {
        var session = _factory.CreateSession();
        foreach (var lead in _leads)
        {
            session.Insert(lead);
        }

        return Result(session.Fire());
    }

    private long Result(long fired)
    {
        var checksum = 0L;
        foreach (var lead in _leads)
        {
            checksum += (lead.Owner * 1000L) + lead.Grade;
            lead.Owner = 0;
            lead.Grade = 0;
        }

        return (fired * 1_000_000_007L) + checksum;
    }

    private sealed class RouteRule(string region, string industry, int owner) : Rule
    {
        public override void Define()
        {
            BenchLead lead = null!;
            var r = region;
            var i = industry;
            var o = owner;
            WithName("route " + region + "/" + industry);
            When().Match(() => lead, l => l.Region == r, l => l.Industry == i);
            Then().Do(ctx => Assign(lead, o));
        }

        private static void Assign(BenchLead lead, int owner) => lead.Owner = owner;
    }

    private sealed class GradeRule(string source, int low, int high, int grade) : Rule
    {
        public override void Define()
        {
            BenchLead lead = null!;
            var s = source;
            var lo = low;
            var hi = high;
            var g = grade;
            WithName("grade " + source + " " + low);
            When().Match(() => lead, l => l.Source == s, l => l.Score >= lo, l => l.Score < hi);
            Then().Do(ctx => SetGrade(lead, g));
        }

        private static void SetGrade(BenchLead lead, int grade) => lead.Grade = grade;
    }
}
