using Formwork.Diagnostics;
using Formwork.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Formwork.Forms.Tests.DependencyInjection;

public sealed class FormsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddForms_RegistersLoaderEngineAndImporter()
    {
        using var provider = new ServiceCollection().AddFormwork(b => b.AddForms(o => o.MaxFields = 50)).BuildServiceProvider();

        Assert.Equal(50, provider.GetRequiredService<FormDefinitionLoader>().Options.MaxFields);
        Assert.Same(provider.GetRequiredService<FormEngine>(), provider.GetRequiredService<FormEngine>());
        Assert.NotNull(provider.GetRequiredService<FormImporter>());
    }

    [Fact]
    public void AddForms_InvalidOptions_FailOnFirstUse()
    {
        using var provider = new ServiceCollection().AddFormwork(b => b.AddForms(o => o.MaxFields = 0)).BuildServiceProvider();

        var error = Assert.Throws<FormworkException>(() => provider.GetRequiredService<IOptions<FormsOptions>>().Value);
        Assert.Equal("FWF0009", error.Code);
    }
}
