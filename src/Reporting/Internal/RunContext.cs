using System;
using System.Collections.Generic;

namespace Formwork.Reporting.Internal;

/// <summary>What a result remembers of its run for drill-down: the rows, the row mask and the dimensions' key mappers.</summary>
internal sealed class RunContext(ReportDefinition definition, DatasetRows rows, bool[]? mask, KeyMapper[] rowMappers, KeyMapper[] columnMappers, TimeZoneInfo zone)
{
    public ReportDefinition Definition { get; } = definition;

    public DatasetRows Rows { get; } = rows;

    public bool[]? Mask { get; } = mask;

    public KeyMapper[] RowMappers { get; } = rowMappers;

    public KeyMapper[] ColumnMappers { get; } = columnMappers;

    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>Gets, for the top N dimension, the new code of each original code (the "Others" code or -1 for dropped keys).</summary>
    public int[]? TopRemap { get; set; }

    /// <summary>Gets the original keys of the top N dimension that were kept.</summary>
    public IReadOnlyList<Value> TopKept { get; set; } = [];
}
