using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CustomerPortal.Data;
using CustomerPortal.Host;
using Formwork;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Notifications;
using Formwork.Reporting;
using Formwork.Rules;
using Formwork.Stores;
using Formwork.Workflow;

namespace CustomerPortal.Scenarios;

/// <summary>
/// S4 合同审批: a contract form with a detail table and computed amounts; an approval that branches on the amount
/// (director; director + CEO countersign; finance over 100,000; the CEO again over 500,000), a sequential manager
/// chain for big discounts, an or-sign legal team, field permissions per node, and every approval action (approve,
/// return and resubmit, transfer, add a signer, withdraw, urge, comment). A rule expedites VIP contracts over 100,000.
/// Five contracts are told step by step, then the 300 seeded contracts go through the approval.
/// </summary>
public sealed class S4ContractApproval : Scenario<S4Outcome>
{
    private readonly Dictionary<string, Actor> actors = new(StringComparer.Ordinal);
    private readonly List<S4Refusal> refusals = [];
    private Portal portal = null!;
    private WorkflowEngine engine = null!;
    private int actionNumber;

    /// <inheritdoc />
    public override string Id => "S4";

    /// <inheritdoc />
    public override string Title => "Contract approval 合同审批";

    /// <inheritdoc />
    public override string Summary => "Amount thresholds, countersign, or-sign, manager chain, field permissions, every approval action, 300 contracts.";

    /// <inheritdoc />
    public override async Task<S4Outcome> RunAsync(Portal portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        this.portal = portal;
        engine = portal.Get<WorkflowEngine>();
        actors.Clear();
        refusals.Clear();
        actionNumber = 0;
        var say = portal.Narrator;
        var form = portal.Definitions.Form("contract.form.json");
        var workflow = portal.Definitions.Workflow("contract-approval.workflow.json", form);
        var rules = portal.Definitions.Rules("contract.rules.json", form).Compile();
        say.Step($"Loaded form '{form.Id}' ({form.Fields.Count} fields, profiles {string.Join(", ", form.Permissions.Select(p => p.Name))}), workflow '{workflow.Id}' and rule set '{rules.RuleSet.Name}'.");

        var forms = portal.Get<FormEngine>();
        var runner = portal.Get<RecordRuleRunner>();
        var contracts = new List<S4Contract>();

        var refused = await RefusedSubmissionAsync(form, forms);

        // HT-S01: a small contract; the director raises the discount; the legal team decides with one signature.
        var a = await SubmitAsync(form, forms, runner, rules, "HT-S01", "rep-lina", Customer(c => c.Level == "STD" && c.Region == "华东"), 0.05m, [(0, 5)]);
        await TryAsync("HT-S01", "approve as someone without a task", "rep-emily", WorkflowActionKind.Approve);
        a = await ActAsync(a, "director", "sales-director", WorkflowActionKind.Approve, "同意，折扣放宽到8% / approved, discount 8%",
            changes: new RecordData().Set("discount", Value.FromNumber(0.08m)));
        say.Detail($"The director may edit the discount at his node (profile 'director'): the workflow recomputed the contract through its form — discount {a.Data["discount"].AsNumber() * 100:0.#}%, amount {Money(a.Data["amount"])}; later branches read the new amount.");
        await TryAsync("HT-S01", "withdraw after the director decided", "rep-lina", WorkflowActionKind.Withdraw);
        a = await ActAsync(a, "legal", "legal-tom", WorkflowActionKind.Approve, "条款无异议 / terms fine");
        contracts.Add(await FinishAsync(form, forms, a));

        // HT-S02: a VIP contract of about 180,000: the rule expedites it; urge, comment, a refused price edit, transfer.
        var b = await SubmitAsync(form, forms, runner, rules, "HT-S02", "rep-wangfang", Customer(c => c.Level == "VIP" && c.Region == "华北"), 0m, [(2, 20), (3, 5)]);
        b = await ActAsync(b, "countersign", "sales-director", WorkflowActionKind.Approve, "同意");
        b = await ActAsync(b, null, "rep-wangfang", WorkflowActionKind.Urge, "客户催得紧，请尽快 / the customer is waiting");
        b = await ActAsync(b, null, "ceo", WorkflowActionKind.Comment, "请财务核对回款计划 / finance: check the payment plan");
        b = await ActAsync(b, "countersign", "ceo", WorkflowActionKind.Approve, "同意");
        var priceEdit = new RecordData().Set("lines", ChangedLinePrice(b.Data, 0, 6000m));
        await TryAsync("HT-S02", "change a unit price at the finance node", "accountant", WorkflowActionKind.Approve, priceEdit);
        var financeView = forms.View(form, b.Data, "finance");
        say.Detail($"Finance sees the prices (profile 'finance': lines.unitPrice read-only): {string.Join(", ", financeView["lines"].AsTable().Select(r => Money(r["unitPrice"])))}.");
        b = await ActAsync(b, "finance", "accountant", WorkflowActionKind.Transfer, "金额较大，转财务总监 / large: to the CFO", targets: ["cfo"]);
        b = await ActAsync(b, "finance", "cfo", WorkflowActionKind.Approve, "付款条件已补充 / payment terms added",
            changes: new RecordData().Set("paymentTerms", Value.FromText("30% 预付，70% 验收后 / 30% upfront, 70% on acceptance")));
        b = await ActAsync(b, "legal", "legal-yan", WorkflowActionKind.Return, "付款条件请财务按合同模板再核 / finance: recheck the terms against the template",
            target: "finance");
        b = await ActAsync(b, "finance", "accountant", WorkflowActionKind.Approve, "已按模板核对 / checked against the template");
        b = await ActAsync(b, "legal", "legal-yan", WorkflowActionKind.Approve, "同意");
        contracts.Add(await FinishAsync(form, forms, b));

        // HT-S03: over 500,000: returned to the applicant, resubmitted; the CEO adds the CFO as a signer before him.
        var c = await SubmitAsync(form, forms, runner, rules, "HT-S03", "rep-huangli", Customer(c => c.Level == "GOLD" && c.Region == "华南"), 0.05m, [(5, 20), (3, 12)]);
        await TryAsync("HT-S03", "change her contract while it is under review", "rep-huangli", WorkflowActionKind.Resubmit,
            new RecordData().Set("discount", Value.FromNumber(0.1m)));
        c = await ActAsync(c, "countersign", "ceo", WorkflowActionKind.Return, "请补充付款计划 / please add a payment plan");
        c = await ActAsync(c, null, "rep-huangli", WorkflowActionKind.Resubmit, "已补充 / payment plan added",
            changes: new RecordData().Set("paymentTerms", Value.FromText("分三期付款 / three instalments")));
        c = await ActAsync(c, "countersign", "sales-director", WorkflowActionKind.Approve, "同意");
        c = await ActAsync(c, "countersign", "ceo", WorkflowActionKind.AddSigner, "请财务总监先看 / CFO first", targets: ["cfo"], position: AddSignerPosition.Before);
        c = await ActAsync(c, "countersign", "cfo", WorkflowActionKind.Approve, "资金计划可行 / cash plan is fine");
        c = await ActAsync(c, "countersign", "ceo", WorkflowActionKind.Approve, "同意");
        c = await ActAsync(c, "finance", "accountant", WorkflowActionKind.Approve, "同意");
        c = await ActAsync(c, "ceo", "ceo", WorkflowActionKind.Approve, "批准 / approved");
        c = await ActAsync(c, "legal", "legal-head", WorkflowActionKind.Approve, "同意");
        contracts.Add(await FinishAsync(form, forms, c));

        // HT-S04: withdrawn before anyone decided.
        var d = await SubmitAsync(form, forms, runner, rules, "HT-S04", "rep-kevin", Customer(c => c.Region == "华东"), 0m, [(1, 3)]);
        d = await ActAsync(d, null, "rep-kevin", WorkflowActionKind.Withdraw, "客户改期签约 / the customer postponed");
        contracts.Add(await FinishAsync(form, forms, d));

        // HT-S05: a 20% VIP discount goes up the manager chain in turn; the director is then not asked twice.
        var e = await SubmitAsync(form, forms, runner, rules, "HT-S05", "rep-jason", Customer(c => c.Level == "VIP" && c.Region == "华南"), 0.2m, [(1, 8)]);
        e = await ActAsync(e, "manager-chain", "mgr-south", WorkflowActionKind.Approve, "同意");
        e = await ActAsync(e, "manager-chain", "sales-director", WorkflowActionKind.Approve, "同意");
        e = await ActAsync(e, "legal", "legal-tom", WorkflowActionKind.Approve, "同意");
        contracts.Add(await FinishAsync(form, forms, e));

        var seeded = await BulkAsync(form, forms, runner, rules);
        contracts.AddRange(seeded);
        var byRegion = ReportByRegion(seeded);

        var outbox = await portal.Get<IOutbox>().ReadPendingAsync(int.MaxValue);
        var notifications = outbox.Where(m => m.Type == OutboxNotificationSender.MessageType).Select(ReadNotification).ToArray();
        var reminded = outbox.Where(m => m.Type == WorkflowEvents.TaskReminded).Select(m => ReadString(m.Payload, "assigneeId") ?? "").ToArray();
        say.Step($"Outbox: {notifications.Length} rule notifications (IM to the CEO, SMS to the applicants), {reminded.Length} reminders, "
            + $"{outbox.Count(m => m.Type == WorkflowEvents.TaskAssigned)} task assignments for the host to deliver.");
        return new S4Outcome
        {
            Contracts = contracts,
            Notifications = notifications,
            Reminded = reminded,
            Refusals = refusals.ToArray(),
            RefusedSubmission = refused,
            ApprovedAmountByRegion = byRegion,
        };
    }

    private SeedCustomer Customer(Func<SeedCustomer, bool> match) => portal.Data.Customers.First(match);

    private async Task<IReadOnlyList<Diagnostic>> RefusedSubmissionAsync(CompiledForm form, FormEngine forms)
    {
        var data = form.ReadData("""
            { "customer": "", "level": "STD", "region": "华东", "phone": "12345", "discount": "25%",
              "lines": [ { "product": "CRM 标准版 Standard (seat)", "quantity": 0, "unitPrice": 2980 } ] }
            """);
        var result = await forms.SubmitAsync(form, data, new SubmissionOptions { Actor = await ActorAsync("rep-chenjie"), NewRecordId = "HT-BAD" });
        portal.Narrator.Step($"陈杰 Chen Jie submits a contract with mistakes: refused with {result.Errors.Count} errors, nothing stored.");
        foreach (var error in result.Errors)
        {
            portal.Narrator.Detail($"{error.Path} {error.Code}: {error.Message} / {error.MessageChinese}");
        }

        return result.Errors;
    }

    private async Task<WorkflowInstance> SubmitAsync(
        CompiledForm form, FormEngine forms, RecordRuleRunner runner, ISessionFactory rules, string id, string applicantId,
        SeedCustomer customer, decimal discount, IReadOnlyList<(int Product, int Quantity)> lines)
    {
        var contract = new SeedContract
        {
            Id = id,
            Customer = customer,
            ApplicantId = applicantId,
            Lines = lines.Select(l => new SeedContractLine(SeedData.Products[l.Product].Product, l.Quantity, SeedData.Products[l.Product].Price)).ToArray(),
            Discount = discount,
        };
        var instance = await SubmitAsync(form, forms, runner, rules, contract, tell: true);
        return instance;
    }

    private async Task<WorkflowInstance> SubmitAsync(CompiledForm form, FormEngine forms, RecordRuleRunner runner, ISessionFactory rules, SeedContract contract, bool tell)
    {
        var applicant = await ActorAsync(contract.ApplicantId);
        var json = JsonSerializer.Serialize(new
        {
            customer = contract.Customer.Name,
            customerId = contract.Customer.Id,
            level = contract.Customer.Level,
            region = contract.Customer.Region,
            phone = contract.Customer.Phone,
            discount = contract.Discount,
            lines = contract.Lines.Select(l => new { product = l.Product, quantity = l.Quantity, unitPrice = l.UnitPrice }),
        });
        var submitted = await forms.SubmitAsync(form, form.ReadData(json), new SubmissionOptions { Actor = applicant, NewRecordId = contract.Id });
        if (!submitted.Success)
        {
            throw new InvalidOperationException($"Contract {contract.Id} was refused: {string.Join("; ", submitted.Errors.Select(e => $"{e.Path} {e.Code} {e.Message}"))}");
        }

        var data = submitted.Data;
        var started = await engine.StartAsync(new StartWorkflowRequest
        {
            DefinitionId = "contract-approval",
            Submitter = applicant,
            Data = data,
            InstanceId = contract.Id,
            IdempotencyKey = "start-" + contract.Id,
        });
        var instance = started.GetInstanceOrThrow();
        var fired = await runner.RunAsync(rules, [new RecordFact("contract", contract.Id, data)], new SessionOptions { ExplainFirings = true });
        if (tell)
        {
            portal.Narrator.Step($"{await portal.NameOfAsync(contract.ApplicantId)} submits {contract.Id}: {contract.Customer.Name} ({contract.Customer.Level}), "
                + $"{contract.Lines.Count} line(s), subtotal {Money(data["subtotal"])}, discount {contract.Discount * 100:0.#}%, amount {Money(data["amount"])} ({data["amountInWords"]}).");
            foreach (var firing in fired.Firings)
            {
                portal.Narrator.Detail($"Rule '{firing.Rule.Name}' fired because {string.Join(" and ", firing.Conditions.Select(c => c.ToString()))}.");
            }

            foreach (var effect in fired.Effects.Where(x => x.Notification is not null))
            {
                portal.Narrator.Detail($"→ {effect.Notification!.Channel} to {string.Join(", ", effect.Notification.Recipients)}: {effect.Notification.Template}");
            }

            await TellPendingAsync(instance);
        }

        return instance;
    }

    private async Task TellPendingAsync(WorkflowInstance instance)
    {
        if (instance.Status != WorkflowStatus.Running)
        {
            portal.Narrator.Detail($"{instance.Id} is now {instance.Status}.");
            return;
        }

        var pending = instance.Tasks.Where(t => t.Status == ApprovalTaskStatus.Pending).ToArray();
        var names = new List<string>();
        foreach (var task in pending)
        {
            names.Add($"{await portal.NameOfAsync(task.AssigneeId)} ({task.NodeId})");
        }

        portal.Narrator.Detail($"Waiting for: {string.Join(", ", names)}.");
        var auto = instance.Tasks.Where(t => t.Status == ApprovalTaskStatus.AutoApproved).ToArray();
        foreach (var task in auto)
        {
            portal.Narrator.Detail($"Auto-approved (自动去重: approved the previous node): {await portal.NameOfAsync(task.AssigneeId)} at {task.NodeId}.");
        }
    }

    private async Task<WorkflowInstance> ActAsync(
        WorkflowInstance instance, string? nodeId, string actorId, WorkflowActionKind kind, string comment,
        RecordData? changes = null, IReadOnlyList<string>? targets = null, AddSignerPosition position = AddSignerPosition.Before, string? target = null)
    {
        var task = nodeId is null ? null : instance.Tasks.First(t => t.NodeId == nodeId && t.AssigneeId == actorId && t.Status == ApprovalTaskStatus.Pending);
        var result = await engine.ActAsync(new WorkflowAction
        {
            InstanceId = instance.Id,
            TaskId = task?.Id,
            Kind = kind,
            Actor = await ActorAsync(actorId),
            Comment = comment,
            Changes = changes,
            TargetUsers = targets ?? [],
            SignerPosition = position,
            TargetNodeId = target,
            IdempotencyKey = $"{instance.Id}-{++actionNumber}",
        });
        var after = result.GetInstanceOrThrow();
        var what = kind switch
        {
            WorkflowActionKind.Approve => "approves",
            WorkflowActionKind.Return => target is null ? "returns it to the applicant (退回)" : $"returns it to the {target} node (退回上一节点)",
            WorkflowActionKind.Resubmit => "resubmits (重新提交)",
            WorkflowActionKind.Transfer => $"transfers the task to {await portal.NameOfAsync(targets![0])} (转办)",
            WorkflowActionKind.AddSigner => $"adds {await portal.NameOfAsync(targets![0])} as a signer {position.ToString().ToLowerInvariant()} (加签)",
            WorkflowActionKind.Withdraw => "withdraws it (撤回)",
            WorkflowActionKind.Urge => "urges the pending approvers (催办)",
            WorkflowActionKind.Comment => "comments (评论)",
            _ => kind.ToString(),
        };
        portal.Narrator.Step($"{instance.Id}: {await portal.NameOfAsync(actorId)} {what}{(nodeId is null ? "" : $" at {nodeId}")}: “{comment}”");
        if (changes is not null)
        {
            portal.Narrator.Detail($"Changed: {string.Join(", ", changes.Keys)}.");
        }

        await TellPendingAsync(after);
        return after;
    }

    private async Task TryAsync(string instanceId, string what, string actorId, WorkflowActionKind kind, RecordData? changes = null)
    {
        var instance = await engine.GetInstanceAsync(instanceId) ?? throw new InvalidOperationException(instanceId);
        var task = instance.Tasks.FirstOrDefault(t => t.AssigneeId == actorId && t.Status == ApprovalTaskStatus.Pending);
        var result = await engine.ActAsync(new WorkflowAction
        {
            InstanceId = instanceId,
            TaskId = task?.Id,
            Kind = kind,
            Actor = await ActorAsync(actorId),
            Changes = changes,
            IdempotencyKey = $"{instanceId}-{++actionNumber}",
        });
        if (result.Succeeded)
        {
            throw new InvalidOperationException($"Expected the engine to refuse: {what}.");
        }

        refusals.Add(new S4Refusal(instanceId, what, actorId, result.Error!.Code, result.Error.Message, result.Error.MessageChinese));
        portal.Narrator.Step($"{instanceId}: {await portal.NameOfAsync(actorId)} tries to {what}: refused, nothing changed.");
        portal.Narrator.Detail($"{result.Error.Code}: {result.Error.Message} / {result.Error.MessageChinese}");
    }

    private async Task<IReadOnlyList<S4Contract>> BulkAsync(CompiledForm form, FormEngine forms, RecordRuleRunner runner, ISessionFactory rules)
    {
        var seeded = portal.Data.Contracts;
        portal.Narrator.Step($"The {seeded.Count} seeded contracts go through the approval, every approver approving in turn.");
        var results = new List<S4Contract>(seeded.Count);
        for (var i = 0; i < seeded.Count; i++)
        {
            var instance = await SubmitAsync(form, forms, runner, rules, seeded[i], tell: false);
            while (instance.Status == WorkflowStatus.Running)
            {
                var task = instance.Tasks.First(t => t.Status == ApprovalTaskStatus.Pending);
                var acted = await engine.ActAsync(new WorkflowAction
                {
                    InstanceId = instance.Id,
                    TaskId = task.Id,
                    Kind = WorkflowActionKind.Approve,
                    Actor = await ActorAsync(task.AssigneeId),
                    Comment = "同意",
                    IdempotencyKey = $"{instance.Id}-{task.Id}",
                });
                instance = acted.GetInstanceOrThrow();
            }

            results.Add(Describe(instance));
            portal.Narrator.Progress("Approving seeded contracts", i + 1, seeded.Count);
        }

        foreach (var path in results.GroupBy(r => PathOf(r)).OrderByDescending(g => g.Count()))
        {
            portal.Narrator.Detail($"{path.Count(),4} × {path.Key}");
        }

        return results;
    }

    /// <summary>
    /// Writes what was edited during the approval (discount, payment terms) back to the contract record through the form
    /// engine, which validates it again and recomputes the amount; the approved contract is the stored record. (The
    /// workflow keeps its own copy of the data, already recomputed; the host decides when the record changes.)
    /// </summary>
    private async Task<S4Contract> FinishAsync(CompiledForm form, FormEngine forms, WorkflowInstance instance)
    {
        var stored = await forms.Records.GetAsync(form.Id, instance.Id) ?? throw new InvalidOperationException(instance.Id);
        var changes = new RecordData();
        foreach (var field in new[] { "discount", "paymentTerms" })
        {
            if (!instance.Data[field].Equals(stored.Data[field]))
            {
                changes.Set(field, instance.Data[field]);
            }
        }

        if (instance.Status != WorkflowStatus.Approved || changes.Count == 0)
        {
            return Describe(instance, stored.Data);
        }

        var saved = await forms.SubmitAsync(form, changes, new SubmissionOptions { Actor = Actor.System, RecordId = instance.Id, ExpectedVersion = stored.Version });
        if (!saved.Success)
        {
            throw new InvalidOperationException($"{instance.Id}: {string.Join("; ", saved.Errors.Select(e => $"{e.Path} {e.Code} {e.Message}"))}");
        }

        var amount = stored.Data["amount"].Equals(saved.Data["amount"])
            ? $"the amount stays {Money(saved.Data["amount"])}"
            : $"the stored amount goes {Money(stored.Data["amount"])} → {Money(saved.Data["amount"])}, as the approval computed it";
        portal.Narrator.Detail($"The host writes the approved {instance.Id} back to its record ({string.Join(", ", changes.Keys)}): {amount}.");
        return Describe(instance, saved.Data);
    }

    private static string PathOf(S4Contract contract) => string.Join(" → ", contract.Tasks
        .Where(t => t.Status is ApprovalTaskStatus.Approved or ApprovalTaskStatus.AutoApproved)
        .Select(t => t.Status == ApprovalTaskStatus.AutoApproved ? $"{t.NodeId}:{t.AssigneeId}(auto)" : $"{t.NodeId}:{t.AssigneeId}"));

    private Dictionary<string, decimal> ReportByRegion(IReadOnlyList<S4Contract> contracts)
    {
        var dataset = new ReportDataset("contracts",
        [
            new DatasetColumn("region", ValueKind.Text, label: "区域 Region"),
            new DatasetColumn("level", ValueKind.Text),
            new DatasetColumn("amount", ValueKind.Number, label: "金额 Amount"),
        ]);
        var report = portal.Definitions.Report("contracts-by-region.report.json", dataset);
        var approved = contracts.Where(c => c.Status == WorkflowStatus.Approved).Select(c => c.Data).ToArray();
        var result = portal.Get<ReportEngine>().Run(report, DatasetRows.FromRecords(dataset, approved));
        portal.Narrator.Step($"{report.Title}: {string.Join(" | ", result.Columns.Select(c => c.Title))}");
        var byRegion = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var amountColumn = result.Columns.Select((column, index) => (column, index)).First(x => x.column.Title == "Amount").index;
        foreach (var row in result.Rows)
        {
            var label = row.IsTotal ? "合计 Total" : string.Join("/", row.Labels);
            portal.Narrator.Detail($"{label}: {string.Join(" | ", row.Cells.Select(Format))}");
            if (!row.IsTotal)
            {
                byRegion[label] = row.Cells[amountColumn].AsNumber();
            }
        }

        return byRegion;
    }

    private static S4Contract Describe(WorkflowInstance instance, RecordData? record = null) => new(
        instance.Id,
        (record ?? instance.Data)["level"].AsText(),
        (record ?? instance.Data)["amount"].AsNumber(),
        instance.Status,
        instance.Tasks.Select(t => new S4Task(t.NodeId, t.AssigneeId, t.Status)).ToArray(),
        record ?? instance.Data);

    private static Value ChangedLinePrice(RecordData data, int row, decimal price)
    {
        var rows = data["lines"].AsTable().Select(r => new RecordData(r)).ToArray();
        rows[row].Set("unitPrice", Value.FromNumber(price));
        return Value.FromTable(rows);
    }

    private async Task<Actor> ActorAsync(string userId)
    {
        if (!actors.TryGetValue(userId, out var actor))
        {
            actor = await portal.ActorAsync(userId);
            actors[userId] = actor;
        }

        return actor;
    }

    private static S4Notification ReadNotification(OutboxMessage message)
    {
        using var json = JsonDocument.Parse(message.Payload);
        var root = json.RootElement;
        var data = root.GetProperty("data");
        return new S4Notification(
            root.GetProperty("channel").GetString() ?? "",
            root.GetProperty("recipients").EnumerateArray().Select(r => r.GetString() ?? "").ToArray(),
            root.GetProperty("template").GetString() ?? "",
            data.ValueKind == JsonValueKind.Object && data.TryGetProperty("customer", out var customer) ? customer.GetString() : null);
    }

    private static string? ReadString(string payload, string property)
    {
        using var json = JsonDocument.Parse(payload);
        return json.RootElement.TryGetProperty(property, out var value) ? value.GetString() : null;
    }

    private static string Money(Value value) =>
        value.TryGetNumber(out var number) ? "¥" + number.ToString("#,##0.00", CultureInfo.InvariantCulture) : value.ToString();

    private static string Format(Value value) =>
        value.TryGetNumber(out var number) ? decimal.Round(number, 2).ToString("#,##0.##", CultureInfo.InvariantCulture) : value.ToString();
}
