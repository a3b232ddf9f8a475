using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Formwork.Rules.Internal;

/// <summary>The rules engine's activity source, meter, instruments and log messages (names in <see cref="RulesTelemetry"/>).</summary>
internal static class Telemetry
{
    public static readonly ActivitySource Source = new(RulesTelemetry.SourceName);

    public static readonly Meter Meter = new(RulesTelemetry.SourceName);

    public static readonly Counter<long> SessionFires = Meter.CreateCounter<long>(RulesTelemetry.SessionFires, "{call}", "Calls of ISession.Fire.");

    public static readonly Histogram<double> SessionFireDuration = Meter.CreateHistogram<double>(RulesTelemetry.SessionFireDuration, "ms", "Duration of ISession.Fire calls.");

    public static readonly Counter<long> RuleFirings = Meter.CreateCounter<long>(RulesTelemetry.RuleFirings, "{firing}", "Rule firings.");

    public static readonly Histogram<double> RuleDuration = Meter.CreateHistogram<double>(RulesTelemetry.RuleDuration, "ms", "Duration of one rule's actions.");

    public static readonly Action<ILogger, string, string, string, Exception?> RuleFired = LoggerMessage.Define<string, string, string>(
        LogLevel.Debug, new EventId(1, "RuleFired"), "Rule '{Rule}' of rule set '{RuleSet}' fired on {Facts}");

    public static readonly Action<ILogger, string, int, int, double, Exception?> SessionFired = LoggerMessage.Define<string, int, int, double>(
        LogLevel.Debug, new EventId(2, "SessionFired"), "Rule set '{RuleSet}' v{Version}: {Count} rules fired in {ElapsedMs} ms");

    public static readonly Action<ILogger, string, string, Exception?> FireFailed = LoggerMessage.Define<string, string>(
        LogLevel.Error, new EventId(3, "FireFailed"), "Rule set '{RuleSet}': firing stopped: {Error}");

    public static double Milliseconds(long start) => Stopwatch.GetElapsedTime(start).TotalMilliseconds;

    public static KeyValuePair<string, object?> RuleSet(string name) => new(RulesTelemetry.RuleSetTag, name);

    public static KeyValuePair<string, object?> Rule(string name) => new(RulesTelemetry.RuleTag, name);
}
