using System;
using Formwork;
using Formwork.DependencyInjection;
using Formwork.Expressions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the formula language to <c>services.AddFormwork(b =&gt; b.AddExpressions())</c>.</summary>
public static class ExpressionsFormworkBuilderExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="FormulaCompiler"/> (built from <see cref="FormulaOptions"/>; when the formula time
    /// zone is left at its default, Formwork's <see cref="FormworkOptions.TimeZoneId"/> is used) and a singleton
    /// <see cref="FormulaContext"/> over the registered <see cref="TimeProvider"/>. Registrations use <c>TryAdd</c>, so
    /// calling it twice, or by each engine package, is harmless.
    /// </summary>
    /// <param name="builder">The Formwork builder.</param>
    /// <param name="configure">Sets limits and adds host functions; may be <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static IFormworkBuilder AddExpressions(this IFormworkBuilder builder, Action<FormulaOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<FormulaOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.TryAddSingleton(provider =>
        {
            var formulaOptions = provider.GetRequiredService<IOptions<FormulaOptions>>().Value;
            var shared = provider.GetService<IOptions<FormworkOptions>>()?.Value;
            if (shared is not null && formulaOptions.TimeZoneId == FormulaConstants.DefaultTimeZoneId)
            {
                formulaOptions.TimeZoneId = shared.TimeZoneId;
            }

            return new FormulaCompiler(formulaOptions);
        });
        builder.Services.TryAddSingleton(provider => new FormulaContext(provider.GetService<TimeProvider>()));
        return builder;
    }
}
