using System;
using System.Linq;
using Formwork.Auditing;
using Formwork.DependencyInjection;
using Formwork.Identity;
using Formwork.Stores;
using Formwork.Workflow;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the approval engine.</summary>
public static class WorkflowFormworkBuilderExtensions
{
    /// <summary>Adds the approval engine: <see cref="WorkflowEngine"/>, <see cref="WorkflowRegistry"/>, <see cref="WorkflowDefinitionLoader"/>, <see cref="WorkflowSimulator"/> and the in-memory <see cref="IWorkflowInstanceStore"/> (registered with TryAdd, so the host's own store wins). Automations are the registered <see cref="IWorkflowAutomation"/> services.</summary>
    /// <param name="builder">The Formwork builder.</param>
    /// <param name="configure">Configures <see cref="WorkflowOptions"/>.</param>
    /// <returns>The builder.</returns>
    public static IFormworkBuilder AddWorkflow(this IFormworkBuilder builder, Action<WorkflowOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<WorkflowOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.MaxConcurrencyRetries >= 0 && o.TimerBatchSize > 0 && o.MaxStepsPerAction > 0 && !string.IsNullOrEmpty(o.AdminRole), "WorkflowOptions: retries must be 0 or more, the timer batch size and step limit positive, and the admin role set.");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WorkflowRegistry>();
        services.TryAddSingleton<IWorkflowInstanceStore, InMemoryWorkflowInstanceStore>();
        services.TryAddSingleton(_ => new WorkflowDefinitionLoader());
        services.TryAddSingleton(sp => new WorkflowSimulator(sp.GetRequiredService<IOrganizationDirectory>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<WorkflowOptions>>().Value));
        services.TryAddSingleton(sp => new WorkflowEngine(
            sp.GetRequiredService<WorkflowRegistry>(),
            sp.GetRequiredService<IWorkflowInstanceStore>(),
            sp.GetRequiredService<IOrganizationDirectory>(),
            sp.GetRequiredService<IAuditLog>(),
            sp.GetRequiredService<IOutbox>(),
            sp.GetRequiredService<IDueItemStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetServices<IWorkflowAutomation>().ToArray(),
            sp.GetRequiredService<IOptions<WorkflowOptions>>().Value));
        return builder;
    }
}
