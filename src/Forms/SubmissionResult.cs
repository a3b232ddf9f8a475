using System.Collections.Generic;
using Formwork.Diagnostics;
using Formwork.Stores;

namespace Formwork.Forms;

/// <summary>
/// The outcome of a submission (or of a validate-only call): the normalised, computed data and either the stored
/// record or every error, each with a field path such as <c>lines[2].quantity</c>, a stable code and messages in
/// English and Chinese.
/// </summary>
public sealed class SubmissionResult
{
    internal SubmissionResult(RecordData data, IReadOnlyList<Diagnostic> errors, StoredRecord? record)
    {
        Data = data;
        Errors = errors;
        Record = record;
    }

    /// <summary>Gets a value indicating whether the submission is valid (and, for a submit, stored).</summary>
    public bool Success => Errors.Count == 0;

    /// <summary>Gets the normalised data with defaults and computed values.</summary>
    public RecordData Data { get; }

    /// <summary>Gets every error; empty on success.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }

    /// <summary>Gets the stored record after a successful submit; <see langword="null"/> for validate-only calls and failures.</summary>
    public StoredRecord? Record { get; }
}
