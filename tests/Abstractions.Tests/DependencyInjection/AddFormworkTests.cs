using System;
using Formwork.Auditing;
using Formwork.DependencyInjection;
using Formwork.Diagnostics;
using Formwork.Identity;
using Formwork.Notifications;
using Formwork.Stores;
using Formwork.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Formwork.Abstractions.Tests.DependencyInjection;

public sealed class AddFormworkTests
{
    [Fact]
    public void AddFormwork_RegistersInMemoryDefaultsAsSingletons()
    {
        using var provider = new ServiceCollection().AddFormwork().BuildServiceProvider();
        Assert.IsType<InMemoryRecordStore>(provider.GetRequiredService<IRecordStore>());
        Assert.IsType<InMemoryDefinitionStore>(provider.GetRequiredService<IDefinitionStore>());
        Assert.IsType<InMemoryOutbox>(provider.GetRequiredService<IOutbox>());
        Assert.IsType<InMemoryDueItemStore>(provider.GetRequiredService<IDueItemStore>());
        Assert.IsType<InMemorySequenceStore>(provider.GetRequiredService<ISequenceStore>());
        Assert.IsType<InMemoryAuditLog>(provider.GetRequiredService<IAuditLog>());
        Assert.IsType<InMemoryOrganizationDirectory>(provider.GetRequiredService<IOrganizationDirectory>());
        Assert.IsType<OutboxNotificationSender>(provider.GetRequiredService<INotificationSender>());
        Assert.IsType<MessageLocalizer>(provider.GetRequiredService<IMessageLocalizer>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Same(provider.GetRequiredService<IRecordStore>(), provider.GetRequiredService<IRecordStore>());
    }

    [Fact]
    public void AddFormwork_HostRegistrationsWin_BeforeOrAfter()
    {
        var clock = new FakeTimeProvider();
        var directory = new InMemoryOrganizationDirectory();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddFormwork();
        services.AddSingleton<IOrganizationDirectory>(directory);
        using var provider = services.BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
        Assert.Same(directory, provider.GetRequiredService<IOrganizationDirectory>());
    }

    [Fact]
    public void AddFormwork_Twice_RegistersOnce()
    {
        var services = new ServiceCollection().AddFormwork().AddFormwork();
        Assert.Single(services, d => d.ServiceType == typeof(IRecordStore));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<FormworkOptions>));
    }

    [Fact]
    public void Configure_TimeZone_IsResolved()
    {
        using var provider = new ServiceCollection().AddFormwork(b => b.Configure(o => o.TimeZoneId = "Asia/Shanghai")).BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<FormworkOptions>>().Value;
        Assert.Equal(TimeSpan.FromHours(8), options.TimeZone.BaseUtcOffset);
    }

    [Fact]
    public void Configure_UnknownTimeZone_FailsValidationWithClearMessage()
    {
        using var provider = new ServiceCollection().AddFormwork(b => b.Configure(o => o.TimeZoneId = "Mars/Olympus")).BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FormworkOptions>>().Value);
        Assert.Contains("'Mars/Olympus' is not a time zone known on this machine", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigureMessages_OverridesReachTheLocalizer()
    {
        using var provider = new ServiceCollection()
            .AddFormwork(b => b.ConfigureMessages(m => m.Override("en", "FW0104", "Gone: {id}")))
            .BuildServiceProvider();
        var localizer = provider.GetRequiredService<IMessageLocalizer>();
        var diagnostic = Diagnostic.Error(StoreMessages.NotFound, null, null, ("entity", "Record"), ("id", "r1"));
        Assert.Equal("Gone: r1", diagnostic.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en-GB"), localizer));
    }

    [Fact]
    public async System.Threading.Tasks.Task NotificationSender_WritesReadablePayloadToOutbox()
    {
        var clock = new FakeTimeProvider();
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddFormwork().BuildServiceProvider();
        await provider.GetRequiredService<INotificationSender>().SendAsync(new Notification
        {
            Channel = "sms",
            Recipients = ["13800138000"],
            Template = "加急处理中",
            Data = new RecordData().Set("amount", 120000m).Freeze(),
            Subject = "contract/c-1",
        });
        var message = Assert.Single(await provider.GetRequiredService<IOutbox>().ReadPendingAsync(10));
        Assert.Equal(OutboxNotificationSender.MessageType, message.Type);
        Assert.Equal(clock.GetUtcNow(), message.OccurredAt);
        Assert.Equal("{\"channel\":\"sms\",\"recipients\":[\"13800138000\"],\"template\":\"加急处理中\",\"data\":{\"amount\":120000},\"subject\":\"contract/c-1\"}", message.Payload);
    }
}
