using System;
using Formwork.Testing;

namespace Formwork.Cli.Tests;

/// <summary><c>formwork check</c> on the sample's workflow, rule set and report, each against its form.</summary>
public sealed class CheckOtherKindsTests
{
    private static readonly string Form = RepositoryPaths.File("samples/CustomerPortal/Definitions/contract.form.json");

    [Theory]
    [InlineData("contract-approval.workflow.json", "ok — workflow 'contract-approval' version 1: 12 nodes, on form 'contract'")]
    [InlineData("contract.rules.json", "ok — rule set 'contract-automation' version 1: 1 rules, on form 'contract'")]
    [InlineData("contracts-by-region.report.json", "ok — report 'contracts-by-region': 1 row and 0 column dimensions, 4 measures, over form 'contract'")]
    public void Run_SampleDefinition_RecognisesItsKindAndPasses(string file, string expected)
    {
        var (code, output, error) = CliHarness.Run("check", RepositoryPaths.File("samples/CustomerPortal/Definitions/" + file), "--form", Form);
        Assert.True(code == 0, error);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WorkflowWithoutForm_SaysToAddIt()
    {
        var (code, _, error) = CliHarness.Run("check", RepositoryPaths.File("samples/CustomerPortal/Definitions/contract-approval.workflow.json"));
        Assert.Equal(1, code);
        Assert.Contains("Checking a workflow needs the form it works on: add --form <form.json>.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RuleWithUnknownField_ReportsPathAgainstTheForm()
    {
        var path = System.IO.Path.Combine(System.IO.Directory.CreateTempSubdirectory("formwork-check-").FullName, "rules.json");
        System.IO.File.WriteAllText(path, """{ "name": "r", "rules": [ { "name": "x", "form": "contract", "when": "amout > 1", "then": [ { "action": "setField", "field": "level", "value": "\"VIP\"" } ] } ] }""");
        var (code, _, error) = CliHarness.Run("check", path, "--form", Form);
        Assert.Equal(2, code);
        Assert.Contains("$.rules[0].when", error, StringComparison.Ordinal);
        Assert.Contains("amout", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExplicitKindThatDoesNotExist_IsUsageError()
    {
        var (code, _, error) = CliHarness.Run("check", Form, "--kind", "spreadsheet");
        Assert.Equal(1, code);
        Assert.Contains("Unknown kind 'spreadsheet'", error, StringComparison.Ordinal);
    }
}
