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
        if (before is null)
        {
            // A created record (every import row, every first submit): its non-blank fields, in an array of exactly that size.
            var count = 0;
            foreach (var (_, now) in after)
            {
                count += now.IsBlank ? 0 : 1;
            }

            if (count == 0)
            {
                return [];
            }

            var created = new FieldChange[count];
            var i = 0;
            foreach (var (field, now) in after)
            {
                if (!now.IsBlank)
                {
                    created[i++] = new FieldChange(field, Value.Blank, now);
                }
            }

            return created;
        }

        var changes = new List<FieldChange>();
        foreach (var (field, old) in before)
        {
            var now = after[field];
            if (!old.Equals(now))
            {
                changes.Add(new FieldChange(field, old, now));
            }
        }

        foreach (var (field, now) in after)
        {
            if (!now.IsBlank && !before.ContainsKey(field))
            {
                changes.Add(new FieldChange(field, Value.Blank, now));
            }
        }

        return changes;
    }
}
