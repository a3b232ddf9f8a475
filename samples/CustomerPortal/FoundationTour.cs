using System;
using System.Linq;
using System.Threading.Tasks;
using Formwork;
using Formwork.Auditing;
using Formwork.Identity;
using Formwork.Notifications;
using Formwork.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerPortal;

/// <summary>The shared primitives at work: a stored lead, the org directory, refused writes, the audit trail and the outbox.</summary>
internal static class FoundationTour
{
    public static async Task RunAsync(IServiceProvider services)
    {
        var directory = services.GetRequiredService<IOrganizationDirectory>();
        var time = services.GetRequiredService<TimeProvider>();
        var records = services.GetRequiredService<IRecordStore>();
        var audit = services.GetRequiredService<IAuditLog>();
        var notifications = services.GetRequiredService<INotificationSender>();
        var outbox = services.GetRequiredService<IOutbox>();

        Console.WriteLine("== Foundation: records, directory, concurrency, audit, outbox");

        // S1, the first step: a prospect's lead is stored with its owner, and the owner's manager is found in the directory.
        var lead = new RecordData()
            .Set("company", "上海示例科技有限公司")
            .Set("contact", "张伟")
            .Set("phone", "13812345678")
            .Set("region", "East")
            .Set("budget", 120_000m)
            .Set("receivedOn", new DateOnly(2026, 1, 15));
        var stored = await records.InsertAsync(new StoredRecord
        {
            FormId = "lead",
            Id = "lead-0001",
            Data = lead,
            OwnerId = "rep-li",
            CreatedAt = time.GetUtcNow(),
            CreatedBy = "rep-li",
            UpdatedAt = time.GetUtcNow(),
            UpdatedBy = "rep-li",
            UniqueKeys = ["phone=13812345678"],
        });
        Console.WriteLine($"Stored lead {stored.Id} (version {stored.Version}) for {lead["company"]}: {lead.ToJson()}");

        var manager = (await directory.GetManagerChainAsync("rep-li", 1)).Single();
        Console.WriteLine($"The owner rep-li reports to {(await directory.FindUserAsync(manager))!.Name}.");

        // A second lead with the same phone is refused by the unique key, and nothing is written.
        try
        {
            await records.InsertAsync(stored with { Id = "lead-0002" });
        }
        catch (ConcurrencyException ex)
        {
            Console.WriteLine($"Duplicate refused [{ex.Code}]: {ex.Diagnostics[0].Message}");
            Console.WriteLine($"                 {ex.Diagnostics[0].MessageChinese}");
        }

        // A stale update is refused too.
        var updated = await records.UpdateAsync(stored with { Data = lead.Clone().Set("budget", 150_000m) }, expectedVersion: 1);
        try
        {
            await records.UpdateAsync(stored with { Data = lead.Clone().Set("budget", 1m) }, expectedVersion: 1);
        }
        catch (ConcurrencyException ex)
        {
            Console.WriteLine($"Stale write refused [{ex.Code}]: {ex.Diagnostics[0].Message}");
        }

        await audit.AppendAsync([new AuditEntry
        {
            Id = Guid.NewGuid(),
            At = time.GetUtcNow(),
            ActorId = "rep-li",
            Action = "record.updated",
            SubjectType = "record",
            SubjectId = stored.Id,
            Changes = FieldChange.Diff(stored.Data, updated.Data),
        }]);
        foreach (var change in (await audit.GetTrailAsync("record", stored.Id)).SelectMany(e => e.Changes))
        {
            Console.WriteLine($"Audit: {change.Field} {change.Before} -> {change.After}");
        }

        // The owner is told through the outbox, which the host drains to its IM system.
        await notifications.SendAsync(new Notification
        {
            Channel = "im",
            Recipients = ["rep-li"],
            Template = "lead.assigned",
            Data = new RecordData().Set("company", lead["company"]).Set("budget", updated.Data["budget"]).Freeze(),
            Subject = "lead/" + stored.Id,
        });
        var pending = await outbox.ReadPendingAsync(10);
        foreach (var message in pending)
        {
            Console.WriteLine($"Outbox {message.Type}: {message.Payload}");
        }

        await outbox.MarkDeliveredAsync(pending.Select(m => m.Id));
        Console.WriteLine();
    }
}
