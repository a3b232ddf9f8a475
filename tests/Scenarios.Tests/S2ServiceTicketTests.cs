using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CustomerPortal.Host;
using CustomerPortal.Scenarios;
using Formwork.Stores;

namespace Formwork.Scenarios.Tests;

public class S2ServiceTicketTests(S2ServiceTicketTests.Run run) : IClassFixture<S2ServiceTicketTests.Run>
{
    [Fact]
    public void Dispatch_EveryTicket_GoesToTheLeadOfTheGroupFaultAndUrgencyPick()
    {
        var seeded = run.Portal.Data.Tickets;
        Assert.Equal(seeded.Count + 2, run.Outcome.Dispatches.Count);
        foreach (var ticket in seeded)
        {
            var dispatch = Assert.Single(run.Outcome.Dispatches, d => d.TicketId == ticket.Id);
            var (group, lead, hours) = Expected(ticket.FaultType, ticket.Urgency);
            Assert.Equal((group, lead, hours), (dispatch.Group, dispatch.Assignee, dispatch.ResponseHours));
        }

        var first = run.Outcome.Dispatches[0];
        Assert.Equal(("GD-S01", "service-hardware", "eng-hw-lead", 4), (first.TicketId, first.Group, first.Assignee, first.ResponseHours));
        var second = run.Outcome.Dispatches[1];
        Assert.Equal(("GD-S02", "service-software", "eng-sw-lead", 24), (second.TicketId, second.Group, second.Assignee, second.ResponseHours));
    }

    [Fact]
    public void Lookup_SerialNumber_PullsTheDevicesCustomerAndMaintenanceHistory()
    {
        foreach (var dispatch in run.Outcome.Dispatches)
        {
            var device = run.Portal.Data.Devices.Single(d => d.Serial == dispatch.Serial);
            Assert.Equal(device.Customer.Id, dispatch.CustomerId);
            Assert.Equal(device.Customer.Name, dispatch.Customer);
            Assert.Equal(device.History.Count, dispatch.ServiceCount);
            Assert.Equal(device.History.Count == 0 ? null : device.History.Max(h => h.Date), dispatch.LastServiceOn);
        }

        Assert.Equal(400, run.Outcome.DevicesInstalled);
        Assert.Equal("VIP", run.Portal.Data.Devices.Single(d => d.Serial == run.Outcome.Dispatches[0].Serial).Customer.Level);
    }

    [Fact]
    public async Task Sla_TicketsWithoutActionFor24Hours_AreEscalatedToTheServiceHead()
    {
        var expected = run.Portal.Data.Tickets.Where(t => !t.Handled).Select(t => t.Id).Append("GD-S02").Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(expected, run.Outcome.Escalations.Order(StringComparer.Ordinal));
        Assert.Equal(run.Outcome.Dispatches.Count - expected.Length, run.Outcome.Handled.Count);
        var escalated = run.Outcome.Notifications.Where(n => n.Template == "ticket.escalated").ToArray();
        Assert.All(escalated, n => Assert.Equal(["service-head"], n.Recipients));
        Assert.Equal(expected.Length, escalated.Length);

        var store = run.Portal.Get<IRecordStore>();
        var open = await store.GetAsync("ticket", "GD-S02");
        Assert.True(open!.Data["escalated"].AsBoolean());
        Assert.Equal("open", open.Data["status"].AsText());
        var handled = await store.GetAsync("ticket", "GD-S01");
        Assert.False(handled!.Data["escalated"].AsBoolean());
        Assert.Equal("inProgress", handled.Data["status"].AsText());
    }

    [Fact]
    public void Notify_EachDispatch_TellsTheAssignedLeadOverIm()
    {
        var dispatched = run.Outcome.Notifications.Where(n => n.Template == "ticket.dispatched").ToArray();

        Assert.Equal(run.Outcome.Dispatches.Count, dispatched.Length);
        foreach (var dispatch in run.Outcome.Dispatches)
        {
            Assert.Contains(dispatched, n => n.Serial == dispatch.Serial && n.Recipients.SequenceEqual([dispatch.Assignee]));
        }
    }

    [Fact]
    public async Task Submit_BadTickets_AreRefusedWithPathCodeAndBothLanguagesAndNothingStored()
    {
        var unknown = Assert.Single(run.Outcome.Refused[0].Errors);
        Assert.Equal(("serial", "FWF1040"), (unknown.Path, unknown.Code));
        Assert.Equal("设备序列号 Serial number refers to the record 'SN-2099-99999' of 'device', which does not exist.", unknown.Message);
        Assert.Equal("设备序列号 Serial number引用的记录“SN-2099-99999”（表单“device”）不存在。", unknown.MessageChinese);

        var errors = run.Outcome.Refused[1].Errors.Select(e => $"{e.Path} {e.Code} {e.Message} | {e.MessageChinese}").ToArray();
        Assert.Equal(
        [
            "urgency FWF1001 紧急程度 Urgency is required. | 紧急程度 Urgency为必填项。",
            "photos[0] FWF1025 The file 'invoice.pdf' in 现场照片 Photos is application/pdf; allowed: image/*. | 现场照片 Photos中的文件“invoice.pdf”类型为 application/pdf；允许的类型：image/*。",
        ], errors);

        var stored = await run.Portal.Get<IRecordStore>().QueryAsync(new RecordQuery { FormId = "ticket", Take = 1000 });
        Assert.Equal(run.Outcome.Dispatches.Count, stored.TotalCount);
    }

    private static (string Group, string Lead, int Hours) Expected(string fault, string urgency) => (fault, urgency) switch
    {
        ("hardware", "high") or ("network", "high") => ("service-hardware", "eng-hw-lead", 4),
        ("software", "high") => ("service-software", "eng-sw-lead", 4),
        ("hardware", _) => ("service-hardware", "eng-hw-lead", 24),
        ("power", _) => ("service-hardware", "eng-hw-lead", 8),
        _ => ("service-software", "eng-sw-lead", 24),
    };

    public sealed class Run : IAsyncLifetime
    {
        public Portal Portal { get; } = Portal.Create(TextWriter.Null);

        public S2Outcome Outcome { get; private set; } = null!;

        public async Task InitializeAsync() => Outcome = await new S2ServiceTicket().RunAsync(Portal);

        public async Task DisposeAsync() => await Portal.DisposeAsync();
    }
}
