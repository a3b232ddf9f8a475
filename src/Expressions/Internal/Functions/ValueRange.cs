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
    private readonly bool _isColumn;
    private readonly ColumnReader _column;
    private readonly IReadOnlyList<Value>? _items;

    // The single value, or for a column the table holding its rows (read as a span: no interface call per row).
    private readonly Value _single;

    private ValueRange(bool isColumn, ColumnReader column, IReadOnlyList<Value>? items, Value single, int count, bool direct)
    {
        _isColumn = isColumn;
        _column = column;
        _items = items;
        _single = single;
        Count = count;
        IsDirect = direct;
    }

    public int Count { get; }

    public bool IsDirect { get; }

    /// <summary>Gets whether the values come from a column or a list (not one field or typed value).</summary>
    public bool IsMany => _isColumn || _items is not null;

    public Value this[int index] => _isColumn ? _column.Read(_single.AsTableRows()[index]) : _items is not null ? _items[index] : _single;

    public static ValueRange Of(Node argument, in EvaluationFrame frame)
    {
        if (argument is ColumnNode column)
        {
            var holder = frame.Slots[column.Slot];
            switch (holder.Kind)
            {
                case ValueKind.Table:
                    var rows = holder.AsTableRows();
                    return new ValueRange(true, new ColumnReader(rows.Length > 0 ? rows[0] : null, column.Field), null, holder, rows.Length, false);
                case ValueKind.Blank:
                    return new ValueRange(true, default, null, default, 0, false);
                default:
                    return new ValueRange(false, default, null, holder.IsError ? holder : Excel.WrongType, 1, true);
            }
        }

        var value = argument.Evaluate(frame);
        if (value.Kind == ValueKind.List)
        {
            var items = value.AsList();
            return new ValueRange(false, default, items, default, items.Count, false);
        }

        // A field is a reference like an Excel cell: aggregates skip its text and blanks; a typed value is converted.
        var direct = argument is not (SlotNode or RecordFieldNode);
        return new ValueRange(false, default, null, value, 1, direct);
    }
}
