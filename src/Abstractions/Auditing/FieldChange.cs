using System;
using System.Collections.Generic;

namespace Formwork.Auditing;

/// <summary>One field's value before and after a change.</summary>
/// <param name="Field">The field name.</param>
/// <param name="Before">The value before.</param>
/// <param name="After">The value after.</param>
public sealed record FieldChange(string Field, Value Before, Value After)
{
    /// <summary>Lists the fields whose values differ between two versions of a record, in field order (before's fields first).</summary>
    /// <param name="before">The record before the change (<see langword="null"/> for a new record).</param>
    /// <param name="after">The record after the change.</param>
    /// <returns>The changes.</returns>
    public static IReadOnlyList<FieldChange> Diff(RecordData? before, RecordData after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<FieldChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (before is not null)
        {
            foreach (var (field, old) in before)
            {
                seen.Add(field);
                var now = after[field];
                if (!old.Equals(now))
                {
                    changes.Add(new FieldChange(field, old, now));
                }
            }
        }

        foreach (var (field, now) in after)
        {
            if (seen.Add(field) && !now.IsBlank)
            {
                changes.Add(new FieldChange(field, Value.Blank, now));
            }
        }

        return changes;
    }
}
