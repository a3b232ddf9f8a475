using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Formwork.Cli;

/// <summary>The <c>formwork</c> command line: finds the command and runs it. Tests call <see cref="Run"/> in-process.</summary>
internal static class CliApp
{
    public static IReadOnlyList<ICliCommand> Commands { get; } = typeof(CliApp).Assembly.GetTypes()
        .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToArray();

    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        if (arguments.Count == 0 || arguments[0] is "--help" or "-h" or "help")
        {
            WriteHelp(arguments.Count == 0 ? error : output);
            return arguments.Count == 0 ? 1 : 0;
        }

        var command = Commands.FirstOrDefault(c => c.Name == arguments[0]);
        if (command is null)
        {
            error.WriteLine($"formwork: unknown command '{arguments[0]}'.");
            WriteHelp(error);
            return 1;
        }

        var rest = arguments.Skip(1).ToArray();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            output.WriteLine(command.Usage);
            return 0;
        }

        try
        {
            return command.Run(rest, output, error);
        }
        catch (CliUsageException ex)
        {
            error.WriteLine($"formwork {command.Name}: {ex.Message}");
            error.WriteLine(command.Usage);
            return 1;
        }
        catch (IOException ex)
        {
            error.WriteLine($"formwork {command.Name}: {ex.Message}");
            return 1;
        }
    }

    private static void WriteHelp(TextWriter writer)
    {
        writer.WriteLine("formwork — check, evaluate, submit, simulate and report with Formwork definitions.");
        writer.WriteLine();
        writer.WriteLine("Usage: formwork <command> [options]   (formwork <command> --help for its options)");
        writer.WriteLine();
        foreach (var command in Commands)
        {
            writer.WriteLine($"  {command.Name,-10} {command.Summary}");
        }
    }
}
