using System.Collections.Generic;
using Formwork.Forms;

namespace CustomerPortal.Scenarios;

/// <summary>What S7 produced: the three customer imports' results, how many customers the store held after each, and the contracts import.</summary>
public sealed record S7Outcome
{
    /// <summary>The exported file.</summary>
    public required string CsvPath { get; init; }

    /// <summary>Data rows in the file (without the header).</summary>
    public required int RowsInFile { get; init; }

    /// <summary>The all-or-nothing attempt.</summary>
    public required ImportResult AllOrNothing { get; init; }

    /// <summary>Customers stored after the all-or-nothing attempt (0: nothing half-written).</summary>
    public required int StoredAfterAllOrNothing { get; init; }

    /// <summary>The valid-rows-only import.</summary>
    public required ImportResult ValidRowsOnly { get; init; }

    /// <summary>Customers stored after it.</summary>
    public required int StoredAfterValidRowsOnly { get; init; }

    /// <summary>The corrections import (upsert by phone).</summary>
    public required ImportResult Corrections { get; init; }

    /// <summary>Customers stored at the end.</summary>
    public required int StoredAtEnd { get; init; }

    /// <summary>The contracts file (one row per contract line).</summary>
    public required string ContractsCsvPath { get; init; }

    /// <summary>Data rows in the contracts file.</summary>
    public required int ContractRowsInFile { get; init; }

    /// <summary>The contracts import (rows grouped into contracts with their lines).</summary>
    public required ImportResult Contracts { get; init; }

    /// <summary>The contracts the import stored, with their lines and computed amounts.</summary>
    public required IReadOnlyList<Formwork.RecordData> ImportedContracts { get; init; }
}
