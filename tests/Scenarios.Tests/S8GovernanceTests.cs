using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CustomerPortal.Host;
using CustomerPortal.Scenarios;
using Formwork.Stores;
using Formwork.Workflow;

namespace Formwork.Scenarios.Tests;

/// <summary>S8 runs once (class fixture) on a portal the tests then inspect: record store, audit outcome and outbox.</summary>
public class S8GovernanceTests(S8GovernanceTests.Run run) : IClassFixture<S8GovernanceTests.Run>
{
    private S8Outcome Outcome => run.Outcome;

    [Fact]
    public void RunAsync_Profiles_GiveEachRoleItsFieldAccess()
    {
        var m = Outcome.Matrix;

        Assert.Equal(
            ["sales → sales", "partner → partner", "project-manager → project-manager", "finance → finance", "executive → executive", "sales-manager → executive"],
            Outcome.ProfileOfRole.Select(r => $"{r.Key} → {r.Value}"));
        Assert.All(m["viewer"].Where(f => f.Key is not ("idNumber" or "phone" or "creditLimit" or "riskNote")), f => Assert.Equal("ReadOnly", f.Value));
        Assert.Equal(("Required", "ReadOnly", "Hidden"), (m["sales"]["contractAmount"], m["sales"]["creditLimit"], m["sales"]["riskNote"]));
        Assert.Equal(("Hidden", "Hidden", "Editable"), (m["partner"]["contractAmount"], m["partner"]["creditLimit"], m["partner"]["idNumber"]));
        Assert.Equal(("Masked", "Masked", "Required"), (m["finance"]["idNumber"], m["finance"]["phone"], m["finance"]["creditLimit"]));
        Assert.All(m["executive"].Where(f => f.Key != "idNumber"), f => Assert.Equal("ReadOnly", f.Value));
        Assert.Equal(("Editable", "ReadOnly"), (m["manager-review"]["riskNote"], m["manager-review"]["contractAmount"]));
    }

    [Fact]
    public void RunAsync_ForbiddenWrites_AreRefusedWithCodePathAndBothLanguages_AndNothingApplied()
    {
        Assert.Equal(
            ["FWF1029 creditLimit", "FWF1026 idNumber", "FWF1029 contractAmount", "FWF1042 $", "FWA0107 contractAmount", "FWA0113 ", "FWF1034 $"],
            Outcome.Refusals.Select(r => $"{r.Code} {r.Path}"));
        Assert.All(Outcome.Refusals, r => Assert.True(r.NothingApplied, r.What));
        var credit = Outcome.Refusals[0];
        Assert.Equal(("rep-lina", "You may not change 授信额度 Credit limit.", "您无权修改授信额度 Credit limit。"), (credit.Who, credit.English, credit.Chinese));
        Assert.Equal("法人身份证号 Legal representative ID number '330106198803154326' is already used by another record.", Outcome.Refusals[1].English);
        Assert.Equal(("partner-acme", "You may not change 合同金额 Contract amount."), (Outcome.Refusals[2].Who, Outcome.Refusals[2].English));
        Assert.Equal(("partner-acme", "You may not change the record 'KH-2026-0001' of the form 'customer-account': it is outside the records the profile 'partner' reaches."), (Outcome.Refusals[3].Who, Outcome.Refusals[3].English));
        Assert.Equal(("rep-emily", "'rep-emily' is not a participant of instance 'KH-2026-0001' and has no role allowed to view it."), (Outcome.Refusals[5].Who, Outcome.Refusals[5].English));
        Assert.Equal(("mgr-east", "You may not change 合同金额 Contract amount at node 'manager-review'.", "您无权在节点“manager-review”修改合同金额 Contract amount。"),
            (Outcome.Refusals[4].Who, Outcome.Refusals[4].English, Outcome.Refusals[4].Chinese));
        Assert.Equal("The record 'KH-2026-0001' was changed by someone else (you had version 1, it is now 3); reload it and try again.", Outcome.Refusals[6].English);
    }

    [Fact]
    public async Task RunAsync_Records_AreStoredWithOwnersAndTheApprovedValues()
    {
        var store = run.Portal.Get<IRecordStore>();
        var account = (await store.GetAsync("customer-account", S8Governance.RecordId))!;
        var partnerAccount = (await store.GetAsync("customer-account", S8Governance.PartnerRecordId))!;

        Assert.Equal(2, Outcome.StoredAccounts);
        Assert.Equal(("rep-lina", "sales-east", 3L), (account.OwnerId, account.DepartmentId, account.Version));
        Assert.Equal(380_000m, account.Data["contractAmount"].AsNumber());
        Assert.Equal(500_000m, account.Data["creditLimit"].AsNumber());
        Assert.Equal("低风险：转介绍客户 Low risk: referral", account.Data["riskNote"].AsText());
        Assert.Equal("partner-acme", partnerAccount.OwnerId);
        Assert.True(partnerAccount.Data["contractAmount"].IsBlank);
        Assert.Equal(new[] { ("rep-lina", 1), ("rep-emily", 0), ("partner-acme", 1), ("ceo", 2), ("accountant", 2) }, Outcome.VisibleAccounts.Select(v => (v.Key, v.Value)));
    }

    [Fact]
    public void RunAsync_SameRecord_IsMaskedOrHiddenPerRole()
    {
        var views = Outcome.Views;

        Assert.Equal(S8Governance.IdNumber, views["sales"]["idNumber"].AsText());
        Assert.Equal(S8Governance.Phone, views["sales"]["phone"].AsText());
        Assert.False(views["sales"].ContainsKey("riskNote"));
        Assert.Equal(("330106********4326", "138****3456"), (views["finance"]["idNumber"].AsText(), views["finance"]["phone"].AsText()));
        Assert.Equal(("330106********4326", S8Governance.Phone), (views["executive"]["idNumber"].AsText(), views["executive"]["phone"].AsText()));
        Assert.False(views["project-manager"].ContainsKey("creditLimit"));
        Assert.Equal(("330106********4326", "138****3456"), (Outcome.WorkflowViewOfFinance["idNumber"].AsText(), Outcome.WorkflowViewOfFinance["phone"].AsText()));
        Assert.False(Outcome.WorkflowViewOfFinance.ContainsKey("riskNote"));
        Assert.Equal(("330106********4326", S8Governance.Phone), (Outcome.WorkflowViewOfCeo["idNumber"].AsText(), Outcome.WorkflowViewOfCeo["phone"].AsText()));
        Assert.False(Outcome.Views.ContainsKey("partner"));
    }

    [Fact]
    public void RunAsync_Approval_GoesToTheRepsManagerThenFinance()
    {
        Assert.Equal(["mgr-east", "accountant"], Outcome.Approvers);
        Assert.Equal(WorkflowStatus.Approved, Outcome.FinalStatus);
        Assert.Equal(S8Governance.RecordId, Outcome.InstanceId);
    }

    [Fact]
    public void RunAsync_AuditTrail_SaysWhoWhenWhatAndFromWhichNode()
    {
        var trail = Outcome.AuditTrail;

        Assert.Equal(
            ["rep-lina create form-record -", "rep-lina submit workflow-instance start", "mgr-east approve workflow-instance manager-review",
             "mgr-east update form-record manager-review", "accountant complete workflow-instance finance-review", "accountant update form-record finance-review"],
            trail.Select(t => $"{t.ActorId} {t.Action} {t.Subject} {t.NodeId ?? "-"}"));
        Assert.Equal(trail.OrderBy(t => t.At).Select(t => t.At), trail.Select(t => t.At));
        Assert.Equal(PortalClock.TourStart, trail[0].At);
        Assert.Equal(PortalClock.TourStart.AddHours(5).AddMinutes(5), trail[^1].At);
        Assert.Contains("idNumber: ∅ → 330106********4326", trail[0].Changes);
        Assert.Equal(["creditLimit: ∅ → 500000", "invoiceTitle: ∅ → 杭州云帆科技有限公司"], trail[4].Changes);
        Assert.Equal(["riskNote: ∅ → 低风险：转介绍客户 Low risk: referral"], trail[3].Changes);
    }

    [Fact]
    public async Task RunAsync_Outbox_HoldsTheRecordWorkflowAndNotificationEvents()
    {
        var pending = await run.Portal.Get<IOutbox>().ReadPendingAsync(1000);
        var types = pending.Select(m => m.Type).ToList();

        Assert.Equal(Outcome.OutboxTypes, types);
        Assert.Equal(2, types.Count(t => t == "forms.record.created"));
        Assert.Equal(2, types.Count(t => t == "forms.record.updated"));
        Assert.Equal(2, types.Count(t => t == "workflow.task.assigned"));
        Assert.Single(types, "workflow.instance.completed");
        Assert.Single(types, "formwork.notification");
    }

    /// <summary>Runs S8 once for the class and keeps its portal for the store and outbox checks.</summary>
    public sealed class Run : IAsyncLifetime
    {
        public Portal Portal { get; } = Portal.Create(TextWriter.Null);

        public S8Outcome Outcome { get; private set; } = null!;

        public async Task InitializeAsync() => Outcome = await new S8Governance().RunAsync(Portal);

        public async Task DisposeAsync() => await Portal.DisposeAsync();
    }
}
