using System.Collections.Generic;

namespace Formwork.Forms;

/// <summary>The outcome of an incremental recalculation: the data with recomputed values and the fields whose values changed.</summary>
public sealed class RecalculationResult
{
    internal RecalculationResult(RecordData data, IReadOnlyList<string> changed)
    {
        Data = data;
        Changed = changed;
    }

    /// <summary>Gets the data with the dependents of the changed fields recomputed.</summary>
    public RecordData Data { get; }

    /// <summary>Gets the computed fields whose values changed, in computation order (for a UI to refresh).</summary>
    public IReadOnlyList<string> Changed { get; }
}
