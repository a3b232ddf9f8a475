using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CustomerPortal.Data;
using CustomerPortal.Host;
using CustomerPortal.Scenarios;
using Formwork.Stores;
using Formwork.Workflow;

namespace Formwork.Scenarios.Tests;

public class S3PartnerOnboardingTests(S3PartnerOnboardingTests.Run run) : IClassFixture<S3PartnerOnboardingTests.Run>
{
    [Fact]
    public async Task Review_AllThreeDepartmentsApprove_CreatesThePartnerAndTheErpEvent()
    {
        var application = run.Outcome.Applications[0];

        Assert.Equal(("QD-S01", WorkflowStatus.Approved), (application.Id, application.Status));
        Assert.Equal(["channel-head", "legal-tom", "cfo"], application.Reviews.Where(r => r.Status == ApprovalTaskStatus.Approved).Select(r => r.AssigneeId));
        var partner = Assert.Single(run.Outcome.Partners, p => p.ApplicationId == "QD-S01");
        Assert.Equal(("P-QD-S01", "CP-2026-001", "杭州云帆信息技术有限公司"), (partner.RecordId, partner.PartnerNo, partner.Company));
        var stored = await run.Portal.Get<IRecordStore>().GetAsync("partner", "P-QD-S01");
        Assert.Equal("active", stored!.Data["status"].AsText());
        var erp = Assert.Single(run.Outcome.IntegrationEvents, e => e.PartnerNo == "CP-2026-001");
        Assert.Equal(("erp.supplier.status-changed", partner.CreditCode, "approved"), (erp.Type, erp.CreditCode, erp.SupplierStatus));
    }

    [Fact]
    public void Review_LegalRejects_EndsTheApplicationAndCancelsFinance()
    {
        var application = run.Outcome.Applications[1];

        Assert.Equal(("QD-S02", WorkflowStatus.Rejected), (application.Id, application.Status));
        Assert.Equal(ApprovalTaskStatus.Approved, application.Reviews.Single(r => r.NodeId == "channel").Status);
        Assert.Equal(ApprovalTaskStatus.Rejected, application.Reviews.Single(r => r.AssigneeId == "legal-yan").Status);
        Assert.Equal(ApprovalTaskStatus.Cancelled, application.Reviews.Single(r => r.NodeId == "finance").Status);
        Assert.DoesNotContain(run.Outcome.Partners, p => p.ApplicationId == "QD-S02");
    }

    [Fact]
    public void Push_EachNodesStatusAndComment_ReachesTheApplicantInOrder()
    {
        var events = run.Outcome.Pushed.Where(e => e.ApplicationId == "QD-S02" && e.Type != WorkflowEvents.TaskAssigned).ToArray();

        Assert.Equal(
        [
            (WorkflowEvents.StatusChanged, "start", "running", null),
            (WorkflowEvents.TaskCompleted, "channel", "approved", "同意 / agreed"),
            (WorkflowEvents.NodeCompleted, "channel", "approved", null),
            (WorkflowEvents.TaskCompleted, "legal", "rejected", "法人存在未结诉讼，暂不合作 / the legal person has open lawsuits"),
            (WorkflowEvents.NodeCompleted, "legal", "rejected", null),
            (WorkflowEvents.StatusChanged, "legal", "rejected", null),
            (WorkflowEvents.InstanceCompleted, "legal", "rejected", null),
        ], events.Select(e => (e.Type, e.NodeId, e.Status, e.Comment)));
        Assert.Equal(5, run.Outcome.Pushed.Count(e => e.ApplicationId == "QD-S02" && e.Type == WorkflowEvents.TaskAssigned));
    }

    [Fact]
    public void Review_SeededApplications_EndAsTheirDepartmentsDecide()
    {
        var seeded = run.Portal.Data.PartnerApplications;
        var results = run.Outcome.Applications.Skip(2).ToArray();

        Assert.Equal(seeded.Select(a => (a.Id, a.RejectedBy is null ? WorkflowStatus.Approved : WorkflowStatus.Rejected)), results.Select(a => (a.Id, a.Status)));
        foreach (var application in seeded.Where(a => a.RejectedBy is not null))
        {
            Assert.Contains(results.Single(r => r.Id == application.Id).Reviews, r => r.NodeId == application.RejectedBy && r.Status == ApprovalTaskStatus.Rejected);
        }

        var approved = seeded.Where(a => a.RejectedBy is null).Select(a => a.Id).Prepend("QD-S01").ToArray();
        Assert.Equal(approved, run.Outcome.Partners.Select(p => p.ApplicationId));
        Assert.Equal(run.Outcome.Partners.Select(p => p.PartnerNo), run.Outcome.IntegrationEvents.Select(e => e.PartnerNo));
        Assert.Equal(Enumerable.Range(1, approved.Length).Select(n => $"CP-2026-{n:000}"), run.Outcome.Partners.Select(p => p.PartnerNo));
        Assert.All(seeded, a => Assert.True(TextFormats.IsUnifiedSocialCreditCode(a.CreditCode) && TextFormats.IsResidentIdNumber(a.LegalPersonId)));
    }

    [Fact]
    public void Submit_BadCodesAndMissingPermit_AreRefusedWithPathCodeAndBothLanguages()
    {
        var errors = run.Outcome.Refused.SelectMany(r => r.Errors).Select(e => $"{e.Path} {e.Code} {e.Message} | {e.MessageChinese}").ToArray();

        Assert.Equal(
        [
            "creditCode FWF1014 统一社会信用代码 Credit code is not a valid unified social credit code. | 统一社会信用代码 Credit code不是有效的统一社会信用代码。",
            "legalPersonId FWF1013 法人身份证号 Legal person ID is not a valid ID number. | 法人身份证号 Legal person ID不是有效的身份证号码。",
            "bankPermit FWF1001 开户许可证 Bank account permit is required. | 开户许可证 Bank account permit为必填项。",
        ], errors);
    }

    [Fact]
    public void WithChecks_MadeCodes_PassTheChecksumsAndAChangedCheckCharacterFails()
    {
        var valid = SeedData.WithCreditCodeCheck("91350100M000100Y4");
        Assert.Equal("91350100M000100Y43", valid);
        Assert.Equal("11010519491231002X", SeedData.WithIdCheck("11010519491231002"));
        Assert.False(TextFormats.IsResidentIdNumber("110105194912310021"));
    }

    public sealed class Run : IAsyncLifetime
    {
        public Portal Portal { get; } = Portal.Create(TextWriter.Null);

        public S3Outcome Outcome { get; private set; } = null!;

        public async Task InitializeAsync() => Outcome = await new S3PartnerOnboarding().RunAsync(Portal);

        public async Task DisposeAsync() => await Portal.DisposeAsync();
    }
}
