namespace Formwork.Rules;

/// <summary>The activations of a session waiting to fire, ordered by priority then by the order they were created.</summary>
public interface IAgenda
{
    /// <summary>Gets how many activations are waiting.</summary>
    int Count { get; }

    /// <summary>Adds a filter; an activation fires only when every filter accepts its rule (others are dropped).</summary>
    /// <param name="filter">The filter.</param>
    void AddFilter(AgendaFilter filter);

    /// <summary>Removes every filter.</summary>
    void ClearFilters();
}
