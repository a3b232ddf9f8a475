using System.Collections.Generic;
using Formwork.Stores;

namespace Formwork.Forms;

/// <summary>A query of a form's records: a formula filter (<c>amount &gt; 10000 AND status = "open"</c>), sort and page.</summary>
public sealed record FormQuery
{
    /// <summary>Gets the filter formula over the form's fields; <see langword="null"/> matches every record.</summary>
    public string? Filter { get; init; }

    /// <summary>Gets the sort order.</summary>
    public IReadOnlyList<RecordSort> OrderBy { get; init; } = [];

    /// <summary>Gets the number of records to skip.</summary>
    public int Skip { get; init; }

    /// <summary>Gets the maximum number of records to return.</summary>
    public int Take { get; init; } = 100;
}
