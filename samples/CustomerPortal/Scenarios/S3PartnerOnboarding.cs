using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CustomerPortal.Data;
using CustomerPortal.Host;
using Formwork;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Rules;
using Formwork.Stores;
using Formwork.Workflow;

namespace CustomerPortal.Scenarios;

/// <summary>
/// S3 渠道合作伙伴加盟: a partner applies with licence, legal-person ID and bank permit attachments; the credit code and
/// the ID number are checksum-validated; the application is reviewed in parallel by Channel, Legal and Finance (fork /
/// join, all must approve, one rejection ends it); the host drains the outbox and pushes each node's status and comment
/// to the applicant; an approved application becomes a partner record and an integration event for the ERP.
/// </summary>
public sealed class S3PartnerOnboarding : Scenario<S3Outcome>
{
    private static readonly string[] Departments = ["channel", "legal", "finance"];
    private readonly List<S3PushedEvent> pushed = [];
    private readonly List<S3IntegrationEvent> integration = [];
    private Portal portal = null!;
    private WorkflowEngine engine = null!;
    private int actionNumber;

    /// <inheritdoc />
    public override string Id => "S3";

    /// <inheritdoc />
    public override string Title => "Channel partner onboarding 渠道合作伙伴加盟申请与审核";

    /// <inheritdoc />
    public override string Summary => "Checksum-validated codes, parallel review by three departments, status pushed to the applicant, ERP event.";

    /// <inheritdoc />
    public override async Task<S3Outcome> RunAsync(Portal portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        this.portal = portal;
        engine = portal.Get<WorkflowEngine>();
        pushed.Clear();
        integration.Clear();
        actionNumber = 0;
        var say = portal.Narrator;
        var applicationForm = portal.Definitions.Form("partner-application.form.json");
        var partnerForm = portal.Definitions.Form("partner.form.json");
        var workflow = portal.Definitions.Workflow("partner-onboarding.workflow.json", applicationForm);
        var rules = portal.Definitions.Rules("partner.rules.json", partnerForm).Compile();
        say.Step($"Loaded forms '{applicationForm.Id}' and '{partnerForm.Id}', workflow '{workflow.Id}' (fork → Channel | Legal | Finance → join all) and rule set '{rules.RuleSet.Name}'.");

        var forms = portal.Get<FormEngine>();
        var refused = await RefusedAsync(forms, applicationForm);

        var applications = new List<S3Application>();
        var partners = new List<S3Partner>();
        var approved = new SeedPartnerApplication
        {
            Id = "QD-S01",
            Company = "杭州云帆信息技术有限公司",
            CreditCode = SeedData.WithCreditCodeCheck("91330106MA2GL8K3X"),
            LegalPerson = "周明 Zhou Ming",
            LegalPersonId = SeedData.WithIdCheck("33010619850315123"),
            Phone = "13957112345",
            Region = "华东",
        };
        var instance = await SubmitAsync(forms, applicationForm, approved, tell: true);
        instance = await ActAsync(instance, "channel", "channel-head", WorkflowActionKind.Approve, "区域覆盖符合规划 / fits the regional plan", tell: true);
        instance = await ActAsync(instance, "legal", "legal-tom", WorkflowActionKind.Approve, "资质文件齐全 / documents complete", tell: true);
        instance = await ActAsync(instance, "finance", "cfo", WorkflowActionKind.Approve, "开户许可证核验通过 / bank permit verified", tell: true);
        applications.Add(Describe(instance, approved.Company));
        partners.Add(await CreatePartnerAsync(forms, partnerForm, rules, instance, tell: true));

        var rejected = new SeedPartnerApplication
        {
            Id = "QD-S02",
            Company = "北京博瑞贸易有限公司",
            CreditCode = SeedData.WithCreditCodeCheck("91110105MA01C7RT5"),
            LegalPerson = "赵强 Zhao Qiang",
            LegalPersonId = SeedData.WithIdCheck("11010519790808231"),
            Phone = "13801098765",
            Region = "华北",
        };
        instance = await SubmitAsync(forms, applicationForm, rejected, tell: true);
        instance = await ActAsync(instance, "channel", "channel-head", WorkflowActionKind.Approve, "同意 / agreed", tell: true);
        instance = await ActAsync(instance, "legal", "legal-yan", WorkflowActionKind.Reject, "法人存在未结诉讼，暂不合作 / the legal person has open lawsuits", tell: true);
        applications.Add(Describe(instance, rejected.Company));

        var seeded = portal.Data.PartnerApplications;
        say.Step($"The {seeded.Count} seeded applications are reviewed by the three departments.");
        for (var i = 0; i < seeded.Count; i++)
        {
            var application = seeded[i];
            instance = await SubmitAsync(forms, applicationForm, application, tell: false);
            foreach (var department in Departments)
            {
                var task = instance.Tasks.FirstOrDefault(t => t.NodeId == department && t.Status == ApprovalTaskStatus.Pending);
                if (instance.Status != WorkflowStatus.Running || task is null)
                {
                    continue;
                }

                var reject = application.RejectedBy == department;
                instance = await ActAsync(instance, department, task.AssigneeId, reject ? WorkflowActionKind.Reject : WorkflowActionKind.Approve, reject ? "不符合准入条件 / does not qualify" : "同意", tell: false);
            }

            applications.Add(Describe(instance, application.Company));
            if (instance.Status == WorkflowStatus.Approved)
            {
                partners.Add(await CreatePartnerAsync(forms, partnerForm, rules, instance, tell: false));
            }

            say.Progress("Applications reviewed", i + 1, seeded.Count);
        }

        var seededResults = applications.Skip(2).ToArray();
        say.Detail($"{seededResults.Count(a => a.Status == WorkflowStatus.Approved)} approved (partner records and ERP events), "
            + $"{seededResults.Count(a => a.Status == WorkflowStatus.Rejected)} rejected: "
            + string.Join(", ", Departments.Select(d => $"{seededResults.Count(a => a.Reviews.Any(r => r.NodeId == d && r.Status == ApprovalTaskStatus.Rejected))} by {d}")) + ".");
        say.Step($"The host pushed {pushed.Count} status events to applicants and handed {integration.Count} supplier events to the ERP.");
        return new S3Outcome
        {
            Applications = applications,
            Pushed = pushed.ToArray(),
            Partners = partners,
            IntegrationEvents = integration.ToArray(),
            Refused = refused,
        };
    }

    private async Task<IReadOnlyList<S2Refusal>> RefusedAsync(FormEngine forms, CompiledForm form)
    {
        var goodCode = SeedData.WithCreditCodeCheck("91440300MA5F0QW2K");
        var badCode = goodCode[..17] + (goodCode[17] == '0' ? '1' : '0');
        var goodId = SeedData.WithIdCheck("44030519900101123");
        var badId = goodId[..17] + (goodId[17] == '0' ? '1' : '0');
        (string Case, string Json)[] cases =
        [
            ("a credit code and an ID number whose check characters are wrong", Json(new SeedPartnerApplication
            {
                Id = "bad-1", Company = "深圳前海星辰电子有限公司", CreditCode = badCode, LegalPerson = "林峰 Lin Feng", LegalPersonId = badId, Phone = "13612345678", Region = "华南",
            }, attachments: true)),
            ("no bank permit attached", Json(new SeedPartnerApplication
            {
                Id = "bad-2", Company = "深圳前海星辰电子有限公司", CreditCode = goodCode, LegalPerson = "林峰 Lin Feng", LegalPersonId = goodId, Phone = "13612345678", Region = "华南",
            }, attachments: false)),
        ];
        var result = new List<S2Refusal>();
        foreach (var (what, json) in cases)
        {
            var submitted = await forms.SubmitAsync(form, form.ReadData(json), new SubmissionOptions { Actor = Applicant("bad") });
            portal.Narrator.Step($"An application with {what}: refused, nothing stored.");
            foreach (var error in submitted.Errors)
            {
                portal.Narrator.Detail($"{error.Path} {error.Code}: {error.Message} / {error.MessageChinese}");
            }

            result.Add(new S2Refusal(what, submitted.Errors));
        }

        return result;
    }

    private static Actor Applicant(string applicationId) => new("applicant-" + applicationId, ["partner"], null, "申请人 Applicant");

    private async Task<WorkflowInstance> SubmitAsync(FormEngine forms, CompiledForm form, SeedPartnerApplication application, bool tell)
    {
        var applicant = Applicant(application.Id);
        var submitted = await forms.SubmitAsync(form, form.ReadData(Json(application, attachments: true)), new SubmissionOptions { Actor = applicant, NewRecordId = application.Id });
        if (!submitted.Success)
        {
            throw new InvalidOperationException($"{application.Id}: {string.Join("; ", submitted.Errors.Select(e => $"{e.Path} {e.Code} {e.Message}"))}");
        }

        var started = await engine.StartAsync(new StartWorkflowRequest
        {
            DefinitionId = "partner-onboarding",
            Submitter = applicant,
            Data = submitted.Data,
            InstanceId = application.Id,
            IdempotencyKey = "start-" + application.Id,
        });
        var instance = started.GetInstanceOrThrow();
        if (tell)
        {
            var masked = forms.View(form, submitted.Data, "reviewer");
            portal.Narrator.Step($"{application.Company} applies ({application.Id}): credit code {application.CreditCode}, legal person {application.LegalPerson}, "
                + $"ID {masked["legalPersonId"]} (masked for reviewers), 3 attachments.");
        }

        await DrainAsync(tell);
        return instance;
    }

    private async Task<WorkflowInstance> ActAsync(WorkflowInstance instance, string nodeId, string actorId, WorkflowActionKind kind, string comment, bool tell)
    {
        var task = instance.Tasks.First(t => t.NodeId == nodeId && t.AssigneeId == actorId && t.Status == ApprovalTaskStatus.Pending);
        var result = await engine.ActAsync(new WorkflowAction
        {
            InstanceId = instance.Id,
            TaskId = task.Id,
            Kind = kind,
            Actor = await portal.ActorAsync(actorId),
            Comment = comment,
            IdempotencyKey = $"{instance.Id}-{++actionNumber}",
        });
        var after = result.GetInstanceOrThrow();
        if (tell)
        {
            portal.Narrator.Step($"{instance.Id}: {await portal.NameOfAsync(actorId)} ({nodeId}) {(kind == WorkflowActionKind.Approve ? "approves" : "rejects")}: “{comment}”");
        }

        await DrainAsync(tell);
        return after;
    }

    /// <summary>
    /// The host's outbox loop: workflow events go to the applicant (here: the narrative), ERP events to the ERP; every
    /// message read is marked delivered.
    /// </summary>
    private async Task DrainAsync(bool tell)
    {
        var outbox = portal.Get<IOutbox>();
        var messages = await outbox.ReadPendingAsync(1000);
        foreach (var message in messages)
        {
            using var json = JsonDocument.Parse(message.Payload);
            var root = json.RootElement;
            if (message.Type.StartsWith("workflow.", StringComparison.Ordinal))
            {
                var status = Text(root, "taskStatus") ?? Text(root, "outcome") ?? Text(root, "status");
                var e = new S3PushedEvent(Text(root, "instanceId") ?? "", message.Type, Text(root, "nodeId"), status, Text(root, "comment"), Text(root, "actorId"));
                pushed.Add(e);
                if (tell && message.Type != WorkflowEvents.TaskAssigned)
                {
                    portal.Narrator.Detail($"→ pushed to the applicant: {e.Type} {e.NodeId} {e.Status}{(e.Comment is null ? "" : $" “{e.Comment}”")}");
                }
                else if (tell)
                {
                    portal.Narrator.Detail($"→ pushed to the applicant: {e.NodeId} review started, assigned to {await portal.NameOfAsync(Text(root, "assigneeId") ?? "")}");
                }
            }
            else if (message.Type.StartsWith("erp.", StringComparison.Ordinal))
            {
                var e = new S3IntegrationEvent(message.Type, Text(root, "partnerNo") ?? "", Text(root, "creditCode") ?? "", Text(root, "supplierStatus") ?? "");
                integration.Add(e);
                if (tell)
                {
                    portal.Narrator.Detail($"→ to the ERP: {message.Type} {message.Payload}");
                }
            }
        }

        await outbox.MarkDeliveredAsync(messages.Select(m => m.Id));
    }

    private async Task<S3Partner> CreatePartnerAsync(FormEngine forms, CompiledForm partnerForm, ISessionFactory rules, WorkflowInstance instance, bool tell)
    {
        var application = instance.Data;
        var data = new RecordData()
            .Set("company", application["company"])
            .Set("creditCode", application["creditCode"])
            .Set("legalPerson", application["legalPerson"])
            .Set("region", application["region"])
            .Set("application", Value.FromText(instance.Id));
        var saved = await forms.SubmitAsync(partnerForm, data, new SubmissionOptions { Actor = Actor.System, NewRecordId = "P-" + instance.Id });
        if (!saved.Success)
        {
            throw new InvalidOperationException($"{instance.Id}: {string.Join("; ", saved.Errors.Select(e => $"{e.Path} {e.Code} {e.Message}"))}");
        }

        var fired = await portal.Get<RecordRuleRunner>().RunAsync(rules, [new RecordFact("partner", saved.Record!.Id, saved.Data)], new SessionOptions { ExplainFirings = true });
        var partner = new S3Partner(saved.Record.Id, saved.Data["partnerNo"].AsText(), saved.Data["company"].AsText(), saved.Data["creditCode"].AsText(), instance.Id);
        if (tell)
        {
            portal.Narrator.Step($"All three approved: partner record {partner.RecordId} created, partner no. {partner.PartnerNo}.");
            foreach (var firing in fired.Firings)
            {
                portal.Narrator.Detail($"Rule '{firing.Rule.Name}' fired because {string.Join(" and ", firing.Conditions.Select(c => c.ToString()))}.");
            }
        }

        await DrainAsync(tell);
        return partner;
    }

    private static S3Application Describe(WorkflowInstance instance, string company) => new(
        instance.Id,
        company,
        instance.Status,
        instance.Tasks.Select(t => new S3Review(t.NodeId, t.AssigneeId, t.Status, t.Comment)).ToArray());

    private static string Json(SeedPartnerApplication application, bool attachments) => JsonSerializer.Serialize(new
    {
        company = application.Company,
        creditCode = application.CreditCode,
        legalPerson = application.LegalPerson,
        legalPersonId = application.LegalPersonId,
        phone = application.Phone,
        region = application.Region,
        licence = new[] { File(application.Id, "licence.pdf", "application/pdf") },
        legalPersonIdCopy = new[] { File(application.Id, "id-front.jpg", "image/jpeg"), File(application.Id, "id-back.jpg", "image/jpeg") },
        bankPermit = attachments ? new[] { File(application.Id, "bank-permit.pdf", "application/pdf") } : null,
    });

    private static object File(string id, string name, string contentType) => new { name, size = 480_000, contentType, storageKey = $"partners/{id}/{name}" };

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
