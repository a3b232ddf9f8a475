using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Forms;

namespace Formwork.Reporting;

/// <summary>
/// What a report runs over: a set of named, typed columns. A form schema maps onto it (one column per field,
/// plus workflow columns); reports are checked against it when they are loaded or built.
/// </summary>
public sealed class ReportDataset
{
    private readonly Dictionary<string, DatasetColumn> _byName;

    /// <summary>Creates a dataset description.</summary>
    /// <param name="id">The dataset's id (usually the form id).</param>
    /// <param name="columns">The columns; names must be unique (ordinal).</param>
    public ReportDataset(string id, IEnumerable<DatasetColumn> columns)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(columns);
        Id = id;
        var list = new List<DatasetColumn>();
        _byName = new Dictionary<string, DatasetColumn>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            ArgumentNullException.ThrowIfNull(column, nameof(columns));
            if (!_byName.TryAdd(column.Name, column))
            {
                throw new ArgumentException($"The column '{column.Name}' is declared twice.", nameof(columns));
            }

            list.Add(column);
        }

        Columns = list;
    }

    /// <summary>
    /// Describes the records of a form as a dataset: one column per field that holds a value, named and typed as the
    /// field (subforms, attachments and layout-only fields are left out: they are not report columns). The dataset id
    /// is the form id.
    /// </summary>
    /// <param name="form">The compiled form.</param>
    /// <returns>The dataset.</returns>
    public static ReportDataset FromForm(CompiledForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new ReportDataset(form.Id, form.Fields
            .Where(f => f.Kind is not ValueKind.Table and not ValueKind.Blank)
            .Select(f => new DatasetColumn(f.Name, f.Kind, label: f.Label)));
    }

    /// <summary>Gets the dataset's id.</summary>
    public string Id { get; }

    /// <summary>Gets the columns in declaration order.</summary>
    public IReadOnlyList<DatasetColumn> Columns { get; }

    /// <summary>Finds a column by name (ordinal).</summary>
    /// <param name="name">The column name.</param>
    /// <param name="column">The column, when found.</param>
    /// <returns><see langword="true"/> when the dataset has the column.</returns>
    public bool TryGetColumn(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DatasetColumn? column)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out column);
    }

    /// <summary>Returns a column by name.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>The column.</returns>
    /// <exception cref="KeyNotFoundException">The dataset has no such column.</exception>
    public DatasetColumn GetColumn(string name) =>
        TryGetColumn(name, out var column) ? column : throw new KeyNotFoundException($"The dataset '{Id}' has no column '{name}'.");
}
