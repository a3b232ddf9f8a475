using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Formwork;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Reporting;
using Formwork.Rules;
using Formwork.Stores;
using Formwork.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerPortal;

/// <summary>
/// S4, contract approval: a contract form with a detail table and computed amounts, an approval workflow that
/// branches on the amount (director; director and CEO countersign; finance over 100,000), a rule that escalates VIP
/// contracts over 100,000, and a report of contract amounts by region. Every definition is JSON in Definitions/.
/// </summary>
internal static class ContractTour
{
    private static readonly string[] Contracts =
    [
        """{ "customer": "北京远航物流", "level": "STD", "region": "华北", "phone": "13900001111", "lines": [ { "product": "CRM 标准版", "quantity": 10, "unitPrice": 2980 } ] }""",
        """{ "customer": "上海示例科技有限公司", "level": "VIP", "region": "华东", "phone": "13812345678", "lines": [ { "product": "CRM 旗舰版", "quantity": 20, "unitPrice": "¥6,800" }, { "product": "实施服务", "quantity": 5, "unitPrice": 9500 } ] }""",
        """{ "customer": "深圳前海电子", "level": "STD", "region": "华南", "phone": "13700002222", "lines": [ { "product": "CRM 专业版", "quantity": 15, "unitPrice": 4200 } ] }""",
        """{ "customer": "", "level": "GOLD", "region": "华东", "phone": "12345", "lines": [ { "product": "CRM 标准版", "quantity": 0, "unitPrice": 2980 } ] }""",
    ];

    public static async Task RunAsync(IServiceProvider services, string baseDirectory)
    {
        var definitions = Path.Combine(baseDirectory, "Definitions");
        var directory = services.GetRequiredService<IOrganizationDirectory>();
        var applicant = (await directory.FindUserAsync("rep-li"))!.ToActor();
        var outbox = services.GetRequiredService<IOutbox>();

        Console.WriteLine("== S4 contract approval: form, workflow, rules, report");
        var form = services.GetRequiredService<FormDefinitionLoader>()
            .Load(File.ReadAllText(Path.Combine(definitions, "contract.form.json"))).GetFormOrThrow();
        var workflow = services.GetRequiredService<WorkflowDefinitionLoader>()
            .Load(File.ReadAllText(Path.Combine(definitions, "contract-approval.workflow.json")), form).GetWorkflowOrThrow();
        var workflows = services.GetRequiredService<WorkflowEngine>();
        workflows.Deploy(workflow);
        var rules = new RuleLoader(new RuleSchema().AddForm(form))
            .LoadJson(File.ReadAllText(Path.Combine(definitions, "contract.rules.json"))).GetRuleSetOrThrow().Compile();
        Console.WriteLine($"Loaded form '{form.Id}' v{form.Version} ({form.Fields.Count} fields), workflow '{workflow.Id}', rule set '{rules.RuleSet.Name}'.");

        var forms = services.GetRequiredService<FormEngine>();
        var submitted = new List<RecordData>();
        foreach (var (json, index) in Contracts.Select((json, index) => (json, index)))
        {
            var options = new SubmissionOptions { Actor = applicant, NewRecordId = $"HT-{index + 1:0000}" };
            var result = await forms.SubmitAsync(form, form.ReadData(json), options);
            if (!result.Success)
            {
                    Console.WriteLine();
                Console.WriteLine($"Submission refused with {result.Errors.Count} errors, nothing stored:");
                foreach (var error in result.Errors)
                {
                    Console.WriteLine($"  {error.Path}: {error.Message} / {error.MessageChinese}");
                }

                continue;
            }

            var contract = result.Data;
            submitted.Add(contract);
            Console.WriteLine();
            Console.WriteLine($"Contract {result.Record!.Id}: {contract["customer"]}, amount {contract["amount"]} ({contract["amountInWords"]})");
            await ApproveAsync(workflows, directory, applicant, result.Record.Id, contract);

            var fired = await services.GetRequiredService<RecordRuleRunner>().RunAsync(rules, [new RecordFact(form.Id, result.Record.Id, contract)]);
            foreach (var firing in fired.Firings)
            {
                Console.WriteLine($"  Rule fired: {firing.Rule.Name} because {string.Join(" and ", firing.Conditions.Select(c => c.ToString()))}");
            }
        }

        var notifications = (await outbox.ReadPendingAsync(1000)).Where(m => m.Type == "formwork.notification").ToArray();
        Console.WriteLine();
        Console.WriteLine($"Notifications waiting in the outbox for the host to deliver: {notifications.Length}");
        foreach (var message in notifications)
        {
            Console.WriteLine($"  {message.Payload}");
        }

        PrintReport(services, definitions, submitted);
    }

    private static async Task ApproveAsync(WorkflowEngine workflows, IOrganizationDirectory directory, Actor applicant, string contractId, RecordData contract)
    {
        var started = await workflows.StartAsync(new StartWorkflowRequest
        {
            DefinitionId = "contract-approval",
            Submitter = applicant,
            Data = contract,
            IdempotencyKey = "start-" + contractId,
        });
        var instance = started.GetInstanceOrThrow();
        var step = 0;
        while (instance.Status == WorkflowStatus.Running)
        {
            var open = instance.Tasks.Where(t => t.IsOpen).ToArray();
            foreach (var task in open)
            {
                var approver = (await directory.FindUserAsync(task.AssigneeId))!;
                var acted = await workflows.ActAsync(new WorkflowAction
                {
                    InstanceId = instance.Id,
                    TaskId = task.Id,
                    Kind = WorkflowActionKind.Approve,
                    Actor = approver.ToActor(),
                    Comment = "同意",
                    IdempotencyKey = $"{instance.Id}-{++step}",
                });
                instance = acted.GetInstanceOrThrow();
                Console.WriteLine($"  {task.NodeId}: approved by {approver.Name}");
            }
        }

        Console.WriteLine($"  Workflow {instance.Id}: {instance.Status}");
    }

    private static void PrintReport(IServiceProvider services, string definitions, IReadOnlyList<RecordData> contracts)
    {
        var dataset = new ReportDataset("contracts",
        [
            new DatasetColumn("region", ValueKind.Text, label: "区域 Region"),
            new DatasetColumn("level", ValueKind.Text),
            new DatasetColumn("amount", ValueKind.Number, label: "金额 Amount"),
        ]);
        var report = ReportDefinitionReader.Read(File.ReadAllText(Path.Combine(definitions, "contracts-by-region.report.json")), dataset);
        var result = services.GetRequiredService<ReportEngine>().Run(report, DatasetRows.FromRecords(dataset, contracts));
        Console.WriteLine();
        Console.WriteLine(report.Title);
        Console.WriteLine("  " + string.Join(" | ", result.Columns.Select(c => c.Title)));
        foreach (var row in result.Rows)
        {
            var label = row.IsTotal ? "合计 Total" : string.Join("/", row.Labels);
            Console.WriteLine($"  {label}: {string.Join(" | ", row.Cells.Select(Format))}");
        }
    }

    private static string Format(Value value) =>
        value.TryGetNumber(out var number) ? decimal.Round(number, 2).ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture) : value.ToString();
}
