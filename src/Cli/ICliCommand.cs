using System.Collections.Generic;
using System.IO;

namespace Formwork.Cli;

/// <summary>One <c>formwork</c> sub-command. Commands are found by reflection: add a class, and it is listed.</summary>
internal interface ICliCommand
{
    /// <summary>Gets the command name typed after <c>formwork</c>, such as <c>eval</c>.</summary>
    string Name { get; }

    /// <summary>Gets one line for <c>formwork --help</c>.</summary>
    string Summary { get; }

    /// <summary>Gets the usage text printed by <c>formwork NAME --help</c> and on bad arguments.</summary>
    string Usage { get; }

    /// <summary>Runs the command.</summary>
    /// <param name="arguments">The arguments after the command name.</param>
    /// <param name="output">Standard output: results, as JSON.</param>
    /// <param name="error">Standard error: diagnostics and usage.</param>
    /// <returns>The exit code: 0 success, 1 bad usage or input file, 2 the definition/formula/data was refused.</returns>
    int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error);
}
