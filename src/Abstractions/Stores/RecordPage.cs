using System.Collections.Generic;

namespace Formwork.Stores;

/// <summary>One page of query results.</summary>
/// <param name="Items">The records of the page.</param>
/// <param name="TotalCount">How many records matched in all.</param>
public sealed record RecordPage(IReadOnlyList<StoredRecord> Items, int TotalCount);
