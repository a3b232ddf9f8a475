using Formwork.Diagnostics;

namespace Formwork.Stores;

/// <summary>
/// A write was refused because the stored aggregate is not in the expected state: a stale version, a taken
/// unique key, a duplicate id or a missing entity. Nothing was written; <see cref="FormworkException.Code"/> says which.
/// </summary>
public sealed class ConcurrencyException : FormworkException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="diagnostic">What was refused and why.</param>
    public ConcurrencyException(Diagnostic diagnostic)
        : base(diagnostic)
    {
    }

    /// <summary>Creates the exception for a stale version.</summary>
    /// <param name="entity">The kind of entity, such as <c>Record</c>.</param>
    /// <param name="id">Its id.</param>
    /// <param name="expected">The version the writer expected.</param>
    /// <param name="actual">The version stored (0 when missing).</param>
    /// <returns>The exception.</returns>
    public static ConcurrencyException Stale(string entity, string id, long expected, long actual) =>
        new(Diagnostic.Error(StoreMessages.VersionConflict, null, null, ("entity", entity), ("id", id), ("expected", expected), ("actual", actual)));
}
