using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CustomerPortal.Data;
using CustomerPortal.Host;
using CustomerPortal.Scenarios;
using Formwork.Auditing;
using Formwork.Stores;

namespace Formwork.Scenarios.Tests;

public sealed partial class S1LeadCaptureTests(S1LeadCaptureTests.Run run) : IClassFixture<S1LeadCaptureTests.Run>
{
    // The routing table of the brief, written out independently of Definitions/lead.rules.json.
    private static readonly Dictionary<(string Region, string Industry), string> Routing = new()
    {
        [("华东", "制造 Manufacturing")] = "rep-lina", [("华东", "零售 Retail")] = "rep-emily", [("华东", "金融 Finance")] = "rep-chenjie",
        [("华东", "互联网 Internet")] = "rep-kevin", [("华东", "医疗 Healthcare")] = "rep-lina",
        [("华北", "制造 Manufacturing")] = "rep-wangfang", [("华北", "零售 Retail")] = "rep-david", [("华北", "金融 Finance")] = "rep-zhaolei",
        [("华北", "互联网 Internet")] = "rep-grace", [("华北", "医疗 Healthcare")] = "rep-wangfang",
        [("华南", "制造 Manufacturing")] = "rep-huangli", [("华南", "零售 Retail")] = "rep-jason", [("华南", "金融 Finance")] = "rep-linxue",
        [("华南", "互联网 Internet")] = "rep-amy", [("华南", "医疗 Healthcare")] = "rep-huangli",
    };

    /// <summary>The scenario, run once for the class on a silent portal.</summary>
    public sealed class Run : IAsyncLifetime
    {
        public Portal Portal { get; } = Portal.Create(TextWriter.Null);

        public S1Outcome Outcome { get; private set; } = null!;

        public async Task InitializeAsync() => Outcome = await new S1LeadCapture().RunAsync(Portal);

        public async Task DisposeAsync() => await Portal.DisposeAsync();
    }

    private sealed record Expected(SeedLead Lead, string Grade, string? RoutedTo, string? Owner, DateTimeOffset? AssignedAt, bool Escalated);

    // What should happen to each web lead of the week, from the seeded data alone.
    private IReadOnlyList<Expected> ExpectedWeek()
    {
        var phones = new HashSet<string>(["13957112345", "18628001234"], StringComparer.Ordinal);
        var expected = new List<Expected>();
        foreach (var lead in run.Portal.Data.Leads)
        {
            if (!MobilePattern().IsMatch(lead.Phone) || !EmailPattern().IsMatch(lead.Email) || !phones.Add(lead.Phone))
            {
                continue;
            }

            var senior = lead.Title.Contains('总', StringComparison.Ordinal) || lead.Title.Contains("director", StringComparison.OrdinalIgnoreCase);
            var grade = senior && lead.Employees >= 500 ? "A" : lead.Employees >= 100 || lead.Need.Length >= 30 ? "B" : "C";
            var routedTo = Routing.GetValueOrDefault((lead.Region, lead.Industry));
            var owner = routedTo ?? lead.ClaimedBy;
            var assignedAt = routedTo is not null ? lead.ArrivesAt : lead.ClaimedBy is not null ? lead.ArrivesAt + lead.ClaimAfter : (DateTimeOffset?)null;
            var escalated = routedTo is null && (lead.ClaimAfter is null || lead.ClaimAfter > TimeSpan.FromHours(24));
            expected.Add(new Expected(lead, grade, routedTo, owner, assignedAt, escalated));
        }

        return expected;
    }

    [Fact]
    public void RunAsync_WeekOfLeads_StoresExactlyTheValidFirstSubmissions()
    {
        var expected = ExpectedWeek();

        Assert.Equal(305, run.Outcome.Submitted);
        Assert.Equal(["L-S01", "L-S02", "L-S05", .. expected.Select(e => e.Lead.Id)], run.Outcome.Accepted);
        Assert.Equal(
            ["L-S03", "L-S04", .. run.Portal.Data.Leads.Select(l => l.Id).Except(expected.Select(e => e.Lead.Id))],
            run.Outcome.Refused.Select(r => r.LeadId));
    }

    [Fact]
    public void RunAsync_Grades_FollowTitleSizeAndNeed()
    {
        var expected = ExpectedWeek().ToDictionary(e => e.Lead.Id, e => e.Grade);
        expected["L-S01"] = "A";
        expected["L-S02"] = "C";
        expected["L-S05"] = "A";

        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), run.Outcome.Grades.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void RunAsync_Owners_AreTheRoutingTableOrTheClaimingRep()
    {
        var expected = ExpectedWeek().Where(e => e.Owner is not null).ToDictionary(e => e.Lead.Id, e => e.Owner!);
        expected["L-S01"] = "rep-lina";
        expected["L-S02"] = "rep-jason";

        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), run.Outcome.Owners.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Equal(["L-S05", .. ExpectedWeek().Where(e => e.RoutedTo is null).Select(e => e.Lead.Id)], run.Outcome.Pooled);
        Assert.Equal(
            ExpectedWeek().Where(e => e.RoutedTo is null && e.Owner is not null).Select(e => (e.Lead.Id, e.Owner!)).Order(),
            run.Outcome.Claims.Select(c => (c.Key, c.Value)).Order());
    }

    [Fact]
    public async Task RunAsync_EveryOwnedLead_HasAFollowUpTaskDueInThreeDays()
    {
        var expected = ExpectedWeek().Where(e => e.Owner is not null)
            .Select(e => ("lead-task:" + e.Lead.Id, "【新客户跟进】" + e.Lead.Company, e.Owner!, e.AssignedAt!.Value.AddDays(3)))
            .Prepend(("lead-task:L-S02", "【新客户跟进】深圳佳禾贸易有限公司", "rep-jason", PortalClock.TourStart.AddDays(3)))
            .Prepend(("lead-task:L-S01", "【新客户跟进】杭州云帆信息技术有限公司", "rep-lina", PortalClock.TourStart.AddDays(3)))
            .OrderBy(t => t.Item1, StringComparer.Ordinal)
            .ToArray();
        var stored = (await run.Portal.Get<IRecordStore>().QueryAsync(new RecordQuery { FormId = "lead-task", Take = int.MaxValue })).Items;

        Assert.Equal(expected, stored
            .Select(r => (r.Id, r.Data["title"].AsText(), r.Data["owner"].AsText(), r.Data["due"].AsDateTime()))
            .OrderBy(t => t.Id, StringComparer.Ordinal));
        Assert.All(stored, r => Assert.Equal("待跟进", r.Data["status"].AsText()));
        Assert.Equal(expected.Select(t => t.Item1), run.Outcome.Tasks.Select(t => t.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunAsync_Notifications_TellEachOwnerAndEscalateUnclaimedPoolLeads()
    {
        var week = ExpectedWeek();
        var notifications = S1Notification.ReadAll(await run.Portal.Get<IOutbox>().ReadPendingAsync(int.MaxValue));

        var assigned = notifications.Where(n => n.Template == "lead.assigned").ToArray();
        Assert.All(assigned, n => Assert.Equal("im", n.Channel));
        Assert.Equal(
            week.Where(e => e.Owner is not null).Select(e => ("lead/" + e.Lead.Id, e.Owner!)).Append(("lead/L-S01", "rep-lina")).Append(("lead/L-S02", "rep-jason")).Order(),
            assigned.Select(n => (n.Subject!, Assert.Single(n.Recipients))).Order());
        var escalations = notifications.Where(n => n.Template == "lead.pool.unclaimed").ToArray();
        Assert.All(escalations, n => Assert.Equal(["sales-director"], n.Recipients));
        Assert.Equal(
            week.Where(e => e.Escalated).Select(e => "lead/" + e.Lead.Id).Prepend("lead/L-S05").Order(StringComparer.Ordinal),
            escalations.Select(n => n.Subject!).Order(StringComparer.Ordinal));
        Assert.Equal(notifications.Count, assigned.Length + escalations.Length);
        Assert.Equal(escalations.Select(n => n.Subject![5..]).Order(StringComparer.Ordinal), run.Outcome.PoolEscalations.Select(e => e.LeadId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RunAsync_PoolEscalation_FiresOnTheFirstHourlyTickAfter24Hours()
    {
        var escalation = run.Outcome.PoolEscalations.Single(e => e.LeadId == "L-S05");

        Assert.Equal(PortalClock.TourStart, escalation.PooledAt);
        Assert.Equal(PortalClock.TourStart.AddDays(1), escalation.EscalatedAt);
        Assert.All(run.Outcome.PoolEscalations, e => Assert.InRange(e.EscalatedAt - e.PooledAt, TimeSpan.FromHours(24), TimeSpan.FromHours(25)));
    }

    [Fact]
    public void RunAsync_InvalidLead_IsRefusedFieldByFieldInEnglishAndChinese()
    {
        var refusal = run.Outcome.Refused.Single(r => r.LeadId == "L-S03");

        Assert.Equal(
            [
                ("company", "FWF1001", "公司名称 Company is required.", "公司名称 Company为必填项。"),
                ("phone", "FWF1011", "手机 Mobile is not a valid mobile number.", "手机 Mobile不是有效的手机号码。"),
                ("email", "FWF1010", "邮箱 Email is not a valid email address.", "邮箱 Email不是有效的电子邮箱地址。"),
                ("employees", "FWF1004", "员工人数 Employees must be at least 1.", "员工人数 Employees不能小于 1。"),
            ],
            refusal.Errors.Select(e => (e.Path, e.Code, e.Message, e.MessageChinese)));
    }

    [Fact]
    public void RunAsync_DuplicatePhone_IsRefusedByUniqueness()
    {
        var error = Assert.Single(run.Outcome.Refused.Single(r => r.LeadId == "L-S04").Errors);

        Assert.Equal(
            ("phone", "FWF1026", "手机 Mobile '13957112345' is already used by another record.", "手机 Mobile“13957112345”已被其他记录使用。"),
            (error.Path, error.Code, error.Message, error.MessageChinese));
    }

    [Fact]
    public void RunAsync_RefusedWebLeads_NameTheFieldAndTheReason()
    {
        var phones = new HashSet<string>(["13957112345", "18628001234"], StringComparer.Ordinal);
        var expected = new List<(string, string[])>();
        foreach (var lead in run.Portal.Data.Leads)
        {
            var errors = new List<string>();
            if (!MobilePattern().IsMatch(lead.Phone))
            {
                errors.Add("phone FWF1011");
            }
            else if (!EmailPattern().IsMatch(lead.Email))
            {
                errors.Add("email FWF1010");
            }
            else if (!phones.Add(lead.Phone))
            {
                errors.Add("phone FWF1026");
            }

            if (errors.Count > 0)
            {
                expected.Add((lead.Id, errors.ToArray()));
            }
        }

        var refused = run.Outcome.Refused.Where(r => r.LeadId.StartsWith("L-0", StringComparison.Ordinal)).ToArray();
        Assert.Equal(expected.Select(e => (e.Item1, string.Join(";", e.Item2))), refused.Select(r => (r.LeadId, string.Join(";", r.Errors.Select(e => e.Path + " " + e.Code)))));
        Assert.All(refused.SelectMany(r => r.Errors), e => Assert.False(string.IsNullOrEmpty(e.MessageChinese) || e.MessageChinese == e.Message));
    }

    [Fact]
    public async Task RunAsync_AuditTrail_ShowsTheSubmissionThenTheRulesChanges()
    {
        var trail = await run.Portal.Get<IAuditLog>().GetTrailAsync("form-record", "lead/L-S01");

        Assert.Equal(["create by web", "update by system"], trail.Select(e => e.Action + " by " + e.ActorId));
        Assert.Equal(
            [("grade", "A"), ("owner", "rep-lina")],
            trail[1].Changes.Select(c => (c.Field, c.After.AsText())).OrderBy(c => c.Field, StringComparer.Ordinal));
    }

    [Fact]
    public async Task SubmitAsync_ProspectSettingTheirOwnGrade_IsRefused()
    {
        await using var portal = Portal.Create(TextWriter.Null);
        var desk = new S1LeadDesk(portal);
        var lead = desk.LeadForm.ReadData(S1LeadCapture.NarratedLeads[0].Json);
        lead.Set("grade", "A");

        var result = await desk.SubmitAsync("L-X01", lead);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("grade", "FWF1029"), (error.Path, error.Code));
        Assert.Null(await portal.Get<IRecordStore>().GetAsync("lead", "L-X01"));
    }

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
