using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CustomerPortal.Data;
using CustomerPortal.Host;
using Formwork;
using Formwork.Expressions;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Notifications;
using Formwork.Rules;
using Formwork.Stores;

namespace CustomerPortal.Scenarios;

/// <summary>
/// S2 售后服务工单: a customer reports a fault by serial number; the serial number is a relation to the installed
/// device, whose lookups pull in the customer profile and the maintenance history; a decision table (fault type ×
/// urgency) picks the engineer group and its lead gets the ticket; a time-based rule escalates a ticket left 24 hours
/// without action to the head of after-sales service.
/// </summary>
public sealed class S2ServiceTicket : Scenario<S2Outcome>
{
    private static readonly TimeSpan EngineersActAfter = TimeSpan.FromHours(2);

    /// <inheritdoc />
    public override string Id => "S2";

    /// <inheritdoc />
    public override string Title => "After-sales service ticket 售后服务工单";

    /// <inheritdoc />
    public override string Summary => "Serial-number lookup, dispatch by a decision table, notification, 24-hour SLA escalation.";

    /// <inheritdoc />
    public override async Task<S2Outcome> RunAsync(Portal portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var say = portal.Narrator;
        var deviceForm = portal.Definitions.Form("device.form.json");
        var ticketForm = portal.Definitions.Form("ticket.form.json");

        // The rule set reads the portal's formula context, so the 24-hour rule reads the simulated clock.
        var ruleSet = portal.Definitions.Rules("ticket.rules.json", ticketForm);
        var rules = ruleSet.Compile();
        say.Step($"Loaded forms '{deviceForm.Id}' and '{ticketForm.Id}', rule set '{ruleSet.Name}' ({ruleSet.Rules.Count} rules, decision table rows included).");

        var forms = portal.Get<FormEngine>();
        var runner = portal.Get<RecordRuleRunner>();
        var timers = portal.Get<RuleTimers>();
        var records = portal.Get<IRecordStore>();

        var devices = portal.Data.Devices;
        say.Step($"Installing the register of {devices.Count} devices at seeded customers, each with its maintenance history.");
        var installer = await portal.ActorAsync("service-head");
        for (var i = 0; i < devices.Count; i++)
        {
            var result = await forms.SubmitAsync(deviceForm, deviceForm.ReadData(DeviceJson(devices[i])), new SubmissionOptions { Actor = installer, NewRecordId = devices[i].Serial });
            if (!result.Success)
            {
                throw new InvalidOperationException($"Device {devices[i].Serial}: {string.Join("; ", result.Errors.Select(e => $"{e.Path} {e.Code} {e.Message}"))}");
            }

            say.Progress("Device register", i + 1, devices.Count);
        }

        var refused = await RefusedAsync(portal, forms, ticketForm, devices);

        var vipDevice = devices.First(d => d.Customer.Level == "VIP" && d.History.Count >= 2);
        var plainDevice = devices.First(d => d.Customer.Level == "STD" && d.History.Count == 0);
        var told = new List<SeedTicket>
        {
            new() { Id = "GD-S01", Serial = vipDevice.Serial, FaultType = "hardware", Urgency = "high", Description = "屏幕花屏，门店无法收银 The screen is garbled, the shop cannot take payments", Photos = 2, Handled = true },
            new() { Id = "GD-S02", Serial = plainDevice.Serial, FaultType = "software", Urgency = "low", Description = "报表导出偶尔失败 Report export fails now and then", Photos = 0, Handled = false },
        };

        var dispatches = new List<S2Dispatch>();
        foreach (var ticket in told)
        {
            dispatches.Add(await SubmitAsync(portal, forms, ticketForm, ruleSet, rules, runner, timers, ticket, tell: true));
        }

        var seeded = portal.Data.Tickets;
        say.Step($"The day's {seeded.Count} seeded tickets come in and are dispatched by the same table.");
        for (var i = 0; i < seeded.Count; i++)
        {
            dispatches.Add(await SubmitAsync(portal, forms, ticketForm, ruleSet, rules, runner, timers, seeded[i], tell: false));
            say.Progress("Tickets dispatched", i + 1, seeded.Count);
        }

        foreach (var group in dispatches.GroupBy(d => (d.Group, d.Assignee)).OrderBy(g => g.Key.Group, StringComparer.Ordinal))
        {
            say.Detail($"{group.Count(),4} tickets → {group.Key.Group}, lead {await portal.NameOfAsync(group.Key.Assignee)}");
        }

        portal.Clock.Advance(EngineersActAfter);
        var handled = new List<string>();
        foreach (var ticket in told.Concat(seeded).Where(t => t.Handled))
        {
            var dispatch = dispatches.First(d => d.TicketId == ticket.Id);
            var engineer = await portal.ActorAsync(dispatch.Assignee);
            var update = new RecordData()
                .Set("status", Value.FromText("inProgress"))
                .Set("lastActionAt", Value.FromDateTime(portal.Clock.GetUtcNow()));
            var saved = await forms.SubmitAsync(ticketForm, update, new SubmissionOptions { Actor = engineer, RecordId = ticket.Id });
            await timers.ScheduleAsync(ruleSet, new RecordFact("ticket", ticket.Id, saved.Data));
            handled.Add(ticket.Id);
        }

        say.Step($"{portal.Clock.Now:HH:mm}: the engineers take {handled.Count} tickets in hand (status 处理中 in progress); {dispatches.Count - handled.Count} stay untouched.");
        var first = await records.GetAsync("ticket", "GD-S01");
        say.Detail($"GD-S01 is {first!.Data["status"]} since {TimeZoneInfo.ConvertTime(first.Data["lastActionAt"].AsDateTime(), portal.Clock.LocalTimeZone):yyyy-MM-dd HH:mm}; GD-S02 is still open.");

        portal.Clock.Advance(TimeSpan.FromHours(24) - EngineersActAfter + TimeSpan.FromMinutes(1));
        say.Step($"The clock moves on to {portal.Clock.Now:yyyy-MM-dd HH:mm}: the host's timer loop processes the due SLA timers.");
        var escalations = new List<string>();
        while (true)
        {
            var due = await timers.ProcessDueAsync(rules, (form, id, cancellationToken) => LoadAsync(records, form, id, cancellationToken), runner, maxCount: 500);
            if (due.Firings.Count == 0)
            {
                break;
            }

            foreach (var firing in due.Firings)
            {
                var fact = (RecordFact)firing.Facts[0].Value!;
                escalations.Add(fact.Id);
                if (fact.Id.StartsWith("GD-S", StringComparison.Ordinal))
                {
                    say.Detail($"Rule '{firing.Rule.Name}' fired for {fact.Id} because {string.Join(" and ", firing.Conditions.Select(c => c.ToString()))}.");
                }
            }

            foreach (var record in due.Records.Where(r => r.Changed))
            {
                await forms.SubmitAsync(ticketForm, new RecordData().Set("escalated", record.Data["escalated"]), new SubmissionOptions { Actor = Actor.System, RecordId = record.Id });
            }
        }

        say.Detail($"{escalations.Count} tickets escalated to {await portal.NameOfAsync("service-head")}: {string.Join(", ", escalations.Take(8))}{(escalations.Count > 8 ? ", …" : "")}");

        var notifications = (await portal.Get<IOutbox>().ReadPendingAsync(int.MaxValue))
            .Where(m => m.Type == OutboxNotificationSender.MessageType)
            .Select(ReadNotification)
            .ToArray();
        say.Step($"Outbox: {notifications.Count(n => n.Template == "ticket.dispatched")} dispatch and {notifications.Count(n => n.Template == "ticket.escalated")} escalation notifications for the host to send over IM.");
        return new S2Outcome
        {
            DevicesInstalled = devices.Count,
            Dispatches = dispatches,
            Handled = handled,
            Escalations = escalations,
            Notifications = notifications,
            Refused = refused,
        };
    }

    private static async Task<S2Dispatch> SubmitAsync(
        Portal portal, FormEngine forms, CompiledForm form, RuleSet ruleSet, ISessionFactory rules, RecordRuleRunner runner, RuleTimers timers,
        SeedTicket ticket, bool tell)
    {
        var device = portal.Data.Devices.First(d => d.Serial == ticket.Serial);
        var reporter = new Actor("cust-" + device.Customer.Id, ["customer"], null, device.Customer.Contact);
        var submitted = await forms.SubmitAsync(form, form.ReadData(TicketJson(ticket)), new SubmissionOptions { Actor = reporter, NewRecordId = ticket.Id });
        if (!submitted.Success)
        {
            throw new InvalidOperationException($"Ticket {ticket.Id}: {string.Join("; ", submitted.Errors.Select(e => $"{e.Path} {e.Code} {e.Message}"))}");
        }

        var fact = new RecordFact("ticket", ticket.Id, new RecordData(submitted.Data));
        var fired = await runner.RunAsync(rules, [fact], new SessionOptions { ExplainFirings = true });
        var data = fact.Data;
        var saved = await forms.SubmitAsync(form, new RecordData()
            .Set("group", data["group"])
            .Set("assignee", data["assignee"])
            .Set("responseHours", data["responseHours"]), new SubmissionOptions { Actor = Actor.System, RecordId = ticket.Id });
        await timers.ScheduleAsync(ruleSet, new RecordFact("ticket", ticket.Id, saved.Data));
        var stored = saved.Data;
        var lastService = stored["lastServiceOn"];
        var dispatch = new S2Dispatch(
            ticket.Id,
            ticket.Serial,
            stored["customerId"].AsText(),
            stored["customer"].AsText(),
            (int)stored["serviceCount"].AsNumber(),
            DateOf(lastService),
            ticket.FaultType,
            ticket.Urgency,
            stored["group"].AsText(),
            stored["assignee"].AsText(),
            (int)stored["responseHours"].AsNumber());
        if (tell)
        {
            var say = portal.Narrator;
            say.Step($"{device.Customer.Contact} ({device.Customer.Name}) reports {ticket.Id} on {ticket.Serial}: {ticket.FaultType}, {ticket.Urgency}, {ticket.Photos} photo(s): “{ticket.Description}”.");
            say.Detail($"The serial number pulls in: customer {dispatch.Customer} ({dispatch.CustomerId}, {stored["level"]}), model {stored["model"]}, "
                + $"{dispatch.ServiceCount} past service visit(s){(dispatch.LastServiceOn is { } d ? $", the last on {d:yyyy-MM-dd}" : "")}.");
            foreach (var history in device.History)
            {
                say.Detail($"  history {history.Date:yyyy-MM-dd} {history.Work} — {await portal.NameOfAsync(history.EngineerId)}");
            }

            foreach (var firing in fired.Firings)
            {
                say.Detail($"Rule '{firing.Rule.Name}' fired because {string.Join(" and ", firing.Conditions.Select(c => c.ToString()))}.");
            }

            say.Detail($"Dispatched to {dispatch.Group}, lead {await portal.NameOfAsync(dispatch.Assignee)}, respond within {dispatch.ResponseHours} h; IM notification queued.");
        }

        return dispatch;
    }

    private static async Task<IReadOnlyList<S2Refusal>> RefusedAsync(Portal portal, FormEngine forms, CompiledForm form, IReadOnlyList<SeedDevice> devices)
    {
        var serial = devices[0].Serial;
        (string Case, string Json)[] cases =
        [
            ("unknown serial number", """{ "serial": "SN-2099-99999", "faultType": "power", "urgency": "high", "description": "无法开机 Will not start" }"""),
            ("a PDF among the photos and no urgency", $$"""
                { "serial": "{{serial}}", "faultType": "hardware", "description": "屏幕碎裂 Cracked screen",
                  "photos": [ { "name": "invoice.pdf", "size": 120000, "contentType": "application/pdf", "storageKey": "upload/invoice.pdf" } ] }
                """),
        ];
        var result = new List<S2Refusal>();
        var reporter = new Actor("dealer-001", ["dealer"], null, "经销商 Dealer");
        foreach (var (what, json) in cases)
        {
            var submitted = await forms.SubmitAsync(form, form.ReadData(json), new SubmissionOptions { Actor = reporter });
            portal.Narrator.Step($"A dealer submits a ticket with {what}: refused, nothing stored.");
            foreach (var error in submitted.Errors)
            {
                portal.Narrator.Detail($"{error.Path} {error.Code}: {error.Message} / {error.MessageChinese}");
            }

            result.Add(new S2Refusal(what, submitted.Errors));
        }

        return result;
    }

    /// <summary>A looked-up date (the device's computed last service day), or null when the device was never serviced.</summary>
    private static DateOnly? DateOf(Value value) => value.Kind == ValueKind.Date ? value.AsDate() : null;

    private static async Task<RecordFact?> LoadAsync(IRecordStore records, string form, string id, CancellationToken cancellationToken)
    {
        var record = await records.GetAsync(form, id, cancellationToken);
        return record is null ? null : new RecordFact(form, id, new RecordData(record.Data));
    }

    private static string DeviceJson(SeedDevice device) => JsonSerializer.Serialize(new
    {
        serial = device.Serial,
        model = device.Model,
        customerId = device.Customer.Id,
        customer = device.Customer.Name,
        contact = device.Customer.Contact,
        phone = device.Customer.Phone,
        level = device.Customer.Level,
        city = device.Customer.City,
        installedOn = device.InstalledOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        history = device.History.Select(h => new { date = h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), work = h.Work, engineer = h.EngineerId }),
    });

    private static string TicketJson(SeedTicket ticket) => JsonSerializer.Serialize(new
    {
        serial = ticket.Serial,
        faultType = ticket.FaultType,
        urgency = ticket.Urgency,
        description = ticket.Description,
        photos = Enumerable.Range(1, ticket.Photos).Select(n => new
        {
            name = $"photo{n}.jpg",
            size = 350_000 + (n * 1000),
            contentType = "image/jpeg",
            storageKey = $"tickets/{ticket.Id}/photo{n}.jpg",
        }),
    });

    private static S2Notification ReadNotification(OutboxMessage message)
    {
        using var json = JsonDocument.Parse(message.Payload);
        var root = json.RootElement;
        var data = root.GetProperty("data");
        return new S2Notification(
            root.GetProperty("template").GetString() ?? "",
            root.GetProperty("recipients").EnumerateArray().Select(r => r.GetString() ?? "").ToArray(),
            data.TryGetProperty("serial", out var serial) ? ReadSerial(serial) : "");
    }

    private static string ReadSerial(JsonElement serial) => serial.ValueKind switch
    {
        JsonValueKind.String => serial.GetString() ?? "",
        JsonValueKind.Object when serial.TryGetProperty("id", out var id) => id.GetString() ?? "",
        _ => serial.ToString(),
    };
}
