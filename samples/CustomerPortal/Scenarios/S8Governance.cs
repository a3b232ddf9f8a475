using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CustomerPortal.Host;
using Formwork;
using Formwork.Auditing;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Notifications;
using Formwork.Stores;
using Formwork.Workflow;

namespace CustomerPortal.Scenarios;

/// <summary>
/// S8 Governance (权限、审计、安全): the portal's roles map to the permission profiles of the customer account form
/// (hidden / read-only / editable / required / masked per role and per workflow node); the same record is shown to
/// several roles with the ID number and phone masked where they may not see them; writes to fields an actor may not
/// edit are refused with a bilingual error and nothing applied; and every action lands in the audit trail with who,
/// when, what changed and from which node.
/// </summary>
public sealed class S8Governance : Scenario<S8Outcome>
{
    /// <summary>The external partner of the scenario (a portal login, not an employee in the directory).</summary>
    public const string PartnerId = "partner-acme";

    /// <summary>The id of the account the sales rep submits.</summary>
    public const string RecordId = "KH-2026-0001";

    /// <summary>The id of the account the partner submits.</summary>
    public const string PartnerRecordId = "KH-2026-0002";

    /// <summary>The ID number of the sales rep's customer.</summary>
    public const string IdNumber = "330106198803154326";

    /// <summary>The phone of the sales rep's customer.</summary>
    public const string Phone = "13857123456";

    private const string FormId = "customer-account";

    /// <inheritdoc />
    public override string Id => "S8";

    /// <inheritdoc />
    public override string Title => "Governance 权限、审计、安全";

    /// <inheritdoc />
    public override string Summary => "Roles and field permissions per workflow node, masked ID numbers and phones, refused writes, own-records-only, and the audit trail of one record.";

    /// <inheritdoc />
    public override async Task<S8Outcome> RunAsync(Portal portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var narrator = portal.Narrator;
        var form = portal.Definitions.Form("customer-account.form.json");
        var workflow = portal.Definitions.Workflow("customer-account.workflow.json", form);
        var forms = portal.Get<FormEngine>();
        var flows = portal.Get<WorkflowEngine>();
        var store = portal.Get<IRecordStore>();
        var refusals = new List<S8Refusal>();

        var rep = await portal.ActorAsync("rep-lina").ConfigureAwait(false);
        var otherRep = await portal.ActorAsync("rep-emily").ConfigureAwait(false);
        var manager = await portal.ActorAsync("mgr-east").ConfigureAwait(false);
        var accountant = await portal.ActorAsync("accountant").ConfigureAwait(false);
        var ceo = await portal.ActorAsync("ceo").ConfigureAwait(false);
        var partner = new Actor(PartnerId, ["partner"], ["partners"], "Acme 渠道伙伴 Acme Partners");
        var projectManager = await portal.ActorAsync("pm-olivia").ConfigureAwait(false);
        var profileOfRole = form.Permissions.SelectMany(p => p.Roles.Select(r => (Role: r, Profile: p.Name))).ToDictionary(x => x.Role, x => x.Profile, StringComparer.Ordinal);

        narrator.Step($"Roles → permission profiles of {form.Id} (customer-account.form.json); the workflow's nodes name theirs ({workflow.Id}):");
        var matrix = form.Permissions.ToDictionary(
            p => p.Name,
            p => (IReadOnlyDictionary<string, string>)form.Fields.Where(f => f.Type is not (FieldType.Section or FieldType.Description)).ToDictionary(f => f.Name, f => p.GetAccess(f.Name).ToString(), StringComparer.Ordinal),
            StringComparer.Ordinal);
        narrator.Detail($"{"field",-16}" + string.Concat(matrix.Keys.Select(k => $"{k,-16}")));
        foreach (var field in matrix.First().Value.Keys)
        {
            narrator.Detail($"{field,-16}" + string.Concat(matrix.Values.Select(m => $"{m[field],-16}")));
        }

        narrator.Detail("roles (the form's profiles name them; CompiledForm.ProfileFor picks the first that matches): " + string.Join(", ", profileOfRole.Select(r => $"{r.Key} → {r.Value}"))
            + "; anyone else → viewer; nodes: start → sales, manager-review → manager-review, finance-review → finance; executives view approvals read-only with 'executive'");

        narrator.Step($"{rep.DisplayName} (sales) submits a customer account, and also sets the credit limit, which only finance may set:");
        var application = new RecordData()
            .Set("company", "杭州云帆科技有限公司")
            .Set("contact", "周敏")
            .Set("idNumber", IdNumber)
            .Set("phone", Phone)
            .Set("region", "华东")
            .Set("projectManager", "pm-olivia")
            .Set("contractAmount", 380_000m);
        var refused = await forms.SubmitAsync(form, application.Clone().Set("creditLimit", 1_000_000m), Options(form, rep, newId: RecordId)).ConfigureAwait(false);
        refusals.Add(Refusal(narrator, rep.UserId, "sales rep sets creditLimit", refused.Errors, await CountAsync(store).ConfigureAwait(false) == 0));

        var created = await forms.SubmitAsync(form, application, Options(form, rep, newId: RecordId)).ConfigureAwait(false);
        Require(created.Success, created.Errors);
        narrator.Detail($"Without it the account is stored: {created.Record!.Id} v{created.Record.Version}, owner {created.Record.OwnerId}, department {created.Record.DepartmentId}.");

        narrator.Step($"{otherRep.DisplayName} submits the same customer again (same ID number) — the unique key refuses it:");
        var duplicate = await forms.SubmitAsync(form, application.Clone().Set("company", "杭州云帆科技（重复）"), Options(form, otherRep)).ConfigureAwait(false);
        refusals.Add(Refusal(narrator, otherRep.UserId, "duplicate ID number", duplicate.Errors, await CountAsync(store).ConfigureAwait(false) == 1));

        narrator.Step($"The external partner {partner.DisplayName} submits its own customer and tries to fill in the contract amount, which partners never see:");
        var partnerApplication = new RecordData()
            .Set("company", "Pacific 厦门 Trading Co., Ltd.")
            .Set("contact", "Helen Lin")
            .Set("idNumber", "44030519910722118X")
            .Set("phone", "13912345678")
            .Set("region", "华南")
            .Set("partner", "Acme Partners");
        var partnerRefused = await forms.SubmitAsync(form, partnerApplication.Clone().Set("contractAmount", 50_000m), Options(form, partner, newId: PartnerRecordId)).ConfigureAwait(false);
        refusals.Add(Refusal(narrator, partner.UserId, "partner sets contractAmount", partnerRefused.Errors, await CountAsync(store).ConfigureAwait(false) == 1));
        var partnerCreated = await forms.SubmitAsync(form, partnerApplication, Options(form, partner, newId: PartnerRecordId)).ConfigureAwait(false);
        Require(partnerCreated.Success, partnerCreated.Errors);
        narrator.Detail($"Stored without it: {partnerCreated.Record!.Id}, owner {partnerCreated.Record.OwnerId}.");

        narrator.Step("Own records only: the sales and partner profiles reach only the accounts the actor owns (\"records\": \"own\"); executives, finance and project managers reach all, read-only:");
        var visible = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var actor in new[] { rep, otherRep, partner, ceo, accountant })
        {
            visible[actor.UserId] = (await forms.QueryAsync(form, new FormQuery { Viewer = actor, Take = 1000 }).ConfigureAwait(false)).TotalCount;
            narrator.Detail($"{actor.DisplayName}: {visible[actor.UserId]} account(s)");
        }

        var versionOfAccount = (await store.GetAsync(FormId, RecordId).ConfigureAwait(false))!.Version;
        var reach = await forms.SubmitAsync(form, new RecordData().Set("contact", "Someone Else"), Options(form, partner, recordId: RecordId)).ConfigureAwait(false);
        refusals.Add(Refusal(narrator, partner.UserId, $"partner edits {RecordId}", reach.Errors, (await store.GetAsync(FormId, RecordId).ConfigureAwait(false))!.Version == versionOfAccount));

        narrator.Step($"{RecordId} goes to approval ({workflow.Id}): submit → the rep's manager (manager-review) → finance (finance-review).");
        portal.Clock.Advance(TimeSpan.FromMinutes(5));
        var started = await flows.StartAsync(new StartWorkflowRequest
        {
            DefinitionId = workflow.Id,
            Submitter = rep,
            Data = created.Record.Data,
            IdempotencyKey = RecordId,
        }).ConfigureAwait(false);
        var instance = started.GetInstanceOrThrow();
        var approvers = new List<string>();
        approvers.AddRange(instance.Tasks.Where(t => t.IsOpen).Select(t => t.AssigneeId));
        narrator.Detail($"Instance {instance.Id}: pending at {string.Join(", ", instance.CurrentNodes)} for {string.Join(", ", approvers)}.");

        portal.Clock.Advance(TimeSpan.FromHours(2));
        var versionBefore = instance.Version;
        var overreach = await flows.ActAsync(new WorkflowAction
        {
            InstanceId = instance.Id,
            Kind = WorkflowActionKind.Approve,
            Actor = manager,
            IdempotencyKey = "approve-1",
            Changes = new RecordData().Set("contractAmount", 420_000m),
        }).ConfigureAwait(false);
        var unchanged = (await flows.GetInstanceAsync(instance.Id).ConfigureAwait(false))!;
        refusals.Add(Refusal(narrator, manager.UserId, "manager changes contractAmount at manager-review", [overreach.Error!], unchanged.Version == versionBefore && unchanged.Data["contractAmount"].Equals(Value.FromNumber(380_000m))));

        var approved = await flows.ActAsync(new WorkflowAction
        {
            InstanceId = instance.Id,
            Kind = WorkflowActionKind.Approve,
            Actor = manager,
            IdempotencyKey = "approve-2",
            Comment = "老客户转介绍，同意 Referral from an existing customer, approved",
            Changes = new RecordData().Set("riskNote", "低风险：转介绍客户 Low risk: referral"),
        }).ConfigureAwait(false);
        instance = approved.GetInstanceOrThrow();
        await WriteBackAsync(forms, form, store, manager, "manager-review", "manager-review", instance.Data, "riskNote").ConfigureAwait(false);
        var financeTasks = instance.Tasks.Where(t => t.IsOpen).Select(t => t.AssigneeId).ToList();
        approvers.AddRange(financeTasks);
        narrator.Detail($"{manager.DisplayName} approves with a risk note (editable at manager-review), written back to the record under the node's profile; now at {string.Join(", ", instance.CurrentNodes)} for {string.Join(", ", financeTasks)}.");

        portal.Clock.Advance(TimeSpan.FromHours(3));
        var financeView = await flows.ViewAsync(instance.Id, accountant).ConfigureAwait(false);
        var workflowView = financeView.GetInstanceOrThrow().Data;
        narrator.Detail($"{accountant.DisplayName} opens the task (WorkflowEngine.ViewAsync, the finance-review node's profile): idNumber {workflowView["idNumber"]}, phone {workflowView["phone"]}, risk note {Show(workflowView, "riskNote")}.");
        var ceoView = (await flows.ViewAsync(instance.Id, ceo).ConfigureAwait(false)).GetInstanceOrThrow().Data;
        narrator.Detail($"{ceo.DisplayName} is on no task but views it read-only as an executive: idNumber {ceoView["idNumber"]}, phone {ceoView["phone"]}.");
        var outsider = await flows.ViewAsync(instance.Id, otherRep).ConfigureAwait(false);
        refusals.Add(Refusal(narrator, otherRep.UserId, "another rep opens the approval", [outsider.Error!], true));

        var completed = await flows.ActAsync(new WorkflowAction
        {
            InstanceId = instance.Id,
            Kind = WorkflowActionKind.Approve,
            Actor = accountant,
            IdempotencyKey = "complete-1",
            Comment = "授信已核定 Credit limit set",
            Changes = new RecordData().Set("creditLimit", 500_000m).Set("invoiceTitle", "杭州云帆科技有限公司"),
        }).ConfigureAwait(false);
        instance = completed.GetInstanceOrThrow();

        var writeBack = await WriteBackAsync(forms, form, store, accountant, "finance-review", "finance", instance.Data, "creditLimit", "invoiceTitle").ConfigureAwait(false);
        narrator.Detail($"{accountant.DisplayName} sets the credit limit and invoice title (required at finance-review) and completes: {instance.Status}; {RecordId} is now v{writeBack.Version}.");

        narrator.Step($"{rep.DisplayName} saves an old copy of {RecordId} (version 1) over it — the optimistic check refuses it:");
        var stale = await forms.SubmitAsync(form, new RecordData().Set("contractAmount", 1m), Options(form, rep, recordId: RecordId, expectedVersion: 1)).ConfigureAwait(false);
        refusals.Add(Refusal(narrator, rep.UserId, "stale update", stale.Errors, (await store.GetAsync(FormId, RecordId).ConfigureAwait(false))!.Version == writeBack.Version));

        await portal.Get<INotificationSender>().SendAsync(new Notification
        {
            Channel = "im",
            Recipients = [rep.UserId],
            Template = "customer-account.approved",
            Data = new RecordData().Set("company", application["company"]).Set("creditLimit", instance.Data["creditLimit"]).Freeze(),
            Subject = FormId + "/" + RecordId,
        }).ConfigureAwait(false);

        narrator.Step($"The same record seen by the people who may open it (FormEngine.View with the profile of their role; the partner may not open it at all):");
        var record = (await store.GetAsync(FormId, RecordId).ConfigureAwait(false))!.Data;
        var views = new Dictionary<string, RecordData>(StringComparer.Ordinal);
        foreach (var viewer in new[] { rep, projectManager, ceo, accountant, manager })
        {
            var profile = form.ProfileFor(viewer)!;
            var view = views[profile] = forms.View(form, record, profile);
            narrator.Detail($"{viewer.DisplayName,-18} {profile,-16} idNumber {Show(view, "idNumber"),-20} phone {Show(view, "phone"),-13} amount {Show(view, "contractAmount"),-10} credit {Show(view, "creditLimit"),-10} note {Show(view, "riskNote")}");
        }

        narrator.Step($"The audit trail of {RecordId} (form record) and its approval {instance.Id} (workflow instance), as an auditor with the executive profile reads it:");
        var audit = portal.Get<IAuditLog>();
        var entries = (await audit.GetTrailAsync(FormsConstants.AuditSubjectType, FormId + "/" + RecordId).ConfigureAwait(false))
            .Concat(await flows.GetTimelineAsync(instance.Id).ConfigureAwait(false))
            .OrderBy(e => e.At)
            .ThenBy(e => e.SubjectType == FormsConstants.AuditSubjectType ? 1 : 0)
            .ToList();
        var trail = entries.Select(e => new S8AuditLine(e.At, e.ActorId, e.Action, e.SubjectType, e.NodeId, e.Changes.Select(c => Change(forms, form, c)).ToList())).ToList();
        foreach (var line in trail)
        {
            var when = TimeZoneInfo.ConvertTime(line.At, portal.Clock.LocalTimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            narrator.Detail($"{when}  {await portal.NameOfAsync(line.ActorId).ConfigureAwait(false),-22} {line.Action,-9} {line.Subject,-18} node {line.NodeId ?? "—",-15} {string.Join("; ", line.Changes)}");
        }

        narrator.Step("Pending in the outbox, for the host to drain to its IM / email:");
        var outbox = portal.Get<IOutbox>();
        var pending = await outbox.ReadPendingAsync(1000).ConfigureAwait(false);
        var types = pending.Select(m => m.Type).ToList();
        narrator.Detail(string.Join(", ", types.GroupBy(t => t, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}")));

        return new S8Outcome
        {
            ProfileOfRole = profileOfRole,
            Matrix = matrix,
            RecordId = RecordId,
            PartnerRecordId = PartnerRecordId,
            InstanceId = instance.Id,
            FinalStatus = instance.Status,
            Approvers = approvers,
            Views = views,
            WorkflowViewOfFinance = workflowView,
            WorkflowViewOfCeo = ceoView,
            Refusals = refusals,
            VisibleAccounts = visible,
            AuditTrail = trail,
            OutboxTypes = types,
            StoredAccounts = await CountAsync(store).ConfigureAwait(false),
        };
    }

    /// <summary>
    /// Writes the fields an approver changed at a node back to the form record, as that approver and under the node's
    /// profile, so the record's own audit trail says who changed what and at which node.
    /// </summary>
    private static async Task<StoredRecord> WriteBackAsync(FormEngine forms, CompiledForm form, IRecordStore store, Actor actor, string nodeId, string profile, RecordData approved, params string[] fields)
    {
        var current = (await store.GetAsync(FormId, RecordId).ConfigureAwait(false))!;
        var changes = new RecordData();
        foreach (var field in fields)
        {
            changes.Set(field, approved[field]);
        }

        var result = await forms.SubmitAsync(form, changes, Options(actor, profile, recordId: RecordId, expectedVersion: current.Version) with { NodeId = nodeId }).ConfigureAwait(false);
        Require(result.Success, result.Errors);
        return result.Record!;
    }

    /// <summary>Submission options with the profile of the actor's role (<see cref="CompiledForm.ProfileFor"/>).</summary>
    private static SubmissionOptions Options(CompiledForm form, Actor actor, string? newId = null, string? recordId = null, long? expectedVersion = null) =>
        Options(actor, form.ProfileFor(actor)!, newId, recordId, expectedVersion);

    private static SubmissionOptions Options(Actor actor, string profile, string? newId = null, string? recordId = null, long? expectedVersion = null) =>
        new() { Actor = actor, Profile = profile, NewRecordId = newId, RecordId = recordId, ExpectedVersion = expectedVersion };

    private static S8Refusal Refusal(Narrator narrator, string who, string what, IReadOnlyList<Diagnostic> errors, bool nothingApplied)
    {
        var error = errors[0];
        narrator.Detail($"refused [{error.Code}] at {error.Path ?? "—"}: {error.Message} / {error.MessageChinese}{(nothingApplied ? " — nothing was applied" : string.Empty)}");
        return new S8Refusal(who, what, error.Code, error.Path ?? string.Empty, error.Message, error.MessageChinese, nothingApplied);
    }

    private static void Require(bool success, IReadOnlyList<Diagnostic> errors)
    {
        if (!success)
        {
            throw new FormworkException(errors);
        }
    }

    private static async Task<int> CountAsync(IRecordStore store) =>
        (await store.QueryAsync(new RecordQuery { FormId = FormId, Take = 1 }).ConfigureAwait(false)).TotalCount;

    /// <summary>The accounts an actor may open: their own for sales reps and partners, every account for the other roles.</summary>
    private static string Show(RecordData view, string field) => view.TryGetValue(field, out var value) ? (value.IsBlank ? "(blank)" : value.ToString()) : "(hidden)";

    /// <summary>A field change as the auditor (an executive) may read it: sensitive values masked with the executive profile.</summary>
    private static string Change(FormEngine forms, CompiledForm form, FieldChange change)
    {
        string Text(Value value) => value.IsBlank ? "∅" : forms.View(form, new RecordData().Set(change.Field, value), "executive")[change.Field].ToString();
        return $"{change.Field}: {Text(change.Before)} → {Text(change.After)}";
    }
}
