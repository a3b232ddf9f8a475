using System;

namespace Formwork;

/// <summary>
/// A reference to one record of a form, as held by a relation field. Two references are equal when they
/// name the same form and record; the display text is a convenience copy and does not take part.
/// </summary>
public sealed class RecordReference : IEquatable<RecordReference>
{
    /// <summary>Creates a reference.</summary>
    /// <param name="formId">The id of the form the record belongs to.</param>
    /// <param name="recordId">The id of the record.</param>
    /// <param name="display">Optional text to show for the record (its title field).</param>
    public RecordReference(string formId, string recordId, string? display = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(formId);
        ArgumentException.ThrowIfNullOrEmpty(recordId);
        FormId = formId;
        RecordId = recordId;
        Display = display;
    }

    /// <summary>Gets the id of the form the record belongs to.</summary>
    public string FormId { get; }

    /// <summary>Gets the id of the record.</summary>
    public string RecordId { get; }

    /// <summary>Gets the text to show for the record, when known.</summary>
    public string? Display { get; }

    /// <inheritdoc />
    public bool Equals(RecordReference? other) =>
        other is not null && string.Equals(FormId, other.FormId, StringComparison.Ordinal)
        && string.Equals(RecordId, other.RecordId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecordReference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(FormId), StringComparer.Ordinal.GetHashCode(RecordId));

    /// <summary>Returns <c>form/record</c>.</summary>
    /// <returns>The reference as text.</returns>
    public override string ToString() => FormId + "/" + RecordId;
}
