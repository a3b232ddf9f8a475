using System.Collections.Generic;
using Formwork.Expressions.Internal.Evaluation;

namespace Formwork.Expressions.Internal.Functions;

/// <summary>
/// The values of one aggregate argument: a subform column (one value per row), the items of a list, or a single value.
/// <see cref="IsDirect"/> tells values typed into the formula from values read from a column (Excel's SUM skips text in
/// ranges but converts typed text).
/// </summary>
internal readonly struct ValueRange
{
    private readonly IReadOnlyList<RecordData>? _rows;
    private readonly ColumnReader _column;
    private readonly IReadOnlyList<Value>? _items;
    private readonly Value _single;

    private ValueRange(IReadOnlyList<RecordData>? rows, string? field, IReadOnlyList<Value>? items, Value single, int count, bool direct)
    {
        _rows = rows;
        _column = rows is null ? default : new ColumnReader(rows.Count > 0 ? rows[0] : null, field!);
        _items = items;
        _single = single;
        Count = count;
        IsDirect = direct;
    }

    public int Count { get; }

    public bool IsDirect { get; }

    public bool IsColumn => _rows is not null;

    /// <summary>Gets whether the values come from a column or a list (not one field or typed value).</summary>
    public bool IsMany => _rows is not null || _items is not null;

    public Value this[int index] => _rows is not null ? _column.Read(_rows[index]) : _items is not null ? _items[index] : _single;

    public static ValueRange Of(Node argument, in EvaluationFrame frame)
    {
        if (argument is ColumnNode column)
        {
            var holder = frame.Slots[column.Slot];
            return holder.Kind switch
            {
                ValueKind.Table => new ValueRange(holder.AsTable(), column.Field, null, default, holder.AsTable().Count, false),
                ValueKind.Blank => new ValueRange([], column.Field, null, default, 0, false),
                _ => new ValueRange(null, null, null, holder.IsError ? holder : Excel.WrongType, 1, true),
            };
        }

        var value = argument.Evaluate(frame);
        if (value.Kind == ValueKind.List)
        {
            var items = value.AsList();
            return new ValueRange(null, null, items, default, items.Count, false);
        }

        // A field is a reference like an Excel cell: aggregates skip its text and blanks; a typed value is converted.
        var direct = argument is not (SlotNode or RecordFieldNode);
        return new ValueRange(null, null, null, value, 1, direct);
    }
}
