using System.Collections.Generic;

namespace Formwork.Rules.Internal.Rete;

/// <summary>One FIFO queue per priority level (highest first); cancelled activations are skipped when dequeued.</summary>
internal sealed class Agenda : IAgenda
{
    private readonly Queue<Activation>[] _queues;
    private readonly List<AgendaFilter> _filters = new();

    public Agenda(int levels)
    {
        _queues = new Queue<Activation>[levels];
        for (var i = 0; i < levels; i++)
        {
            _queues[i] = new Queue<Activation>();
        }
    }

    public int Count { get; private set; }

    public void AddFilter(AgendaFilter filter)
    {
        System.ArgumentNullException.ThrowIfNull(filter);
        _filters.Add(filter);
    }

    public void ClearFilters() => _filters.Clear();

    public bool Accepts(RuleDefinition rule)
    {
        foreach (var filter in _filters)
        {
            if (!filter.Accepts(rule))
            {
                return false;
            }
        }

        return true;
    }

    public void Add(Activation activation)
    {
        _queues[activation.Terminal.Rule.PriorityLevel].Enqueue(activation);
        Count++;
    }

    public void Cancelled() => Count--;

    public Activation? Pop()
    {
        foreach (var queue in _queues)
        {
            while (queue.TryDequeue(out var activation))
            {
                if (activation.State == ActivationState.Pending)
                {
                    Count--;
                    return activation;
                }
            }
        }

        return null;
    }
}
