using System.Collections.Generic;
using Formwork.Diagnostics;
using Formwork.Forms;

namespace Formwork.Reporting.Internal;

/// <summary>
/// Checks a report against the field access of the actor's permission profile: hidden columns cannot be used at all;
/// masked columns can be grouped, counted and filtered by their masked text only (no sums, averages, extremes,
/// percentiles, grains, bands, levels or funnels over raw values).
/// </summary>
internal static class ReportAccess
{
    public static IReadOnlyList<Diagnostic> Check(ReportDefinition definition, IReadOnlyList<FilterDefinition> extra, ReportDataset dataset, PermissionProfile profile)
    {
        var diagnostics = new List<Diagnostic>();
        var scope = ReportFormulas.DatasetScope(dataset);

        void Hidden(string? column, string path)
        {
            if (column is not null && profile.GetAccess(column) == FieldAccess.Hidden)
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.HiddenColumn, path, null, ("column", column), ("profile", profile.Name)));
            }
        }

        void Masked(string? column, string path, string use)
        {
            if (column is not null && profile.GetAccess(column) == FieldAccess.Masked)
            {
                diagnostics.Add(Diagnostic.Error(ReportingMessages.MaskedColumn, path, null, ("column", column), ("profile", profile.Name), ("use", use)));
            }
        }

        void Formula(string? text, string path)
        {
            if (text is not null && ReportFormulas.Compile(text, scope, path, null) is { } formula)
            {
                foreach (var dependency in formula.Dependencies)
                {
                    Hidden(dependency, path);
                }
            }
        }

        void Filter(FilterDefinition filter, string path)
        {
            Hidden(filter.Column, path + ".column");
            Formula(filter.Formula, path + ".formula");
            if (filter.Level is not null)
            {
                Masked(filter.Column, path + ".level", "a cascade level");
            }

            if (filter.Operator == FilterOperator.Period)
            {
                Masked(filter.Column, path + ".op", "a relative period");
            }
        }

        void Dimension(DimensionDefinition dimension, string path)
        {
            Hidden(dimension.Column, path + ".column");
            Formula(dimension.Formula, path + ".formula");
            if (dimension.Column is not null && (dimension.Grain is not null || dimension.Bands is not null || dimension.Level is not null))
            {
                Masked(dimension.Column, path + ".column", "a grain, bands or a level");
            }
        }

        for (var i = 0; i < definition.Filters.Count; i++)
        {
            Filter(definition.Filters[i], ReportValidator.Path("$.filters", i));
        }

        for (var i = 0; i < extra.Count; i++)
        {
            Filter(extra[i], ReportValidator.Path("options.filters", i));
        }

        for (var i = 0; i < definition.Rows.Count; i++)
        {
            Dimension(definition.Rows[i], ReportValidator.Path("$.rows", i));
        }

        for (var i = 0; i < definition.Columns.Count; i++)
        {
            Dimension(definition.Columns[i], ReportValidator.Path("$.columns", i));
        }

        for (var i = 0; i < definition.Measures.Count; i++)
        {
            var measure = definition.Measures[i];
            var path = ReportValidator.Path("$.measures", i) + ".column";
            Hidden(measure.Column, path);
            if (measure.Formula is null && measure.Aggregate is not (MeasureAggregate.Count or MeasureAggregate.DistinctCount))
            {
                Masked(measure.Column, path, ReportJsonNames.Aggregate(measure.Aggregate));
            }
        }

        if (definition.Funnel is { } funnel)
        {
            Hidden(funnel.Column, "$.funnel.column");
            Masked(funnel.Column, "$.funnel.column", "a funnel");
        }

        return diagnostics;
    }
}
