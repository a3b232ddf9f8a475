using System.Collections.Generic;
using System.Linq;
using Formwork.Diagnostics;

namespace Formwork.Forms;

/// <summary>The outcome of an import: how many records were inserted, updated and skipped, and every bad row.</summary>
public sealed class ImportResult
{
    internal ImportResult(int imported, int updated, int skipped, IReadOnlyList<ImportRowError> errors, IReadOnlyList<Diagnostic> diagnostics)
    {
        Imported = imported;
        Updated = updated;
        Skipped = skipped;
        Errors = errors;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the number of records inserted (one per data row, or per group of rows when the file has flat subform columns such as <c>明细.产品</c>).</summary>
    public int Imported { get; }

    /// <summary>Gets the number of stored records updated (upsert by key fields).</summary>
    public int Updated { get; }

    /// <summary>Gets the number of data rows not written (records, when the file's rows are grouped by flat subform columns).</summary>
    public int Skipped { get; }

    /// <summary>Gets every problem of every bad row.</summary>
    public IReadOnlyList<ImportRowError> Errors { get; }

    /// <summary>Gets file-level diagnostics: unreadable file, missing key columns (errors), ignored columns (warnings).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether every row was written.</summary>
    public bool Success => Errors.Count == 0 && !Diagnostics.Any(d => d.IsError);
}
