using System.Globalization;

namespace Formwork.Forms.Internal;

/// <summary>
/// The path of a value in a submission (<c>amount</c> or <c>lines[2].quantity</c>), built as text only when an error
/// needs it: validating a valid submission formats no paths.
/// </summary>
internal readonly struct FieldPath
{
    private readonly string _name;
    private readonly string? _parent;
    private readonly int _row;

    private FieldPath(string name, string? parent, int row)
    {
        _name = name;
        _parent = parent;
        _row = row;
    }

    /// <summary>Gets the path of a cell of a subform row.</summary>
    public static FieldPath Cell(string subform, int row, string column) => new(column, subform, row);

    public static implicit operator FieldPath(string path) => new(path, null, 0);

    public static implicit operator string(FieldPath path) => path.ToString();

    public override string ToString() => _parent is null ? _name : string.Create(CultureInfo.InvariantCulture, $"{_parent}[{_row}].{_name}");
}
