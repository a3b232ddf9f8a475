using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Expressions;
using Formwork.Json;

namespace Formwork.Cli.Commands;

/// <summary><c>formwork eval "&lt;formula&gt;"</c>: compiles a formula against the given data and prints the result as one JSON value.</summary>
internal sealed class EvalCommand : ICliCommand
{
    private static readonly string[] Options = ["data", "now", "time-zone", "schema"];

    public string Name => "eval";

    public string Summary => "Evaluate a formula against JSON data and print the result as JSON.";

    public string Usage => """
        Usage: formwork eval "<formula>" [--data '<json object>'] [--schema '<json object>'] [--now <iso date-time>] [--time-zone <id>]

          --data       field values: numbers, strings, booleans, null, arrays of objects (subforms),
                       objects (related records): '{"quantity":3,"lines":[{"amount":2}],"customer":{"level":"VIP"}}'
          --schema     field kinds, for strings that hold dates and for fields absent from --data:
                       '{"start":"date","lines":{"due":"date"}}'  kinds: number text boolean date datetime time list
          --now        the clock for TODAY() and NOW(), ISO 8601 with offset (default: the system clock)
          --time-zone  the time zone of TODAY() and NOW() (default: the offset of --now, else UTC)

        Prints one JSON value: number, string, boolean, null (blank), "2024-01-31" (date),
        ISO 8601 with offset (date-time), {"error":"#DIV/0!"} (error value). Exit 0.
        A formula that does not compile, or data that cannot be read: diagnostics on stderr, exit 2.
        """;

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(arguments, Options);
        if (parsed.Positional.Count != 1)
        {
            throw new CliUsageException(parsed.Positional.Count == 0 ? "Missing the formula." : "Give exactly one formula (quote it).");
        }

        var (clock, zone) = ReadClock(parsed.Get("now"), parsed.Get("time-zone"));
        EvalData data;
        try
        {
            data = EvalData.Read(parsed.Get("data"), parsed.Get("schema"));
        }
        catch (JsonException ex)
        {
            error.WriteLine($"formwork eval: {ex.Message}");
            return 2;
        }

        var compiler = new FormulaCompiler();
        var compilation = compiler.Compile(parsed.Positional[0], data.Scope);
        if (!compilation.Success)
        {
            foreach (var diagnostic in compilation.Diagnostics)
            {
                error.WriteLine(diagnostic.ToString());
                error.WriteLine("  " + diagnostic.MessageChinese);
            }

            return 2;
        }

        var result = compilation.Formula.Evaluate(data.Slots, new FormulaContext(clock, zone));
        output.WriteLine(ValueJson.ToPlainJson(result));
        return 0;
    }

    private static (TimeProvider Clock, TimeZoneInfo Zone) ReadClock(string? now, string? timeZone)
    {
        TimeProvider clock = TimeProvider.System;
        TimeZoneInfo zone = TimeZoneInfo.Utc;
        if (now is not null)
        {
            if (!DateTimeOffset.TryParse(now, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
                || !(now.EndsWith('Z') || now.Contains('+', StringComparison.Ordinal) || now.LastIndexOf('-') > 9))
            {
                throw new CliUsageException($"--now '{now}' is not an ISO 8601 date-time with an offset, such as 2026-01-15T10:00:00+08:00.");
            }

            clock = new FixedTimeProvider(instant);
            zone = instant.Offset == TimeSpan.Zero
                ? TimeZoneInfo.Utc
                : TimeZoneInfo.CreateCustomTimeZone("UTC" + instant.ToString("zzz", CultureInfo.InvariantCulture), instant.Offset, "UTC" + instant.ToString("zzz", CultureInfo.InvariantCulture), "UTC" + instant.ToString("zzz", CultureInfo.InvariantCulture));
        }

        if (timeZone is not null)
        {
            try
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                throw new CliUsageException($"--time-zone '{timeZone}' names no time zone on this machine (try Asia/Shanghai or UTC).");
            }
        }

        return (clock, zone);
    }

    /// <summary>A clock stopped at one instant, for <c>--now</c>.</summary>
    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
