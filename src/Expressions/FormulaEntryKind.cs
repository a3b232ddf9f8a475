namespace Formwork.Expressions;

/// <summary>What a name in a <see cref="FormulaScope"/> stands for.</summary>
public enum FormulaEntryKind
{
    /// <summary>A field holding one value (<c>quantity</c>).</summary>
    Field,

    /// <summary>A subform (子表单) whose columns aggregates read: <c>SUM(lines.amount)</c>. Its slot holds a <see cref="ValueKind.Table"/> value.</summary>
    Table,

    /// <summary>
    /// A related record whose fields a formula reads with a dotted path: <c>customer.level</c>. Its slot holds either a
    /// <see cref="ValueKind.Table"/> value whose first row is the related record, or a <see cref="ValueKind.Reference"/>
    /// that <see cref="FormulaContext.RecordResolver"/> resolves; blank reads every field as blank.
    /// </summary>
    Record,
}
