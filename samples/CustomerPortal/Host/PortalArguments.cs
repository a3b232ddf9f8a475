using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CustomerPortal.Data;
using CustomerPortal.Scenarios;

namespace CustomerPortal.Host;

/// <summary>The command line of the tour: <c>--scenario S4</c>, <c>--out DIR</c>, <c>--seed N</c>, <c>--help</c>.</summary>
public sealed record PortalArguments
{
    /// <summary>The scenarios to run, in order (all when none were named).</summary>
    public IReadOnlyList<IScenario> Scenarios { get; init; } = ScenarioCatalog.All;

    /// <summary>Where files go.</summary>
    public string OutputDirectory { get; init; } = Path.Combine(Directory.GetCurrentDirectory(), "portal-output");

    /// <summary>The dataset's seed.</summary>
    public int Seed { get; init; } = SeedData.DefaultSeed;

    /// <summary>Whether the help text was asked for.</summary>
    public bool Help { get; init; }

    /// <summary>Parses the command line; throws <see cref="ArgumentException"/> with a readable message on bad usage.</summary>
    public static PortalArguments Parse(IReadOnlyList<string> args)
    {
        var result = new PortalArguments();
        var scenarios = new List<IScenario>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h" or "-?":
                    result = result with { Help = true };
                    break;
                case "--scenario" or "-s":
                    foreach (var id in Next(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        scenarios.Add(ScenarioCatalog.Find(id)
                            ?? throw new ArgumentException($"Unknown scenario '{id}'. Known: {string.Join(", ", ScenarioCatalog.All.Select(s => s.Id))}."));
                    }

                    break;
                case "--out" or "-o":
                    result = result with { OutputDirectory = Path.GetFullPath(Next(args, ref i)) };
                    break;
                case "--seed":
                    var text = Next(args, ref i);
                    result = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
                        ? result with { Seed = seed }
                        : throw new ArgumentException($"--seed takes an integer, not '{text}'.");
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'. Try --help.");
            }
        }

        return scenarios.Count > 0 ? result with { Scenarios = scenarios } : result;
    }

    /// <summary>The help text, listing every scenario.</summary>
    public static string Usage()
    {
        var lines = new List<string>
        {
            "Formwork customer portal: a tour of S1–S8 on a seeded dataset.",
            string.Empty,
            "Usage: dotnet run --project samples/CustomerPortal [-- options]",
            "  --scenario S4[,S6]  run only these scenarios (default: all, in order)",
            "  --out DIR           where files such as dashboard.html go (default: ./portal-output)",
            "  --seed N            the dataset's seed (default: " + SeedData.DefaultSeed.ToString(CultureInfo.InvariantCulture) + ")",
            "  --help              this text",
            string.Empty,
            "Scenarios:",
        };
        lines.AddRange(ScenarioCatalog.All.Select(s => $"  {s.Id}  {s.Title}: {s.Summary}"));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Next(IReadOnlyList<string> args, ref int i) =>
        i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
}
