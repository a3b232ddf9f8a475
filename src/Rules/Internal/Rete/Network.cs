using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Formwork.Rules.Internal.Rete;

/// <summary>A compiled, immutable Rete network; sessions keep their own memories.</summary>
internal sealed class Network
{
    private readonly ConcurrentDictionary<Type, AlphaNode[]> _rootsByRuntimeType = new();

    public Network(IReadOnlyList<AlphaNode> typeRoots, IReadOnlyList<CompiledRule> rules, IReadOnlyList<AlphaMemory> memories, int betaNodeCount, int priorityLevels)
    {
        TypeRoots = typeRoots;
        Rules = rules;
        Memories = memories;
        BetaNodeCount = betaNodeCount;
        PriorityLevels = priorityLevels;
    }

    public IReadOnlyList<AlphaNode> TypeRoots { get; }

    public IReadOnlyList<CompiledRule> Rules { get; }

    public IReadOnlyList<AlphaMemory> Memories { get; }

    public int BetaNodeCount { get; }

    public int PriorityLevels { get; }

    public AlphaNode[] RootsFor(Type type) => _rootsByRuntimeType.GetOrAdd(type, static (t, roots) =>
    {
        var result = new List<AlphaNode>();
        foreach (var root in roots)
        {
            if (root.FactType.IsAssignableFrom(t))
            {
                result.Add(root);
            }
        }

        return result.ToArray();
    }, TypeRoots);
}
