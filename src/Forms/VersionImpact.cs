using System.Collections.Generic;
using System.Linq;

namespace Formwork.Forms;

/// <summary>What moving a form to a new version would affect: removed and retyped fields and the stored records holding them.</summary>
public sealed class VersionImpact
{
    internal VersionImpact(IReadOnlyList<FieldChangeImpact> changes, int recordsScanned)
    {
        Changes = changes;
        RecordsScanned = recordsScanned;
    }

    /// <summary>Gets the removed or retyped fields.</summary>
    public IReadOnlyList<FieldChangeImpact> Changes { get; }

    /// <summary>Gets the number of stored records examined.</summary>
    public int RecordsScanned { get; }

    /// <summary>Gets the ids of all records affected by any change, sorted.</summary>
    public IReadOnlyList<string> AffectedRecords => Changes.SelectMany(c => c.AffectedRecords).Distinct().Order(System.StringComparer.Ordinal).ToArray();

    /// <summary>Gets a value indicating whether no stored record would lose or change the type of a value.</summary>
    public bool IsSafe => Changes.All(c => c.AffectedRecords.Count == 0);
}
