using System;
using Formwork.DependencyInjection;
using Formwork.Reporting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the report engine.</summary>
public static class ReportingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="ReportEngine"/> (a singleton whose default time zone is <c>FormworkOptions.TimeZoneId</c>),
    /// with <c>TryAdd</c> so a host's own registration wins.
    /// </summary>
    /// <param name="builder">The Formwork builder.</param>
    /// <returns>The builder.</returns>
    public static IFormworkBuilder AddReporting(this IFormworkBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<ReportEngine>(sp => new ReportEngine(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<FormworkOptions>>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return builder;
    }
}
