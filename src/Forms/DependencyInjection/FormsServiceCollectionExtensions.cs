using System;
using Formwork.Auditing;
using Formwork.DependencyInjection;
using Formwork.Forms;
using Formwork.Stores;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the form engine: <c>services.AddFormwork(b =&gt; b.AddForms())</c>.</summary>
public static class FormsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="FormDefinitionLoader"/>, <see cref="FormEngine"/>, <see cref="FormImporter"/> and <see cref="FormCatalog"/> as singletons
    /// (with <c>TryAdd</c>, so a host's own registrations win) and validates <see cref="FormsOptions"/> on first use.
    /// </summary>
    /// <param name="builder">The Formwork builder.</param>
    /// <param name="configure">Configures the form options.</param>
    /// <returns>The builder.</returns>
    public static IFormworkBuilder AddForms(this IFormworkBuilder builder, Action<FormsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<FormsOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o =>
        {
            o.Validate();
            return true;
        });
        builder.Services.TryAddSingleton(sp => new FormDefinitionLoader(sp.GetRequiredService<IOptions<FormsOptions>>()));
        builder.Services.TryAddSingleton(sp => new FormEngine(
            sp.GetRequiredService<IRecordStore>(),
            sp.GetRequiredService<ISequenceStore>(),
            sp.GetRequiredService<IAuditLog>(),
            sp.GetRequiredService<IOutbox>(),
            sp.GetService<TimeProvider>(),
            sp.GetRequiredService<IOptions<FormsOptions>>()));
        builder.Services.TryAddSingleton(sp => new FormImporter(sp.GetRequiredService<FormEngine>()));
        builder.Services.TryAddSingleton(sp => new FormCatalog(sp.GetRequiredService<IDefinitionStore>(), sp.GetRequiredService<FormDefinitionLoader>()));
        return builder;
    }
}
