using System;
using CustomerPortal.Data;
using CustomerPortal.Host;
using CustomerPortal.Scenarios;

namespace Formwork.Scenarios.Tests;

public class PortalArgumentsTests
{
    [Fact]
    public void Parse_NoArguments_RunsEveryScenarioInOrder()
    {
        var arguments = PortalArguments.Parse([]);

        Assert.Equal(ScenarioCatalog.All, arguments.Scenarios);
        Assert.Equal(SeedData.DefaultSeed, arguments.Seed);
        Assert.False(arguments.Help);
    }

    [Fact]
    public void Parse_UnknownScenario_NamesTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => PortalArguments.Parse(["--scenario", "S42"]));

        Assert.StartsWith("Unknown scenario 'S42'. Known: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OptionWithoutValue_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => PortalArguments.Parse(["--out"]));

        Assert.Equal("--out needs a value.", error.Message);
    }

    [Fact]
    public void Parse_SeedAndHelp_AreRead()
    {
        var arguments = PortalArguments.Parse(["--seed", "7", "--help"]);

        Assert.Equal(7, arguments.Seed);
        Assert.True(arguments.Help);
    }

    [Fact]
    public void Parse_BadSeed_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => PortalArguments.Parse(["--seed", "many"]));

        Assert.Equal("--seed takes an integer, not 'many'.", error.Message);
    }
}
