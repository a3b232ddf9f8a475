using System;
using System.Collections.Generic;

namespace Formwork.Stores;

/// <summary>What to read from an <see cref="IRecordStore"/>: a form's records, filtered, sorted and paged.</summary>
public sealed record RecordQuery
{
    /// <summary>Gets the form whose records are read.</summary>
    public required string FormId { get; init; }

    /// <summary>Gets a filter run on each record, or <see langword="null"/> for all. The form engine compiles formula filters to it.</summary>
    public Func<StoredRecord, bool>? Filter { get; init; }

    /// <summary>Gets the sort: field names with a direction, applied in order; ties keep record-id order.</summary>
    public IReadOnlyList<RecordSort> OrderBy { get; init; } = [];

    /// <summary>Gets how many matching records to skip.</summary>
    public int Skip { get; init; }

    /// <summary>Gets how many records to return at most.</summary>
    /// <value>The default value is 100.</value>
    public int Take { get; init; } = 100;
}
