using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Forms;
using Formwork.Reporting.Internal;

namespace Formwork.Reporting;

/// <summary>
/// What a report runs over: a set of named, typed columns. A form schema maps onto it (one column per field,
/// plus workflow columns); reports are checked against it when they are loaded or built.
/// </summary>
public sealed class ReportDataset
{
    private readonly Dictionary<string, DatasetColumn> _byName;
    private readonly Dictionary<string, Func<Value, Value>> _maskers = new(StringComparer.Ordinal);

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
        var fields = form.Fields.Where(f => f.Kind is not ValueKind.Table and not ValueKind.Blank).ToArray();
        var dataset = new ReportDataset(form.Id, fields.Select(f => new DatasetColumn(f.Name, f.Kind, label: f.Label)));
        foreach (var field in fields)
        {
            dataset._maskers[field.Name] = value => FieldMasking.Mask(field, value);
        }

        return dataset;
    }

    /// <summary>
    /// Returns this dataset extended with the columns of another form's records reached through a relation field
    /// (<c>contract.customer</c> → <c>customer.level</c>, <c>customer.region</c>): one column per related column, named
    /// <c>relationField.column</c>. Run it over <see cref="DatasetRows.Join(string, DatasetRows)"/> rows, or with
    /// <see cref="ReportEngine.RunAsync"/>, which reads the related form's records (the related dataset's id is the form id).
    /// </summary>
    /// <param name="relationField">The column holding the relation: a record reference, a record id text, or a list of them (the first one is joined).</param>
    /// <param name="related">The related form's dataset.</param>
    /// <returns>The joined dataset.</returns>
    /// <exception cref="ArgumentException">The dataset has no such column, or a joined column name is already taken.</exception>
    public ReportDataset Join(string relationField, ReportDataset related)
    {
        ArgumentException.ThrowIfNullOrEmpty(relationField);
        ArgumentNullException.ThrowIfNull(related);
        if (!TryGetColumn(relationField, out var relation) || relation.Kind is not (ValueKind.Reference or ValueKind.Text or ValueKind.List))
        {
            throw new ArgumentException($"The dataset '{Id}' has no relation column '{relationField}'.", nameof(relationField));
        }

        var joined = new ReportDataset(Id, Columns.Concat(related.Columns.Select(c =>
            new DatasetColumn(relationField + "." + c.Name, c.Kind, c.Levels, relation.Label + "." + c.Label))))
        {
            JoinBase = this,
            JoinField = relationField,
            JoinTarget = related,
        };
        foreach (var (name, mask) in _maskers)
        {
            joined._maskers[name] = mask;
        }

        foreach (var (name, mask) in related._maskers)
        {
            joined._maskers[relationField + "." + name] = mask;
        }

        return joined;
    }

    /// <summary>Gets the dataset this one was joined from (<see langword="null"/> unless made by <see cref="Join"/>).</summary>
    internal ReportDataset? JoinBase { get; private init; }

    /// <summary>Gets the relation field of the join.</summary>
    internal string? JoinField { get; private init; }

    /// <summary>Gets the related dataset of the join.</summary>
    internal ReportDataset? JoinTarget { get; private init; }

    /// <summary>Returns how a masked column's values are masked (by the form field's type when the dataset came from a form).</summary>
    internal Func<Value, Value> MaskerOf(string column) => _maskers.TryGetValue(column, out var mask) ? mask : FieldMasking.Mask;

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
