using System.Threading.Tasks;
using CustomerPortal.Host;

namespace CustomerPortal.Scenarios;

/// <summary>One scenario of SCENARIOS.md (S1–S8), runnable alone on a fresh <see cref="Portal"/>.</summary>
public interface IScenario
{
    /// <summary>The scenario id: <c>S1</c> … <c>S8</c>.</summary>
    string Id { get; }

    /// <summary>The title, English and Chinese.</summary>
    string Title { get; }

    /// <summary>One line saying what the scenario shows.</summary>
    string Summary { get; }

    /// <summary>Runs the scenario, telling its story through the portal's narrator.</summary>
    Task RunAsync(Portal portal);
}
