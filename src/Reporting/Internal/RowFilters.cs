using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Expressions;
using Formwork.Forms;
using Formwork.Identity;

namespace Formwork.Reporting.Internal;

/// <summary>Builds the row mask of a run: row-level scope first, then the report's row filters.</summary>
internal static class RowFilters
{
    public static bool Matches(Value value, FilterDefinition filter)
    {
        var values = filter.Values;
        return filter.Operator switch
        {
            FilterOperator.Equal => value.Equals(values[0]),
            FilterOperator.NotEqual => !value.Equals(values[0]),
            FilterOperator.In => values.Contains(value),
            FilterOperator.NotIn => !values.Contains(value),
            FilterOperator.GreaterThan => Comparable(value, values[0]) && value.CompareTo(values[0]) > 0,
            FilterOperator.GreaterThanOrEqual => Comparable(value, values[0]) && value.CompareTo(values[0]) >= 0,
            FilterOperator.LessThan => Comparable(value, values[0]) && value.CompareTo(values[0]) < 0,
            FilterOperator.LessThanOrEqual => Comparable(value, values[0]) && value.CompareTo(values[0]) <= 0,
            FilterOperator.Range => Comparable(value, values[0]) && value.CompareTo(values[0]) >= 0 && value.CompareTo(values[1]) < 0,
            FilterOperator.IsBlank => value.IsBlank,
            _ => !value.IsBlank,
        };
    }

    public static bool[]? Build(ReportDefinition definition, DatasetRows rows, RecordScope scope, Actor? actor, System.Collections.Generic.IReadOnlyList<FilterDefinition> extra, TimeZoneInfo zone, DateTimeOffset now)
    {
        bool[]? mask = null;
        if (scope != RecordScope.All)
        {
            ArgumentNullException.ThrowIfNull(actor);
            mask = new bool[rows.Count];
            var owners = rows.OwnerIds;
            var departments = rows.DepartmentIds;
            for (var i = 0; i < rows.Count && owners is not null; i++)
            {
                // As a form profile's record scope (PermissionProfile.Reaches): a department scope includes the actor's own.
                mask[i] = owners[i] == actor.UserId
                    || (scope == RecordScope.Department && departments![i] is { } department && actor.IsInDepartment(department));
            }
        }

        foreach (var filter in definition.Filters.Concat(extra))
        {
            if (mask is null)
            {
                mask = new bool[rows.Count];
                Array.Fill(mask, true);
            }

            Apply(filter.Operator == FilterOperator.Period ? RelativePeriods.Resolve(filter, rows.Dataset.GetColumn(filter.Column!).Kind, zone, now) : filter, rows, mask);
        }

        return mask;
    }

    private static bool Comparable(Value value, Value bound) =>
        !value.IsBlank && value.Kind == bound.Kind;

    private static void Apply(FilterDefinition filter, DatasetRows rows, bool[] mask)
    {
        if (filter.Formula is { } text)
        {
            ApplyFormula(ReportFormulas.CompileChecked(text, rows.Dataset), IsComparison(filter) ? filter : null, rows, mask);
            return;
        }

        var column = rows.GetColumn(filter.Column!);
        CodedColumn? coded = column switch
        {
            CascadeColumn cascade => filter.Level is { } level ? cascade.Levels[level] : cascade.Full,
            CodedColumn c => c,
            _ => null,
        };
        if (coded is not null)
        {
            var accepted = Array.ConvertAll(coded.Dictionary, v => Matches(v, filter));
            var codes = coded.Codes;
            for (var i = 0; i < mask.Length; i++)
            {
                mask[i] &= accepted[codes[i]];
            }

            return;
        }

        for (var i = 0; i < mask.Length; i++)
        {
            if (mask[i])
            {
                mask[i] = Matches(column.ValueAt(i), filter);
            }
        }
    }

    /// <summary>Whether a formula filter compares the formula's result with its values (or tests it for blank) instead of being a condition.</summary>
    public static bool IsComparison(FilterDefinition filter) =>
        filter.Values.Count > 0 || filter.Operator is FilterOperator.IsBlank or FilterOperator.IsNotBlank;

    /// <summary>Returns a cascade level of a formula's value (a list or a <c>/</c>-separated text), or the value itself when no level is asked for.</summary>
    private static Value LevelOf(Value value, int? level)
    {
        if (level is not { } l)
        {
            return value;
        }

        var segments = CascadeColumn.Segments(value);
        return l < segments.Length ? Value.FromText(segments[l]) : default;
    }

    private static void ApplyFormula(Formula formula, FilterDefinition? comparison, DatasetRows rows, bool[] mask)
    {
        var slots = new Value[formula.Scope.SlotCount];
        var used = new List<(int Slot, Column Column)>();
        foreach (var entry in formula.Scope.Entries)
        {
            if (formula.Dependencies.Contains(entry.Name))
            {
                used.Add((entry.Slot, rows.GetColumn(entry.Name)));
            }
        }

        for (var i = 0; i < mask.Length; i++)
        {
            if (!mask[i])
            {
                continue;
            }

            foreach (var (slot, column) in used)
            {
                slots[slot] = column.ValueAt(i);
            }

            mask[i] = comparison is null ? formula.IsTrue(slots) : Matches(LevelOf(formula.Evaluate(slots), comparison.Level), comparison);
        }
    }
}
