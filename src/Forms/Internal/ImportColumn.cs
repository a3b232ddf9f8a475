namespace Formwork.Forms.Internal;

/// <summary>
/// What one column of an import file holds: a top-level field, or one cell of a subform row when the header is a path
/// such as <c>lines[0].quantity</c> (names, labels or aliases: <c>明细[0].数量</c>).
/// </summary>
internal sealed record ImportColumn(CompiledField Field, int Row, CompiledField? Child)
{
    /// <summary>Gets the field path the column fills, as in error paths.</summary>
    public string Path => Child is null ? Field.Name : FieldPath.Cell(Field.Name, Row, Child.Name).ToString();
}
