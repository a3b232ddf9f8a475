using System.IO;

namespace Formwork.Cli.Tests;

/// <summary>Runs the formwork command line in-process and captures what it prints.</summary>
internal static class CliHarness
{
    public static (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(arguments, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
