using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CustomerPortal.Data;
using CustomerPortal.Host;
using CustomerPortal.Scenarios;
using Formwork.Auditing;
using Formwork.Stores;

namespace Formwork.Scenarios.Tests;

public sealed class S5OpportunityToProjectTests(S5OpportunityToProjectTests.Run run) : IClassFixture<S5OpportunityToProjectTests.Run>
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The scenario, run once for the class on a silent portal.</summary>
    public sealed class Run : IAsyncLifetime
    {
        public Portal Portal { get; } = Portal.Create(TextWriter.Null);

        public S5Outcome Outcome { get; private set; } = null!;

        public async Task InitializeAsync() => Outcome = await new S5OpportunityToProject().RunAsync(Portal);

        public async Task DisposeAsync() => await Portal.DisposeAsync();
    }

    private static DateOnly DayInBeijing(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Beijing).DateTime);

    private static string ManagerOf(string repId) => Organization.TeamOf(repId).Replace("sales-", "mgr-", StringComparison.Ordinal);

    // The first hourly tick of the host's timer loop (on the hour, from the tour start) at or after a moment.
    private static DateTimeOffset FirstTickAtOrAfter(DateTimeOffset at) =>
        at <= PortalClock.TourStart ? PortalClock.TourStart : PortalClock.TourStart.AddHours(Math.Ceiling((at - PortalClock.TourStart).TotalHours));

    [Fact]
    public void RunAsync_Pipeline_IsLoadedThroughTheForm()
    {
        Assert.Equal(run.Portal.Data.Opportunities.Count, run.Outcome.Imported);
        Assert.Equal(240, run.Outcome.Imported);
    }

    [Fact]
    public void RunAsync_EverySignedOpportunity_CreatesOneProjectCarryingTheCustomer()
    {
        var expected = run.Portal.Data.Opportunities.Where(o => o.SignsAt is not null)
            .Select(o => (o.SignsAt!.Value, Project: (
                "project:" + o.Code, o.Code, o.Customer.Name + " — " + o.Name, "HT-" + o.Code, o.Customer.Id, o.Customer.Name, o.Customer.Contact,
                o.Customer.Phone, o.Customer.Region, o.Customer.Industry, o.Amount, o.Customer.OwnerId, DayInBeijing(o.SignsAt.Value), "待启动")))
            .Append((PortalClock.TourStart.AddHours(7).AddMinutes(5), (
                "project:OPP-N01", "OPP-N01", "", "HT-2026-1123-01", "", "", "", "", "华东", "", 650_000m, "rep-lina", DayInBeijing(PortalClock.TourStart), "待启动")))
            .OrderBy(e => e.Item1)
            .Select(e => e.Item2)
            .ToArray();

        Assert.Equal(
            expected.Where(p => p.Item1 != "project:OPP-N01"),
            run.Outcome.Projects.Where(p => p.Id != "project:OPP-N01").Select(p => (
                p.Id, p.OpportunityCode, p.Name, p.ContractNo, p.CustomerId, p.CustomerName, p.Contact, p.Phone, p.Region, p.Industry, p.Amount, p.SalesOwner, p.SignedOn, p.Status)));
        Assert.Equal(expected.Select(p => p.Item1), run.Outcome.Projects.Select(p => p.Id));
        Assert.Equal(0, run.Outcome.DuplicateProjectFirings);
    }

    [Fact]
    public void RunAsync_NarratedDeal_ProjectCarriesTheCustomerOfTheOpportunity()
    {
        var customer = run.Portal.Data.Customers.First(c => c.OwnerId == "rep-lina");
        var project = run.Outcome.Projects.Single(p => p.OpportunityCode == "OPP-N01");

        Assert.Equal(
            (customer.Name + " — CRM 旗舰版 300 用户", customer.Id, customer.Name, customer.Contact, customer.Phone, customer.Region, 650_000m, "HT-2026-1123-01", new DateOnly(2026, 11, 23)),
            (project.Name, project.CustomerId, project.CustomerName, project.Contact, project.Phone, project.Region, project.Amount, project.ContractNo, project.SignedOn));
    }

    [Fact]
    public async Task RunAsync_Projects_AreStoredWithSerialNumbersAndTheirOpportunitiesMarked()
    {
        var store = run.Portal.Get<IRecordStore>();
        var stored = (await store.QueryAsync(new RecordQuery { FormId = "project", Take = int.MaxValue })).Items;

        Assert.Equal(run.Outcome.Projects.Select(p => p.Id).Order(StringComparer.Ordinal), stored.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(run.Outcome.Projects, p => Assert.Matches("^XM-" + p.SignedOn.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "-[0-9]{3}$", p.ProjectNo));
        Assert.Equal(run.Outcome.Projects.Count, run.Outcome.Projects.Select(p => p.ProjectNo).Distinct().Count());
        foreach (var project in run.Outcome.Projects)
        {
            var opportunity = (await store.GetAsync("opportunity", project.OpportunityCode))!.Data;
            Assert.Equal(("已签约", true), (opportunity["stage"].AsText(), opportunity["projectCreated"].AsBoolean()));
        }
    }

    [Fact]
    public void RunAsync_Finance_GetsOneInvoicingReminderPerSignedDeal()
    {
        var expected = run.Portal.Data.Opportunities.Where(o => o.SignsAt is not null).Select(o => (o.Code, o.SignsAt!.Value))
            .Append(("OPP-N01", PortalClock.TourStart.AddHours(7).AddMinutes(5)))
            .OrderBy(e => e.Item2);

        Assert.Equal(expected, run.Outcome.InvoiceReminders.Select(r => (r.OpportunityCode, r.At)));
        Assert.All(run.Outcome.InvoiceReminders, r => Assert.Equal(["accountant"], r.Recipients));
    }

    [Fact]
    public void RunAsync_IdleInInitialContactFor7Days_RemindsRepAndManager()
    {
        var expected = new List<(string Code, string[] Recipients, DateTimeOffset At)>();
        foreach (var o in run.Portal.Data.Opportunities.Where(o => o.Stage == "初步接触"))
        {
            var tick = FirstTickAtOrAfter(o.StageChangedAt.AddDays(7));
            if (tick <= S5OpportunityToProject.WeekEnd && (o.AdvancesAt is null || o.AdvancesAt > tick))
            {
                expected.Add((o.Code, [o.Customer.OwnerId, ManagerOf(o.Customer.OwnerId)], tick));
            }
        }

        expected.Add(("OPP-N02", ["rep-david", "mgr-north"], PortalClock.TourStart.AddDays(7)));

        Assert.Equal(
            expected.OrderBy(e => e.At).ThenBy(e => e.Code, StringComparer.Ordinal).Select(e => (e.Code, string.Join(",", e.Recipients), e.At)),
            run.Outcome.IdleReminders.OrderBy(r => r.At).ThenBy(r => r.OpportunityCode, StringComparer.Ordinal).Select(r => (r.OpportunityCode, string.Join(",", r.Recipients), r.At)));
    }

    [Fact]
    public async Task RunAsync_Outbox_HoldsExactlyTheRemindersSent()
    {
        var notifications = S1Notification.ReadAll(await run.Portal.Get<IOutbox>().ReadPendingAsync(int.MaxValue));

        Assert.Equal(run.Outcome.InvoiceReminders.Count, notifications.Count(n => n.Template == "opportunity.invoice"));
        Assert.Equal(run.Outcome.IdleReminders.Count, notifications.Count(n => n.Template == "opportunity.idle"));
        Assert.Equal(notifications.Count, run.Outcome.InvoiceReminders.Count + run.Outcome.IdleReminders.Count);
        Assert.All(notifications, n => Assert.Equal("im", n.Channel));
    }

    [Fact]
    public async Task RunAsync_NarratedDeal_AuditTrailHoldsEveryStageButNotTheRefusedSave()
    {
        var trail = await run.Portal.Get<IAuditLog>().GetTrailAsync("form-record", "opportunity/OPP-N01");

        Assert.Equal(
            ["rep-lina:初步接触", "rep-lina:需求确认", "rep-lina:方案报价", "rep-lina:商务谈判", "rep-lina:已签约", "system:", "rep-lina:"],
            trail.Select(e => e.ActorId + ":" + string.Concat(e.Changes.Where(c => c.Field == "stage").Select(c => c.After.AsText()))));
        Assert.Contains(trail[5].Changes, c => c.Field == "projectCreated" && c.After.AsBoolean());
    }

    [Fact]
    public void RunAsync_SigningWithoutContract_IsRefusedWithBothFieldsNamed()
    {
        Assert.Equal(
            [
                ("contractNo", "FWF1001", "合同编号 Contract no. is required.", "合同编号 Contract no.为必填项。"),
                ("signedOn", "FWF1001", "签约日期 Signed on is required.", "签约日期 Signed on为必填项。"),
            ],
            run.Outcome.RefusedSigning.Select(e => (e.Path, e.Code, e.Message, e.MessageChinese)));
    }
}
