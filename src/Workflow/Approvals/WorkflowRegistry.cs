using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Formwork.Diagnostics;

namespace Formwork.Workflow;

/// <summary>The deployed workflow versions. Each id keeps every deployed version, so running instances stay on the version they started with. Thread-safe.</summary>
public sealed class WorkflowRegistry
{
    private readonly ConcurrentDictionary<(string Id, int Version), CompiledWorkflow> _versions = new();
    private readonly ConcurrentDictionary<string, CompiledWorkflow> _latest = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>Gets every deployed version.</summary>
    public IReadOnlyList<CompiledWorkflow> All => _versions.Values.OrderBy(w => w.Id, StringComparer.Ordinal).ThenBy(w => w.Version).ToArray();

    /// <summary>Adds a compiled version.</summary>
    /// <param name="workflow">The compiled workflow.</param>
    /// <exception cref="FormworkException">That version of the id is already deployed (<c>FWA0036</c>).</exception>
    public void Add(CompiledWorkflow workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        lock (_gate)
        {
            if (!_versions.TryAdd((workflow.Id, workflow.Version), workflow))
            {
                throw new FormworkException(Diagnostic.Error(WorkflowMessages.VersionDeployed, "$.version", null, ("id", workflow.Id), ("version", workflow.Version)));
            }

            if (!_latest.TryGetValue(workflow.Id, out var latest) || latest.Version < workflow.Version)
            {
                _latest[workflow.Id] = workflow;
            }
        }
    }

    /// <summary>Finds a deployed version.</summary>
    /// <param name="id">The definition id.</param>
    /// <param name="version">The version, or <see langword="null"/> for the latest.</param>
    /// <returns>The workflow, or <see langword="null"/>.</returns>
    public CompiledWorkflow? Find(string id, int? version = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        return version is { } v ? _versions.GetValueOrDefault((id, v)) : _latest.GetValueOrDefault(id);
    }
}
