using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Formwork.Json;
using Formwork.Reporting.Internal;

namespace Formwork.Reporting;

/// <summary>
/// The result of a report: columns (column keys × measures), rows (row keys, subtotals, grand total) and cells.
/// Serialises to JSON (<see cref="ToJson(int, int)"/>, paged), feeds charts (<see cref="ReportCharts"/>) and exports
/// (<see cref="ReportExport"/>), and is the starting point of drill-down (<see cref="ReportEngine"/>).
/// </summary>
public sealed class ReportResult
{
    internal ReportResult(ReportDefinition definition, IReadOnlyList<string> rowDimensions, IReadOnlyList<string> columnDimensions, IReadOnlyList<ResultColumn> columns, IReadOnlyList<ResultRow> rows, int recordCount, RunContext? context)
    {
        Definition = definition;
        RowDimensions = rowDimensions;
        ColumnDimensions = columnDimensions;
        Columns = columns;
        Rows = rows;
        RecordCount = recordCount;
        Context = context;
    }

    /// <summary>Gets the definition that produced the result.</summary>
    public ReportDefinition Definition { get; }

    /// <summary>Gets the captions of the row dimensions.</summary>
    public IReadOnlyList<string> RowDimensions { get; }

    /// <summary>Gets the captions of the column dimensions.</summary>
    public IReadOnlyList<string> ColumnDimensions { get; }

    /// <summary>Gets the columns; each row has one cell per column.</summary>
    public IReadOnlyList<ResultColumn> Columns { get; }

    /// <summary>Gets the rows: detail rows, subtotal rows after their children, the grand total row last.</summary>
    public IReadOnlyList<ResultRow> Rows { get; }

    /// <summary>Gets the grand total row, when the report has one.</summary>
    public ResultRow? GrandTotal => Rows.Count > 0 && Rows[^1].Level == 0 ? Rows[^1] : null;

    /// <summary>Gets how many rows were aggregated (after row-level scope and filters).</summary>
    public int RecordCount { get; }

    internal RunContext? Context { get; }

    /// <summary>Returns the cell of a row for a measure in the grand total column (or the only column set).</summary>
    /// <param name="row">The row.</param>
    /// <param name="measureId">The measure id.</param>
    /// <returns>The cell value.</returns>
    public Value GetCell(ResultRow row, string measureId)
    {
        ArgumentNullException.ThrowIfNull(row);
        var index = IndexOf(c => c.Level == 0 && c.MeasureId == measureId);
        return row.Cells[index];
    }

    /// <summary>Returns the cell of a row for a measure under given column keys (labels of the column dimensions).</summary>
    /// <param name="row">The row.</param>
    /// <param name="measureId">The measure id.</param>
    /// <param name="columnLabels">The labels of the column keys, outermost first; fewer labels address a subtotal column.</param>
    /// <returns>The cell value.</returns>
    public Value GetCell(ResultRow row, string measureId, params string[] columnLabels)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(columnLabels);
        var index = IndexOf(c => c.MeasureId == measureId && c.Level == columnLabels.Length && c.Labels.Take(c.Level).SequenceEqual(columnLabels));
        return row.Cells[index];
    }

    /// <summary>Finds the detail or subtotal row with the given key labels (fewer labels address a subtotal row).</summary>
    /// <param name="labels">The labels of the row keys, outermost first; none for the grand total.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public ResultRow? FindRow(params string[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return Rows.FirstOrDefault(r => r.Level == labels.Length && r.Labels.Take(r.Level).SequenceEqual(labels));
    }

    /// <summary>Serialises the result (or one page of its rows) to JSON.</summary>
    /// <param name="skip">How many rows to skip.</param>
    /// <param name="take">How many rows to write at most.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(int skip = 0, int take = int.MaxValue)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteJson(writer, skip, take);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the result (or one page of its rows) as JSON.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="skip">How many rows to skip.</param>
    /// <param name="take">How many rows to write at most.</param>
    public void WriteJson(Utf8JsonWriter writer, int skip = 0, int take = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        writer.WriteStartObject();
        writer.WriteString("report", Definition.Id);
        if (Definition.Title is { } title)
        {
            writer.WriteString("title", title);
        }

        writer.WriteNumber("recordCount", RecordCount);
        WriteStrings(writer, "rowDimensions", RowDimensions);
        WriteStrings(writer, "columnDimensions", ColumnDimensions);
        writer.WriteStartArray("columns");
        foreach (var column in Columns)
        {
            writer.WriteStartObject();
            WriteValues(writer, "keys", column.Keys);
            WriteStrings(writer, "labels", column.Labels);
            writer.WriteNumber("level", column.Level);
            writer.WriteString("measure", column.MeasureId);
            writer.WriteString("title", column.Title);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("totalRows", Rows.Count);
        writer.WriteNumber("skip", skip);
        writer.WriteStartArray("rows");
        foreach (var row in Rows.Skip(skip).Take(take))
        {
            writer.WriteStartObject();
            WriteValues(writer, "keys", row.Keys);
            WriteStrings(writer, "labels", row.Labels);
            writer.WriteNumber("level", row.Level);
            writer.WriteBoolean("total", row.IsTotal);
            if (row.IsOthers)
            {
                writer.WriteBoolean("others", true);
            }

            WriteValues(writer, "cells", row.Cells);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private int IndexOf(Func<ResultColumn, bool> match)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (match(Columns[i]))
            {
                return i;
            }
        }

        throw new KeyNotFoundException("The result has no such column.");
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteValues(Utf8JsonWriter writer, string name, IEnumerable<Value> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            ValueJson.WritePlain(writer, value);
        }

        writer.WriteEndArray();
    }
}
