using System;
using System.Collections.ObjectModel;

namespace Formwork.Internal;

/// <summary>The rows of a table value: read-only to callers, with the array it wraps readable as a span (no interface call per row).</summary>
internal sealed class TableRows : ReadOnlyCollection<RecordData>
{
    public static readonly TableRows None = new([]);

    private readonly RecordData[] _rows;

    public TableRows(RecordData[] rows)
        : base(rows)
    {
        _rows = rows;
    }

    public ReadOnlySpan<RecordData> Span => _rows;
}
