using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CustomerPortal.Data;
using CustomerPortal.Host;
using CustomerPortal.Scenarios;
using Formwork.Workflow;

namespace Formwork.Scenarios.Tests;

public class S4ContractApprovalTests(S4ContractApprovalTests.Run run) : IClassFixture<S4ContractApprovalTests.Run>
{
    [Fact]
    public void Approve_SeededContracts_FollowTheAmountThresholds()
    {
        var seeded = run.Portal.Data.Contracts;
        var results = run.Outcome.Contracts.Where(c => !c.Id.StartsWith("HT-S", StringComparison.Ordinal)).ToArray();

        Assert.Equal(seeded.Count, results.Length);
        foreach (var contract in seeded)
        {
            var result = results.Single(r => r.Id == contract.Id);
            Assert.Equal(AmountOf(contract), result.Amount);
            Assert.Equal(WorkflowStatus.Approved, result.Status);
            var decided = result.Tasks.Where(t => t.Status is ApprovalTaskStatus.Approved or ApprovalTaskStatus.AutoApproved).Select(t => (t.NodeId, t.AssigneeId, t.Status));
            Assert.Equal(ExpectedPath(contract), decided);
        }

        Assert.Contains(seeded, c => c.Discount > 0.15m);
        Assert.Contains(seeded, c => AmountOf(c) > 500000m);
        Assert.Contains(seeded, c => AmountOf(c) < 50000m);
    }

    [Fact]
    public void Report_ApprovedAmountByRegion_MatchesTheSeededContracts()
    {
        var expected = run.Portal.Data.Contracts.GroupBy(c => c.Customer.Region).ToDictionary(g => g.Key, g => g.Sum(AmountOf));

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), run.Outcome.ApprovedAmountByRegion.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Rule_VipContractsOver100000_NotifyTheCeoAndSmsTheApplicant()
    {
        var vip = run.Portal.Data.Contracts.Where(c => c.Customer.Level == "VIP" && AmountOf(c) > 100000m).ToArray();
        var im = run.Outcome.Notifications.Where(n => n.Channel == "im").ToArray();
        var sms = run.Outcome.Notifications.Where(n => n.Channel == "sms").ToArray();

        Assert.Equal(vip.Length + 1, im.Length);
        Assert.All(im, n => Assert.Equal(["ceo"], n.Recipients));
        Assert.All(sms, n => Assert.Equal("加急处理中", n.Template));
        Assert.Equal(vip.Select(c => c.ApplicantId).Prepend("rep-wangfang"), sms.Select(n => Assert.Single(n.Recipients)));
        Assert.Equal(vip.Select(c => c.Customer.Name).Prepend(run.Outcome.Contracts[1].Data["customer"].AsText()), im.Select(n => n.Customer));
    }

    [Fact]
    public void Director_EditsTheDiscount_AndTheStoredAmountIsRecomputed()
    {
        var small = Told("HT-S01");

        Assert.Equal(WorkflowStatus.Approved, small.Status);
        Assert.Equal(0.08m, small.Data["discount"].AsNumber());
        Assert.Equal(13708m, small.Amount);
        Assert.Equal(
            [("director", "sales-director", ApprovalTaskStatus.Approved), ("legal", "legal-head", ApprovalTaskStatus.Cancelled),
             ("legal", "legal-tom", ApprovalTaskStatus.Approved), ("legal", "legal-yan", ApprovalTaskStatus.Cancelled)],
            small.Tasks.Select(t => (t.NodeId, t.AssigneeId, t.Status)));
    }

    [Fact]
    public void Actions_TransferUrgeReturnResubmitAddSignerWithdraw_EndAsTold()
    {
        var vip = Told("HT-S02");
        Assert.Equal(WorkflowStatus.Approved, vip.Status);
        Assert.Contains(new S4Task("finance", "accountant", ApprovalTaskStatus.Transferred), vip.Tasks);
        Assert.Contains(new S4Task("finance", "cfo", ApprovalTaskStatus.Approved), vip.Tasks);
        Assert.Equal(
            [("legal", "legal-yan", ApprovalTaskStatus.Returned), ("finance", "accountant", ApprovalTaskStatus.Approved), ("legal", "legal-yan", ApprovalTaskStatus.Approved)],
            vip.Tasks.SkipWhile(t => t.Status != ApprovalTaskStatus.Returned).Where(t => t.Status is ApprovalTaskStatus.Returned or ApprovalTaskStatus.Approved).Select(t => (t.NodeId, t.AssigneeId, t.Status)));
        Assert.StartsWith("30% 预付", vip.Data["paymentTerms"].AsText(), StringComparison.Ordinal);
        Assert.Equal(["ceo"], run.Outcome.Reminded);

        var large = Told("HT-S03");
        Assert.Equal((WorkflowStatus.Approved, 640300m), (large.Status, large.Amount));
        Assert.Contains(new S4Task("countersign", "ceo", ApprovalTaskStatus.Returned), large.Tasks);
        Assert.Contains(new S4Task("countersign", "cfo", ApprovalTaskStatus.Approved), large.Tasks);
        Assert.Contains(new S4Task("ceo", "ceo", ApprovalTaskStatus.Approved), large.Tasks);
        Assert.Contains(new S4Task("finance", "accountant", ApprovalTaskStatus.Approved), large.Tasks);

        var withdrawn = Told("HT-S04");
        Assert.Equal(WorkflowStatus.Withdrawn, withdrawn.Status);
        Assert.DoesNotContain(withdrawn.Tasks, t => t.Status is ApprovalTaskStatus.Approved or ApprovalTaskStatus.Pending);

        var chain = Told("HT-S05");
        Assert.Equal(
            [("manager-chain", "mgr-south", ApprovalTaskStatus.Approved), ("manager-chain", "sales-director", ApprovalTaskStatus.Approved),
             ("director", "sales-director", ApprovalTaskStatus.AutoApproved), ("legal", "legal-tom", ApprovalTaskStatus.Approved)],
            chain.Tasks.Where(t => t.Status is ApprovalTaskStatus.Approved or ApprovalTaskStatus.AutoApproved).Select(t => (t.NodeId, t.AssigneeId, t.Status)));
    }

    [Fact]
    public void Refused_ActionsOutsideTheRules_HaveCodesAndBothLanguages()
    {
        Assert.Equal(
            [("HT-S01", "rep-emily", "FWA0103"), ("HT-S01", "rep-lina", "FWA0106"), ("HT-S02", "accountant", "FWA0107"), ("HT-S03", "rep-huangli", "FWA0105")],
            run.Outcome.Refusals.Select(r => (r.ContractId, r.ActorId, r.Code)));
        var price = run.Outcome.Refusals[2];
        Assert.Equal("You may not change 单价 Unit price at node 'finance'.", price.Message);
        Assert.Equal("您无权在节点“finance”修改单价 Unit price。", price.MessageChinese);
        Assert.Equal("'rep-emily' has no pending task on instance 'HT-S01'.", run.Outcome.Refusals[0].Message);
        Assert.Equal(("The instance is running; resubmit is not possible.", "实例状态为审批中，无法执行重新提交。"), (run.Outcome.Refusals[3].Message, run.Outcome.Refusals[3].MessageChinese));
    }

    [Fact]
    public void Submit_ContractWithMistakes_IsRefusedWithPathCodeAndBothLanguages()
    {
        Assert.Equal(
        [
            "customer FWF1001 客户 Customer is required. | 客户 Customer为必填项。",
            "phone FWF1011 客户电话 Customer phone is not a valid mobile number. | 客户电话 Customer phone不是有效的手机号码。",
            "lines[0].quantity FWF1004 数量 Quantity must be at least 1. | 数量 Quantity不能小于 1。",
            "discount FWF1027 The discount may be at most 30% for VIP customers and 15% for the others. | 折扣上限：VIP客户30%，其他客户15%。",
        ], run.Outcome.RefusedSubmission.Select(e => $"{e.Path} {e.Code} {e.Message} | {e.MessageChinese}"));
    }

    private S4Contract Told(string id) => run.Outcome.Contracts.Single(c => c.Id == id);

    private static decimal AmountOf(SeedContract contract) =>
        decimal.Round(contract.Lines.Sum(l => l.Quantity * l.UnitPrice) * (1 - contract.Discount), 2, MidpointRounding.AwayFromZero);

    private static IEnumerable<(string, string, ApprovalTaskStatus)> ExpectedPath(SeedContract contract)
    {
        var amount = AmountOf(contract);
        var chain = contract.Discount > 0.15m;
        var director = chain ? ApprovalTaskStatus.AutoApproved : ApprovalTaskStatus.Approved;
        if (chain)
        {
            yield return ("manager-chain", Organization.TeamOf(contract.ApplicantId).Replace("sales-", "mgr-", StringComparison.Ordinal), ApprovalTaskStatus.Approved);
            yield return ("manager-chain", "sales-director", ApprovalTaskStatus.Approved);
        }

        if (amount < 50000m)
        {
            yield return ("director", "sales-director", director);
        }
        else
        {
            yield return ("countersign", "sales-director", director);
            yield return ("countersign", "ceo", ApprovalTaskStatus.Approved);
            if (amount > 100000m)
            {
                yield return ("finance", "accountant", ApprovalTaskStatus.Approved);
            }

            if (amount > 500000m)
            {
                yield return ("ceo", "ceo", ApprovalTaskStatus.Approved);
            }
        }

        yield return ("legal", "legal-head", ApprovalTaskStatus.Approved);
    }

    public sealed class Run : IAsyncLifetime
    {
        public Portal Portal { get; } = Portal.Create(TextWriter.Null);

        public S4Outcome Outcome { get; private set; } = null!;

        public async Task InitializeAsync() => Outcome = await new S4ContractApproval().RunAsync(Portal);

        public async Task DisposeAsync() => await Portal.DisposeAsync();
    }
}
