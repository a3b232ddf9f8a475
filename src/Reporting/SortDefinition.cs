namespace Formwork.Reporting;

/// <summary>Sorts the rows of a report (siblings within each parent) by a measure's total.</summary>
public sealed record SortDefinition
{
    /// <summary>Gets the measure sorted by.</summary>
    public required string Measure { get; init; }

    /// <summary>Gets a value indicating whether larger values come first.</summary>
    public bool Descending { get; init; }
}
