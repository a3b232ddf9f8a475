using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Json;
using Formwork.Reporting.Internal;

namespace Formwork.Reporting;

/// <summary>
/// Loads report definitions from JSON, strictly: unknown properties, wrong types, unknown columns, measures that
/// cannot apply to a column's type and grains on non-date columns are all reported, with JSON paths, and nothing is
/// returned unless the whole definition is valid. The format is described in <c>docs/reporting.md</c>.
/// </summary>
public static class ReportDefinitionReader
{
    internal static readonly string[] ReportProperties =
        ["id", "title", "kind", "timeZone", "filters", "rows", "columns", "measures", "having", "subtotals", "grandTotals", "sort", "top", "funnel", "scope"];

    /// <summary>Loads a definition.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="dataset">The dataset the report runs over.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="FormworkException">The definition has errors; every diagnostic is attached.</exception>
    public static ReportDefinition Read(string json, ReportDataset dataset) =>
        TryRead(json, dataset, out var definition, out var diagnostics) ? definition : throw new FormworkException(diagnostics);

    /// <summary>Loads a definition, returning the diagnostics instead of throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="dataset">The dataset the report runs over.</param>
    /// <param name="definition">The definition, when valid.</param>
    /// <param name="diagnostics">Every problem found.</param>
    /// <returns><see langword="true"/> when the definition is valid.</returns>
    public static bool TryRead(string json, ReportDataset dataset, [NotNullWhen(true)] out ReportDefinition? definition, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(dataset);
        definition = null;
        if (!StrictJson.TryParse(json, out var document, out diagnostics))
        {
            return false;
        }

        using (document)
        {
            var reader = new StrictJson();
            var read = ReadReport(document.RootElement, dataset, "$", reader);
            return Finish(read, dataset, reader, "$", out definition, out diagnostics);
        }
    }

    internal static bool Finish(ReportDefinition? read, ReportDataset dataset, StrictJson reader, string path, [NotNullWhen(true)] out ReportDefinition? definition, out IReadOnlyList<Diagnostic> diagnostics)
    {
        definition = null;
        var all = new List<Diagnostic>(reader.Diagnostics);
        if (read is not null && all.Count == 0)
        {
            all.AddRange(ReportValidator.Validate(read, dataset).Select(d => Rebase(d, path)));
        }

        diagnostics = all;
        if (read is null || all.Any(d => d.IsError))
        {
            return false;
        }

        definition = read;
        return true;
    }

    internal static ReportDefinition? ReadReport(JsonElement root, ReportDataset dataset, string path, StrictJson reader)
    {
        if (!reader.Object(root, path, "report", ReportProperties))
        {
            return null;
        }

        var id = reader.String(root, "id", path, required: true);
        var kind = reader.Choice(root, "kind", path, ReportJsonNames.Kinds) ?? ReportKind.Pivot;
        return new ReportDefinition
        {
            Id = id ?? string.Empty,
            Title = reader.String(root, "title", path),
            Kind = kind,
            TimeZoneId = reader.String(root, "timeZone", path),
            Filters = reader.Array(root, "filters", path).Select(e => ReadFilter(e.Element, e.Path, dataset, reader)).ToArray(),
            Rows = reader.Array(root, "rows", path).Select(e => ReadDimension(e.Element, e.Path, reader)).ToArray(),
            Columns = reader.Array(root, "columns", path).Select(e => ReadDimension(e.Element, e.Path, reader)).ToArray(),
            Measures = reader.Array(root, "measures", path).Select(e => ReadMeasure(e.Element, e.Path, reader)).ToArray(),
            Having = reader.Array(root, "having", path).Select(e => ReadFilter(e.Element, e.Path, dataset, reader)).ToArray(),
            Subtotals = reader.Boolean(root, "subtotals", path) ?? false,
            GrandTotals = reader.Boolean(root, "grandTotals", path) ?? true,
            Sort = StrictJson.Has(root, "sort", out var sort) ? ReadSort(sort, ValueJson.PathOf(path, "sort"), reader) : null,
            Top = StrictJson.Has(root, "top", out var top) ? ReadTop(top, ValueJson.PathOf(path, "top"), reader) : null,
            Funnel = StrictJson.Has(root, "funnel", out var funnel) ? ReadFunnel(funnel, ValueJson.PathOf(path, "funnel"), dataset, reader) : null,
            Scope = StrictJson.Has(root, "scope", out var scope) ? ReadScope(scope, ValueJson.PathOf(path, "scope"), reader) : null,
        };
    }

    private static Diagnostic Rebase(Diagnostic diagnostic, string path) =>
        path == "$" || diagnostic.Path is null || !diagnostic.Path.StartsWith('$')
            ? diagnostic
            : new Diagnostic(diagnostic.Severity, diagnostic.Template, path + diagnostic.Path[1..], diagnostic.Span, diagnostic.Arguments);

    private static DimensionDefinition ReadDimension(JsonElement element, string path, StrictJson reader)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return new DimensionDefinition { Column = element.GetString() };
        }

        if (!reader.Object(element, path, "dimension", "column", "grain", "bands", "level", "formula", "label"))
        {
            return new DimensionDefinition();
        }

        IReadOnlyList<decimal>? bands = null;
        if (StrictJson.Has(element, "bands", out _))
        {
            var list = new List<decimal>();
            foreach (var (item, itemPath) in reader.Array(element, "bands", path))
            {
                if (item.ValueKind == JsonValueKind.Number && item.TryGetDecimal(out var number))
                {
                    list.Add(number);
                }
                else
                {
                    reader.WrongType(itemPath, "bands", "a number");
                }
            }

            bands = list;
        }

        return new DimensionDefinition
        {
            Column = reader.String(element, "column", path),
            Grain = reader.Choice(element, "grain", path, ReportJsonNames.Grains),
            Bands = bands,
            Level = reader.Integer(element, "level", path),
            Formula = reader.String(element, "formula", path),
            Label = reader.String(element, "label", path),
        };
    }

    private static MeasureDefinition ReadMeasure(JsonElement element, string path, StrictJson reader)
    {
        if (!reader.Object(element, path, "measure", "id", "aggregate", "column", "percentile", "show", "formula", "scale", "label"))
        {
            return new MeasureDefinition { Id = string.Empty };
        }

        var formula = reader.String(element, "formula", path);
        return new MeasureDefinition
        {
            Id = reader.String(element, "id", path, required: true) ?? string.Empty,
            Aggregate = formula is null
                ? reader.Choice(element, "aggregate", path, ReportJsonNames.Aggregates) ?? RequiredAggregate(element, path, reader)
                : MeasureAggregate.Count,
            Column = reader.String(element, "column", path),
            Percentile = reader.Number(element, "percentile", path),
            Display = reader.Choice(element, "show", path, ReportJsonNames.Displays) ?? MeasureDisplay.Value,
            Formula = formula,
            Scale = reader.Integer(element, "scale", path),
            Label = reader.String(element, "label", path),
        };
    }

    private static MeasureAggregate RequiredAggregate(JsonElement element, string path, StrictJson reader)
    {
        if (!StrictJson.Has(element, "aggregate", out _))
        {
            reader.Diagnostics.Add(Diagnostic.Error(ReportingMessages.Required, ValueJson.PathOf(path, "aggregate"), null, ("name", "aggregate")));
        }

        return MeasureAggregate.Count;
    }

    private static FilterDefinition ReadFilter(JsonElement element, string path, ReportDataset dataset, StrictJson reader)
    {
        if (!reader.Object(element, path, "filter", "column", "measure", "level", "op", "value", "values", "formula", "days"))
        {
            return new FilterDefinition();
        }

        var column = reader.String(element, "column", path);
        var op = reader.Choice(element, "op", path, ReportJsonNames.Operators);
        var formula = reader.String(element, "formula", path);
        if (op is null && formula is null && !StrictJson.Has(element, "op", out _))
        {
            reader.Diagnostics.Add(Diagnostic.Error(ReportingMessages.Required, ValueJson.PathOf(path, "op"), null, ("name", "op")));
        }

        var expected = column is not null && dataset.TryGetColumn(column, out var c) && c.Kind is ValueKind.Date or ValueKind.DateTime or ValueKind.Time
            ? c.Kind
            : (ValueKind?)null;
        var values = new List<Value>();
        RelativePeriod? period = null;
        if (op == FilterOperator.Period)
        {
            period = reader.Choice(element, "value", path, ReportJsonNames.Periods);
            if (period is null && !StrictJson.Has(element, "value", out _))
            {
                reader.Diagnostics.Add(Diagnostic.Error(ReportingMessages.Required, ValueJson.PathOf(path, "value"), null, ("name", "value")));
            }
        }
        else if (StrictJson.Has(element, "value", out var single))
        {
            values.Add(ReadValue(single, ValueJson.PathOf(path, "value"), expected, reader));
        }

        foreach (var (item, itemPath) in reader.Array(element, "values", path))
        {
            values.Add(ReadValue(item, itemPath, expected, reader));
        }

        return new FilterDefinition
        {
            Column = column,
            Measure = reader.String(element, "measure", path),
            Level = reader.Integer(element, "level", path),
            Operator = op ?? FilterOperator.Equal,
            Values = values,
            Formula = formula,
            Period = period,
            Days = reader.Integer(element, "days", path),
        };
    }

    private static Value ReadValue(JsonElement element, string path, ValueKind? expected, StrictJson reader)
    {
        if (expected is null || element.ValueKind != JsonValueKind.String)
        {
            return reader.Value(element, path);
        }

        try
        {
            return ValueJson.ReadPlain(element, expected, path);
        }
        catch (JsonException)
        {
            reader.WrongType(path, "value", expected == ValueKind.Date ? "a date (yyyy-MM-dd)" : "a date-time (ISO 8601)");
            return default;
        }
    }

    private static SortDefinition? ReadSort(JsonElement element, string path, StrictJson reader)
    {
        if (!reader.Object(element, path, "sort", "measure", "direction"))
        {
            return null;
        }

        var direction = reader.Choice(element, "direction", path, Directions) ?? false;
        return new SortDefinition { Measure = reader.String(element, "measure", path, required: true) ?? string.Empty, Descending = direction };
    }

    private static readonly Dictionary<string, bool> Directions = new(StringComparer.Ordinal) { ["asc"] = false, ["desc"] = true };

    private static TopDefinition? ReadTop(JsonElement element, string path, StrictJson reader)
    {
        if (!reader.Object(element, path, "top", "dimension", "count", "measure", "others", "othersLabel"))
        {
            return null;
        }

        return new TopDefinition
        {
            Dimension = reader.Integer(element, "dimension", path) ?? 0,
            Count = reader.Integer(element, "count", path) ?? RequiredInt(element, "count", path, reader),
            Measure = reader.String(element, "measure", path, required: true) ?? string.Empty,
            Others = reader.Boolean(element, "others", path) ?? true,
            OthersLabel = reader.String(element, "othersLabel", path) ?? "Others",
        };
    }

    private static int RequiredInt(JsonElement element, string name, string path, StrictJson reader)
    {
        if (!StrictJson.Has(element, name, out _))
        {
            reader.Diagnostics.Add(Diagnostic.Error(ReportingMessages.Required, ValueJson.PathOf(path, name), null, ("name", name)));
        }

        return 0;
    }

    private static FunnelDefinition? ReadFunnel(JsonElement element, string path, ReportDataset dataset, StrictJson reader)
    {
        if (!reader.Object(element, path, "funnel", "column", "stages", "cumulative"))
        {
            return null;
        }

        var column = reader.String(element, "column", path, required: true) ?? string.Empty;
        var expected = dataset.TryGetColumn(column, out var c) && c.Kind is ValueKind.Date or ValueKind.DateTime ? c.Kind : (ValueKind?)null;
        return new FunnelDefinition
        {
            Column = column,
            Stages = reader.Array(element, "stages", path).Select(e => ReadValue(e.Element, e.Path, expected, reader)).ToArray(),
            Cumulative = reader.Boolean(element, "cumulative", path) ?? true,
        };
    }

    internal static ScopePolicy? ReadScope(JsonElement element, string path, StrictJson reader)
    {
        if (!reader.Object(element, path, "scope", "default", "roles"))
        {
            return null;
        }

        var roles = new Dictionary<string, RecordScope>(StringComparer.OrdinalIgnoreCase);
        if (StrictJson.Has(element, "roles", out var rolesElement))
        {
            var rolesPath = ValueJson.PathOf(path, "roles");
            if (rolesElement.ValueKind != JsonValueKind.Object)
            {
                reader.WrongType(rolesPath, "roles", "an object");
            }
            else
            {
                foreach (var property in rolesElement.EnumerateObject())
                {
                    if (reader.Choice(rolesElement, property.Name, rolesPath, ReportJsonNames.Scopes) is { } roleScope)
                    {
                        roles[property.Name] = roleScope;
                    }
                }
            }
        }

        return new ScopePolicy { Default = reader.Choice(element, "default", path, ReportJsonNames.Scopes) ?? RecordScope.Own, Roles = roles };
    }
}
