using System;
using Formwork.DependencyInjection;
using Formwork.Expressions;
using Formwork.Rules;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the rules engine to Formwork.</summary>
public static class RulesFormworkBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="RuleEngine"/>, <see cref="RecordRuleRunner"/>, <see cref="RuleTimers"/> and <see cref="RuleLoaderFactory"/> as singletons (with <c>TryAdd</c>, so a host's own registration wins) and the
    /// default <see cref="SessionOptions"/>; the loader factory uses the registered <see cref="Formwork.Expressions.FormulaCompiler"/> and
    /// <see cref="Formwork.Expressions.FormulaContext"/> (from <c>AddExpressions</c>, which <c>AddRules</c> calls); when the host registered logging, sessions log through category
    /// <see cref="RulesTelemetry.LoggerCategory"/>. Calling it again is harmless.
    /// </summary>
    /// <param name="builder">The Formwork builder.</param>
    /// <param name="configure">Sets the default session options (cycle limit, explanations).</param>
    /// <returns>The builder.</returns>
    public static IFormworkBuilder AddRules(this IFormworkBuilder builder, Action<SessionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<SessionOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.TryAddSingleton(sp =>
        {
            var defaults = sp.GetRequiredService<IOptions<SessionOptions>>().Value;
            defaults.Logger ??= sp.GetService<ILoggerFactory>()?.CreateLogger(RulesTelemetry.LoggerCategory);
            return new RuleEngine(defaults);
        });
        builder.Services.TryAddSingleton<RecordRuleRunner>();
        builder.Services.TryAddSingleton<RuleTimers>();
        builder.AddExpressions();
        builder.Services.TryAddSingleton(sp => new RuleLoaderFactory(sp.GetService<FormulaCompiler>(), sp.GetService<FormulaContext>()));
        return builder;
    }
}
