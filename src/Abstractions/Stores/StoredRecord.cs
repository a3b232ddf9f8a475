using System;
using System.Collections.Generic;

namespace Formwork.Stores;

/// <summary>One record of a form as stored: its data plus ownership, audit stamps and optimistic version.</summary>
public sealed record StoredRecord
{
    /// <summary>Gets the id of the form the record belongs to.</summary>
    public required string FormId { get; init; }

    /// <summary>Gets the record id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the version of the form definition the record was last written with.</summary>
    public int FormVersion { get; init; } = 1;

    /// <summary>Gets the record's version: 1 after insert, +1 on every update. Writers pass it back for optimistic concurrency.</summary>
    public long Version { get; init; }

    /// <summary>Gets the field values (frozen).</summary>
    public required RecordData Data { get; init; }

    /// <summary>Gets the user who owns the record (row-level scope "own records").</summary>
    public string? OwnerId { get; init; }

    /// <summary>Gets the owner's department (row-level scope "own department").</summary>
    public string? DepartmentId { get; init; }

    /// <summary>Gets when the record was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets who created the record.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>Gets when the record was last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Gets who last changed the record.</summary>
    public string? UpdatedBy { get; init; }

    /// <summary>
    /// Gets the record's unique keys, each a string the form engine builds from the key fields (such as
    /// <c>phone=13800138000</c>). The store refuses two records of one form with a common key.
    /// </summary>
    public IReadOnlyList<string> UniqueKeys { get; init; } = [];
}
