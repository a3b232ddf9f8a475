using System.Threading.Tasks;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Stores;

namespace Formwork.Forms.Tests;

public sealed class FormCatalogTests
{
    [Fact]
    public async Task GetAsync_PublishedVersions_CompilesOncePerVersion()
    {
        var store = new InMemoryDefinitionStore();
        await store.PublishAsync(new DefinitionDocument { Kind = "form", Id = "lead", Content = """{ "id": "lead", "fields": [ { "name": "a", "type": "text" } ] }""" }, 0);
        await store.PublishAsync(new DefinitionDocument { Kind = "form", Id = "lead", Content = """{ "id": "lead", "version": 2, "fields": [ { "name": "a", "type": "text" }, { "name": "b", "type": "number" } ] }""" }, 1);
        var catalog = new FormCatalog(store, new FormDefinitionLoader());

        var latest = await catalog.GetAsync("lead");
        var first = await catalog.GetAsync("lead", 1);

        Assert.Equal((2, 2), (latest!.Version, latest.SlotCount));
        Assert.Equal(1, first!.SlotCount);
        Assert.Same(latest, await catalog.GetAsync("lead", 2));
        Assert.Null(await catalog.GetAsync("nope"));
    }

    [Fact]
    public async Task GetAsync_BrokenStoredDefinition_ThrowsWithDiagnostics()
    {
        var store = new InMemoryDefinitionStore();
        await store.PublishAsync(new DefinitionDocument { Kind = "form", Id = "bad", Content = """{ "id": "bad", "fields": [ { "name": "a", "type": "nope" } ] }""" }, 0);

        var error = await Assert.ThrowsAsync<FormworkException>(() => new FormCatalog(store, new FormDefinitionLoader()).GetAsync("bad"));

        Assert.Equal("FWF0006", error.Code);
    }
}
