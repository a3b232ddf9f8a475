namespace Formwork.Stores;

/// <summary>One sort key of a <see cref="RecordQuery"/>.</summary>
/// <param name="Field">The field name.</param>
/// <param name="Descending">Whether larger values come first.</param>
public readonly record struct RecordSort(string Field, bool Descending = false);
