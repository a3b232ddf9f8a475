using System.Collections.Generic;
using System.Text;
using Formwork.Identity;

namespace Formwork.Forms;

/// <summary>How to import a file: the actor, the mode, the key fields for upserts and the file details.</summary>
public sealed record ImportOptions
{
    /// <summary>Gets the actor the records are written as (defaults, permissions, audit).</summary>
    public required Actor Actor { get; init; }

    /// <summary>Gets what to do with invalid rows.</summary>
    /// <value>The default value is <see cref="ImportMode.AllOrNothing"/>.</value>
    public ImportMode Mode { get; init; } = ImportMode.AllOrNothing;

    /// <summary>Gets the fields that identify a record: a row whose key matches a stored record updates it (upsert); empty always inserts.</summary>
    public IReadOnlyList<string> KeyFields { get; init; } = [];

    /// <summary>Gets the permission profile to enforce, or <see langword="null"/>.</summary>
    public string? Profile { get; init; }

    /// <summary>Gets the sheet of an XLSX file to read; <see langword="null"/> reads the first sheet.</summary>
    public string? SheetName { get; init; }

    /// <summary>
    /// Gets the encoding of a CSV file without a byte order mark; <see langword="null"/> detects it: UTF-8 when the
    /// first 64 KB are valid UTF-8, else GB18030 (which reads GBK and GB2312 files, as saved by Chinese Excel).
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Gets the number of records written per store batch in <see cref="ImportMode.ValidRowsOnly"/> mode.</summary>
    /// <value>The default value is 1000.</value>
    public int BatchSize { get; init; } = 1000;
}
