using System.Threading.Tasks;
using CustomerPortal.Host;

namespace CustomerPortal.Scenarios;

/// <summary>
/// A scenario whose run returns a typed outcome (who was assigned, what was created, which numbers came out), so the
/// tests in tests/Scenarios.Tests assert results rather than the printed story.
/// </summary>
/// <typeparam name="TOutcome">The scenario's outcome.</typeparam>
public abstract class Scenario<TOutcome> : IScenario
{
    /// <inheritdoc />
    public abstract string Id { get; }

    /// <inheritdoc />
    public abstract string Title { get; }

    /// <inheritdoc />
    public abstract string Summary { get; }

    /// <summary>Runs the scenario and returns its outcome.</summary>
    public abstract Task<TOutcome> RunAsync(Portal portal);

    /// <inheritdoc />
    async Task IScenario.RunAsync(Portal portal)
    {
        portal.Narrator.Scenario(Id, Title, Summary);
        await RunAsync(portal).ConfigureAwait(false);
    }
}
