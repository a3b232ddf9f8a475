namespace Formwork.Forms.Internal;

/// <summary>
/// What one column of an import file holds: a top-level field; one cell of a subform row when the header is a path
/// such as <c>lines[0].quantity</c> (names, labels or aliases: <c>明细[0].数量</c>); or, when <see cref="Flat"/>, one
/// subform column filled once per file row (<c>lines.quantity</c>, <c>明细.数量</c>), the file's rows grouped into records.
/// </summary>
internal sealed record ImportColumn(CompiledField Field, int Row, CompiledField? Child, bool Flat = false)
{
    /// <summary>Gets the field path the column fills, as in error paths (<c>lines.quantity</c> for a flat column).</summary>
    public string Path => Child is null ? Field.Name : Flat ? Field.Name + "." + Child.Name : FieldPath.Cell(Field.Name, Row, Child.Name).ToString();
}
