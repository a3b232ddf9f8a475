using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Reporting;
using Formwork.Rules;
using Formwork.Testing;
using Formwork.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace Formwork.Scenarios.Tests;

/// <summary>The README's quick start is this file's <see cref="QuickStartAsync"/>, line for line: it can never rot.</summary>
[Collection(ConsoleCollection.Name)]
public partial class ReadmeQuickStartTests
{
    [Fact]
    public void Readme_QuickStartBlock_IsExactlyTheCodeThisTestRuns()
    {
        var readme = File.ReadAllText(RepositoryPaths.File("README.md")).ReplaceLineEndings("\n");
        var source = File.ReadAllText(RepositoryPaths.File("tests/Scenarios.Tests/ReadmeQuickStartTests.cs")).ReplaceLineEndings("\n");

        var block = ReadmeBlock().Match(readme);
        var body = SourceBody().Match(source);

        Assert.True(block.Success, "README.md has no ```csharp block after <!-- quick-start -->.");
        Assert.True(body.Success, "The quick start markers are missing in this file.");
        var code = string.Join('\n', body.Groups["code"].Value.TrimEnd().Split('\n').Select(line => line.Length >= 8 ? line[8..] : line.TrimStart()));
        Assert.Equal(code, block.Groups["code"].Value.TrimEnd());
        Assert.InRange(code.Split('\n').Length, 20, 40);
    }

    [Fact]
    public async Task QuickStart_Runs_AndPrintsTheComputedApprovedAndReportedOrder()
    {
        var previous = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            await QuickStartAsync();
        }
        finally
        {
            Console.SetOut(previous);
        }

        Assert.Equal("amount 10000, approval Approved, priority high, report total 10000", output.ToString().Trim());
    }

    private static async Task QuickStartAsync()
    {
        // <quick-start>
        var directory = new InMemoryOrganizationDirectory()
            .AddUser(new DirectoryUser { Id = "alice", Name = "Alice" }).AddUser(new DirectoryUser { Id = "bob", Name = "Bob" });
        using var services = new ServiceCollection().AddSingleton<IOrganizationDirectory>(directory)
            .AddFormwork(b => b.AddExpressions().AddForms().AddWorkflow().AddRules().AddReporting()).BuildServiceProvider();

        // A form with a computed field, an approval both Alice and Bob must sign (会签), one rule and one report.
        var form = services.GetRequiredService<FormDefinitionLoader>().Compile(new FormBuilder("order")
            .Field("customer", FieldType.Text, f => f.Required()).Field("quantity", FieldType.Number)
            .Field("unitPrice", FieldType.Money).Field("priority", FieldType.Text)
            .Computed("amount", "quantity * unitPrice").Build()).GetFormOrThrow();
        var workflows = services.GetRequiredService<WorkflowEngine>();
        workflows.Deploy(services.GetRequiredService<WorkflowDefinitionLoader>().Compile(new WorkflowBuilder("order-approval")
            .Start("start", "review").Approval("review", n => n.Users("alice", "bob").Mode(ApprovalMode.Countersign).Next("end"))
            .End("end").Build(), form).GetWorkflowOrThrow());
        var rules = new RuleLoader(new RuleSchema().AddForm(form)).LoadJson("""
            { "name": "orders", "rules": [{ "name": "big order", "form": "order", "when": "amount >= 10000",
              "then": [{ "action": "setField", "field": "priority", "value": "\"high\"" }] }] }
            """).GetRuleSetOrThrow().Compile();
        var dataset = ReportDataset.FromForm(form);
        var report = new ReportBuilder("by-customer").Row("customer").Sum("total", "amount").Build(dataset);

        // Carol submits an order; both signers approve; the rules and the report run on it.
        var carol = new Actor("carol");
        var order = (await services.GetRequiredService<FormEngine>().SubmitAsync(form,
            form.ReadData("""{ "customer": "ACME", "quantity": 4, "unitPrice": 2500 }"""), new SubmissionOptions { Actor = carol })).Data;
        var instance = (await workflows.StartAsync(new StartWorkflowRequest
            { DefinitionId = "order-approval", Submitter = carol, Data = order, IdempotencyKey = "order-1" })).GetInstanceOrThrow();
        foreach (var task in instance.Tasks.Where(t => t.IsOpen).ToList())
        {
            instance = (await workflows.ActAsync(new WorkflowAction { InstanceId = instance.Id, TaskId = task.Id,
                Kind = WorkflowActionKind.Approve, Actor = new Actor(task.AssigneeId), IdempotencyKey = task.Id })).GetInstanceOrThrow();
        }

        var fired = await services.GetRequiredService<RecordRuleRunner>().RunAsync(rules, [new RecordFact("order", "order-1", order)]);
        var totals = services.GetRequiredService<ReportEngine>().Run(report, DatasetRows.FromRecords(dataset, [order]));
        Console.WriteLine($"amount {order["amount"]}, approval {instance.Status}, priority {fired.Records[0].Data["priority"]}, report total {totals.Rows[^1].Cells[0]}");
        // </quick-start>
    }

    [GeneratedRegex(@"<!-- quick-start -->\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeBlock();

    [GeneratedRegex(@"// <quick-start>\n(?<code>.*?)\n\s*// </quick-start>", RegexOptions.Singleline)]
    private static partial Regex SourceBody();
}
