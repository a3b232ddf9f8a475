namespace Formwork.Reporting;

/// <summary>Keeps the top N keys of a row dimension by a measure and folds the rest into an "Others" bucket.</summary>
public sealed record TopDefinition
{
    /// <summary>Gets the index of the row dimension (0 = first).</summary>
    public int Dimension { get; init; }

    /// <summary>Gets how many keys to keep.</summary>
    public int Count { get; init; }

    /// <summary>Gets the measure ranked by (largest first).</summary>
    public required string Measure { get; init; }

    /// <summary>Gets a value indicating whether the remaining keys form an "Others" bucket; otherwise they are left out.</summary>
    public bool Others { get; init; } = true;

    /// <summary>Gets the caption of the "Others" bucket.</summary>
    public string OthersLabel { get; init; } = "Others";
}
