namespace Formwork.Expressions.Internal.Functions;

/// <summary>
/// Reads one column of subform rows: by the column's index when the rows are built on one layout (a form's subform rows
/// are), else by name. The layout is taken from the first row; a row with another layout is read by name.
/// </summary>
internal readonly struct ColumnReader
{
    private readonly string _field;
    private readonly RecordLayout? _layout;
    private readonly int _index;

    /// <summary>Prepares to read <paramref name="field"/> from rows like <paramref name="firstRow"/> (null when there are none).</summary>
    public ColumnReader(RecordData? firstRow, string field)
    {
        _field = field;
        _index = -1;
        if (firstRow?.Layout is { } layout)
        {
            _layout = layout;
            _index = layout.IndexOf(field);
        }
    }

    /// <summary>Reads the column's cell of a row (blank when the row does not have it).</summary>
    public Value Read(RecordData row) => _layout is { } layout && _index >= 0 && layout.TryReadValue(row, _index, out var value) ? value : row[_field];
}
