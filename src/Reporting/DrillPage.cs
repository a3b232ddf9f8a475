using System.Collections.Generic;

namespace Formwork.Reporting;

/// <summary>One page of the raw rows behind a cell of a report.</summary>
public sealed class DrillPage
{
    internal DrillPage(IReadOnlyList<int> rowIndexes, IReadOnlyList<string?> recordIds, IReadOnlyList<RecordData> records, int totalCount, int skip)
    {
        RowIndexes = rowIndexes;
        RecordIds = recordIds;
        Records = records;
        TotalCount = totalCount;
        Skip = skip;
    }

    /// <summary>Gets the indexes of the rows in the <see cref="DatasetRows"/>.</summary>
    public IReadOnlyList<int> RowIndexes { get; }

    /// <summary>Gets the record ids (when the rows came from stored records).</summary>
    public IReadOnlyList<string?> RecordIds { get; }

    /// <summary>Gets the records' data.</summary>
    public IReadOnlyList<RecordData> Records { get; }

    /// <summary>Gets how many rows are behind the cell in all.</summary>
    public int TotalCount { get; }

    /// <summary>Gets how many rows were skipped before this page.</summary>
    public int Skip { get; }
}
