using System;
using Formwork.Auditing;
using Formwork.DependencyInjection;
using Formwork.Diagnostics;
using Formwork.Identity;
using Formwork.Notifications;
using Formwork.Stores;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Formwork in a service collection.</summary>
public static class FormworkServiceCollectionExtensions
{
    /// <summary>
    /// Adds Formwork's shared services: the system <see cref="TimeProvider"/>, <see cref="FormworkOptions"/>, the
    /// message localizer, and in-memory stores, directory, audit log, outbox and notification sender. Every one is
    /// registered with <c>TryAdd</c>, so a host's own implementation registered before or after wins. Calling it
    /// again is harmless.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds the engines: <c>b =&gt; b.AddForms().AddWorkflow()</c>.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddFormwork(this IServiceCollection services, Action<IFormworkBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<FormworkOptions>();
        services.AddOptions<FormworkLocalizationOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FormworkOptions>, FormworkOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMessageLocalizer, MessageLocalizer>();
        services.TryAddSingleton<IOrganizationDirectory>(_ => new InMemoryOrganizationDirectory());
        services.TryAddSingleton<IRecordStore, InMemoryRecordStore>();
        services.TryAddSingleton<IDefinitionStore, InMemoryDefinitionStore>();
        services.TryAddSingleton<IOutbox, InMemoryOutbox>();
        services.TryAddSingleton<IDueItemStore, InMemoryDueItemStore>();
        services.TryAddSingleton<ISequenceStore, InMemorySequenceStore>();
        services.TryAddSingleton<IAuditLog, InMemoryAuditLog>();
        services.TryAddSingleton<INotificationSender, OutboxNotificationSender>();
        configure?.Invoke(new FormworkBuilder(services));
        return services;
    }

    /// <summary>Configures <see cref="FormworkOptions"/> (time zone).</summary>
    /// <param name="builder">The Formwork builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static IFormworkBuilder Configure(this IFormworkBuilder builder, Action<FormworkOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Overrides or adds message translations; see <see cref="FormworkLocalizationOptions"/>.</summary>
    /// <param name="builder">The Formwork builder.</param>
    /// <param name="configure">Adds the overrides.</param>
    /// <returns>The builder.</returns>
    public static IFormworkBuilder ConfigureMessages(this IFormworkBuilder builder, Action<FormworkLocalizationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }
}
