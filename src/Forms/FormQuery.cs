using System.Collections.Generic;
using Formwork.Identity;
using Formwork.Stores;

namespace Formwork.Forms;

/// <summary>A query of a form's records: a formula filter (<c>amount &gt; 10000 AND status = "open"</c>), sort and page.</summary>
public sealed record FormQuery
{
    /// <summary>Gets the filter formula over the form's fields; <see langword="null"/> matches every record.</summary>
    public string? Filter { get; init; }

    /// <summary>Gets the sort order.</summary>
    public IReadOnlyList<RecordSort> OrderBy { get; init; } = [];

    /// <summary>Gets the number of records to skip.</summary>
    public int Skip { get; init; }

    /// <summary>Gets the maximum number of records to return.</summary>
    public int Take { get; init; } = 100;

    /// <summary>
    /// Gets who is asking: when set, only records the viewer's profile reaches are returned (<see cref="PermissionProfile.Records"/>:
    /// a sales rep's own records, a manager's department's), each as the profile shows it (hidden fields left out, masked
    /// ones masked), and a filter or sort by a field the profile hides or masks is refused (FWF1043).
    /// <see langword="null"/> queries every record as stored (host code).
    /// </summary>
    public Actor? Viewer { get; init; }

    /// <summary>
    /// Gets the viewer's profile by name; <see langword="null"/> for the profile the form maps the viewer's roles to
    /// (<see cref="CompiledForm.ProfileFor"/>). A viewer without a profile reaches every record.
    /// </summary>
    public string? Profile { get; init; }
}
