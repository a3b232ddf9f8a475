using System.Linq;
using Microsoft.Extensions.DependencyInjection;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary><c>AddWorkflow</c> registers the engine over the Formwork stores with TryAdd, so the host's own store wins.</summary>
public class WorkflowDependencyInjectionTests
{
    [Fact]
    public void AddWorkflow_RegistersEngineSimulatorLoaderRegistryAndInMemoryStore()
    {
        var services = new ServiceCollection().AddFormwork(b => b.AddWorkflow(o => o.MaxConcurrencyRetries = 3));

        foreach (var type in new[] { typeof(WorkflowEngine), typeof(WorkflowSimulator), typeof(WorkflowDefinitionLoader), typeof(WorkflowRegistry), typeof(IWorkflowInstanceStore) })
        {
            var descriptor = Assert.Single(services, d => d.ServiceType == type);
            Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
        }

        Assert.Equal(typeof(InMemoryWorkflowInstanceStore), services.Single(d => d.ServiceType == typeof(IWorkflowInstanceStore)).ImplementationType);
    }

    [Fact]
    public void AddWorkflow_HostStoreRegisteredFirst_Wins()
    {
        var store = new InMemoryWorkflowInstanceStore();
        var services = new ServiceCollection();
        services.AddSingleton<IWorkflowInstanceStore>(store);

        services.AddFormwork(b => b.AddWorkflow().AddWorkflow());

        Assert.Same(store, Assert.Single(services, d => d.ServiceType == typeof(IWorkflowInstanceStore)).ImplementationInstance);
        Assert.Single(services, d => d.ServiceType == typeof(WorkflowEngine));
    }

    [Fact]
    public void AddWorkflow_ResolvesEveryServiceFromTheProvider()
    {
        using var provider = new ServiceCollection().AddFormwork(b => b.AddForms().AddWorkflow()).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.NotNull(provider.GetRequiredService<WorkflowEngine>());
        Assert.NotNull(provider.GetRequiredService<WorkflowSimulator>());
        Assert.NotNull(provider.GetRequiredService<WorkflowDefinitionLoader>());
        Assert.Same(provider.GetRequiredService<WorkflowRegistry>(), provider.GetRequiredService<WorkflowRegistry>());
    }
}
