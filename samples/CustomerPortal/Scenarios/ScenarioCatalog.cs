using System;
using System.Collections.Generic;
using System.Linq;

namespace CustomerPortal.Scenarios;

/// <summary>Every scenario of the tour, found in this assembly and ordered by id (S1 … S8).</summary>
public static class ScenarioCatalog
{
    /// <summary>The scenarios in order.</summary>
    public static IReadOnlyList<IScenario> All { get; } = typeof(IScenario).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IScenario).IsAssignableFrom(t))
        .Select(t => (IScenario)Activator.CreateInstance(t)!)
        .OrderBy(s => s.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The scenario with an id (case-insensitive), or null.</summary>
    public static IScenario? Find(string id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));
}
