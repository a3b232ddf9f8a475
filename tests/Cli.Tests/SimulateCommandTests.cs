using System;
using System.IO;

namespace Formwork.Cli.Tests;

public sealed class SimulateCommandTests : IDisposable
{
    private const string Workflow = """
        {
          "id": "contract-approval",
          "form": "contract",
          "nodes": [
            { "id": "start", "type": "start", "next": "chain" },
            { "id": "chain", "type": "approval", "name": "主管", "mode": "sequential", "approvers": [ { "type": "managerChain", "level": 2 } ], "next": "amount" },
            { "id": "amount", "type": "condition", "branches": [ { "name": "small", "when": "amount < 50000", "next": "director" }, { "name": "large", "next": "countersign" } ] },
            { "id": "director", "type": "approval", "approvers": [ { "type": "role", "role": "sales-director" } ], "next": "end" },
            { "id": "countersign", "type": "approval", "mode": "countersign", "approvers": [ { "type": "role", "role": "sales-director" }, { "type": "users", "users": ["ceo"] } ], "next": "end" },
            { "id": "end", "type": "end" }
          ]
        }
        """;

    private const string Form = """
        {
          "kind": "form",
          "id": "contract",
          "version": 1,
          "fields": [
            { "name": "customer", "type": "text", "label": "客户" },
            { "name": "amount", "type": "money", "label": "金额" }
          ]
        }
        """;

    private const string Directory = """
        {
          "submitter": "sales",
          "departments": [ { "id": "d-sales", "name": "销售部", "heads": ["director"] } ],
          "users": [
            { "id": "sales", "name": "Sales", "departments": ["d-sales"], "managerId": "m1" },
            { "id": "m1", "name": "M1", "managerId": "m2" },
            { "id": "m2", "name": "M2", "managerId": "director" },
            { "id": "director", "name": "Director", "roles": ["sales-director"] },
            { "id": "ceo", "name": "CEO" }
          ]
        }
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "formwork-simulate-" + Guid.NewGuid().ToString("N"));

    public SimulateCommandTests()
    {
        System.IO.Directory.CreateDirectory(_folder);
    }

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Simulate_WithFormDataAndDirectory_PrintsPathAndApprovers()
    {
        var (code, output, error) = CliHarness.Run("simulate", "--workflow", Write("wf.json", Workflow), "--form", Write("form.json", Form),
            "--data", Write("data.json", """{ "customer": "云杉", "amount": 80000 }"""), "--directory", Write("org.json", Directory));

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, code);
        Assert.Equal("""
            {
              "workflow": "contract-approval",
              "version": 1,
              "status": "approved",
              "steps": [
                {
                  "node": "chain",
                  "name": "主管",
                  "kind": "approval",
                  "mode": "sequential",
                  "approvers": [
                    "m1",
                    "m2"
                  ]
                },
                {
                  "node": "amount",
                  "name": "amount",
                  "kind": "condition",
                  "branch": "large"
                },
                {
                  "node": "countersign",
                  "name": "countersign",
                  "kind": "approval",
                  "mode": "countersign",
                  "approvers": [
                    "director",
                    "ceo"
                  ]
                },
                {
                  "node": "end",
                  "name": "end",
                  "kind": "end"
                }
              ]
            }
            """.ReplaceLineEndings("\n"), output.TrimEnd().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Simulate_WithoutForm_UsesTheDataFields()
    {
        var workflow = Workflow.Replace("\"form\": \"contract\",", string.Empty, StringComparison.Ordinal);

        var (code, output, _) = CliHarness.Run("simulate", "--workflow", Write("wf.json", workflow), "--data", Write("data.json", """{ "amount": 100 }"""), "--directory", Write("org.json", Directory));

        Assert.Equal(0, code);
        Assert.Contains("\"branch\": \"small\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_BadDefinition_PrintsDiagnosticsAndExits2()
    {
        var broken = Workflow.Replace("{ \"name\": \"large\", \"next\": \"countersign\" }", "{ \"name\": \"large\", \"when\": \"amount >= 50000\", \"next\": \"countersign\" }", StringComparison.Ordinal);

        var (code, output, error) = CliHarness.Run("simulate", "--workflow", Write("wf.json", broken), "--form", Write("form.json", Form));

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error FWA0016 at $.nodes[2].branches: The condition node 'amount' has no default branch (a branch without a condition).", error, StringComparison.Ordinal);
        Assert.Contains("条件节点“amount”缺少默认分支", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_MissingWorkflow_IsAUsageError()
    {
        var (code, _, error) = CliHarness.Run("simulate");

        Assert.NotEqual(0, code);
        Assert.Contains("--workflow", error, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
