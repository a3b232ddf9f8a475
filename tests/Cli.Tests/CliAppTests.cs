namespace Formwork.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public void Run_NoArguments_PrintsHelpToErrorAndExits1()
    {
        var (code, output, error) = CliHarness.Run();
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Usage: formwork <command>", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_NamesItAndExits1()
    {
        var (code, _, error) = CliHarness.Run("frobnicate");
        Assert.Equal(1, code);
        Assert.Contains("unknown command 'frobnicate'", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ListsEveryCommand()
    {
        var (code, output, _) = CliHarness.Run("--help");
        Assert.Equal(0, code);
        foreach (var command in CliApp.Commands)
        {
            Assert.Contains(command.Name, output, System.StringComparison.Ordinal);
        }
    }
}
