using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using Formwork.Diagnostics;
using Formwork.Rules.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Formwork.Rules.Tests;

public sealed class RulesTelemetryTests
{
    private static (ISession Session, string RuleSet) GradingSession(SessionOptions? options = null)
    {
        var name = "telemetry-" + Guid.NewGuid().ToString("N");
        var factory = new RuleRepository().Load(new GradeLeadA(), new GradeLeadC()).ToRuleSet(name, 2).Compile();
        var session = factory.CreateSession(options);
        session.Insert(new Lead { Company = "A", Title = "采购总监", CompanySize = 800 });
        session.Insert(new Lead { Company = "B", Title = "Clerk" });
        return (session, name);
    }

    [Fact]
    public void Fire_WithMeterListener_CountsFiresAndFiringsPerRuleAndRecordsDurations()
    {
        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RulesTelemetry.SourceName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, Tags(tags))));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, Tags(tags))));
        listener.Start();
        var (session, ruleSet) = GradingSession();

        Assert.Equal(2, session.Fire());

        var mine = measurements.Where(m => Equals(m.Tags.GetValueOrDefault(RulesTelemetry.RuleSetTag), ruleSet)).ToList();
        Assert.Equal(1, mine.Where(m => m.Instrument == RulesTelemetry.SessionFires).Sum(m => m.Value));
        Assert.Single(mine, m => m.Instrument == RulesTelemetry.SessionFireDuration && m.Value >= 0);
        Assert.Equal(
            ["GradeLeadA", "GradeLeadC"],
            mine.Where(m => m.Instrument == RulesTelemetry.RuleFirings).Select(m => (string)m.Tags[RulesTelemetry.RuleTag]!).Order(StringComparer.Ordinal));
        Assert.Equal(2, mine.Count(m => m.Instrument == RulesTelemetry.RuleDuration && m.Tags.ContainsKey(RulesTelemetry.RuleTag)));
    }

    [Fact]
    public void Fire_WithActivityListener_OneFireActivityWithAChildPerFiring()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == RulesTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var (session, ruleSet) = GradingSession();

        session.Fire();

        var mine = stopped.Where(a => Equals(a.GetTagItem(RulesTelemetry.RuleSetTag), ruleSet)).ToList();
        var fire = Assert.Single(mine, a => a.OperationName == RulesTelemetry.FireActivity);
        Assert.Equal(2, fire.GetTagItem("formwork.rule_set.version"));
        Assert.Equal(2, fire.GetTagItem("formwork.rules.fired"));
        var rules = mine.Where(a => a.OperationName == RulesTelemetry.RuleActivity).ToList();
        Assert.Equal(["GradeLeadA", "GradeLeadC"], rules.Select(a => (string)a.GetTagItem(RulesTelemetry.RuleTag)!).Order(StringComparer.Ordinal));
        Assert.All(rules, a => Assert.Equal(fire.SpanId, a.ParentSpanId));
    }

    [Fact]
    public void Fire_WithLogger_LogsEachFiringAndTheCall()
    {
        var logger = new ListLogger();
        var (session, ruleSet) = GradingSession(new SessionOptions { Logger = logger });

        session.Fire();

        Assert.Equal(
            [
                "Debug 1 Rule 'GradeLeadA' of rule set '" + ruleSet + "' fired on lead = Lead(A)",
                "Debug 1 Rule 'GradeLeadC' of rule set '" + ruleSet + "' fired on lead = Lead(B)",
            ],
            logger.Entries.Take(2));
        Assert.StartsWith("Debug 2 Rule set '" + ruleSet + "' v2: 2 rules fired in ", logger.Entries[2], StringComparison.Ordinal);
        Assert.Equal(3, logger.Entries.Count);
    }

    [Fact]
    public void Fire_CycleLimitWithLogger_LogsTheErrorAndRethrows()
    {
        var logger = new ListLogger();
        var session = new RuleRepository().Load(new Looping()).ToRuleSet("loop-log").Compile().CreateSession(new SessionOptions { Logger = logger, CycleLimit = 2 });
        session.Insert(new Counter());

        var error = Assert.Throws<FormworkException>(() => session.Fire());

        Assert.Equal("FWU0007", error.Code);
        Assert.Equal("Error 3 Rule set 'loop-log': firing stopped: " + error.Message, logger.Entries.Single(e => e.StartsWith("Error", StringComparison.Ordinal)));
    }

    [Fact]
    public void Fire_WithoutLoggerOrListeners_FiresNormally()
    {
        var (session, _) = GradingSession();

        Assert.Equal(2, session.Fire());
    }

    [Fact]
    public void AddRules_HostLoggerFactory_SessionsOfTheEngineLog()
    {
        var logger = new ListLogger();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(new ListLoggerFactory(logger));
        services.AddFormwork(b => b.AddRules());
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<RuleEngine>();
        engine.Publish(new RuleRepository().Load(new GradeLeadC()).ToRuleSet("di-log"));
        var session = engine.CreateSession("di-log");
        session.Insert(new Lead { Company = "Z" });

        session.Fire();

        Assert.Equal("Debug 1 Rule 'GradeLeadC' of rule set 'di-log' fired on lead = Lead(Z)", logger.Entries[0]);
        Assert.Equal(RulesTelemetry.LoggerCategory, Assert.Single(((ListLoggerFactory)provider.GetRequiredService<ILoggerFactory>()).Categories));
    }

    private static Dictionary<string, object?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            result[tag.Key] = tag.Value;
        }

        return result;
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

    private sealed class ListLogger : ILogger
    {
        public List<string> Entries { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add(logLevel + " " + eventId.Id + " " + formatter(state, exception));
    }

    private sealed class ListLoggerFactory(ListLogger logger) : ILoggerFactory
    {
        public List<string> Categories { get; } = new();

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public ILogger CreateLogger(string categoryName)
        {
            Categories.Add(categoryName);
            return logger;
        }

        public void Dispose()
        {
        }
    }
}
