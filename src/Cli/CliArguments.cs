using System;
using System.Collections.Generic;
using System.Linq;

namespace Formwork.Cli;

/// <summary>Parses <c>positional --name value --flag</c> arguments.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    private CliArguments()
    {
    }

    public List<string> Positional { get; } = [];

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.GetValueOrDefault(name);

    /// <summary>Parses arguments; <paramref name="flags"/> are options that take no value.</summary>
    /// <param name="arguments">The arguments.</param>
    /// <param name="known">Options that take a value, without the leading dashes.</param>
    /// <param name="flags">Options that take no value.</param>
    /// <returns>The parsed arguments.</returns>
    /// <exception cref="CliUsageException">An unknown option or a missing value.</exception>
    public static CliArguments Parse(IReadOnlyList<string> arguments, IReadOnlyCollection<string> known, IReadOnlyCollection<string>? flags = null)
    {
        var result = new CliArguments();
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (!argument.StartsWith("--", StringComparison.Ordinal) || argument.Length == 2)
            {
                result.Positional.Add(argument);
                continue;
            }

            var name = argument[2..];
            string? inline = null;
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                inline = name[(equals + 1)..];
                name = name[..equals];
            }

            if (flags is not null && flags.Contains(name))
            {
                result._options[name] = null;
                continue;
            }

            if (!known.Contains(name))
            {
                throw new CliUsageException($"Unknown option '--{name}'.");
            }

            if (inline is null && i + 1 >= arguments.Count)
            {
                throw new CliUsageException($"Option '--{name}' needs a value.");
            }

            result._options[name] = inline ?? arguments[++i];
        }

        return result;
    }
}
