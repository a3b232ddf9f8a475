using System;
using System.Collections.Generic;

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
