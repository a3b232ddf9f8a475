using System;

namespace Formwork.Rules;

/// <summary>
/// A form record as a fact: the form name, the record id and its field values. JSON rules and decision tables match
/// these; their actions change <see cref="Data"/> and update the fact, or insert new records.
/// </summary>
public sealed class RecordFact
{
    /// <summary>Creates a record fact.</summary>
    /// <param name="form">The form name, such as <c>lead</c>.</param>
    /// <param name="id">The record id.</param>
    /// <param name="data">The field values; the rules change them in place (a frozen record is copied).</param>
    public RecordFact(string form, string id, RecordData data)
    {
        ArgumentException.ThrowIfNullOrEmpty(form);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(data);
        Form = form;
        Id = id;
        Data = data.IsFrozen ? data.Clone() : data;
    }

    /// <summary>Gets the form name.</summary>
    public string Form { get; }

    /// <summary>Gets the record id.</summary>
    public string Id { get; }

    /// <summary>Gets the field values.</summary>
    public RecordData Data { get; }

    /// <summary>Gets or sets a value indicating whether a rule created the record in this session.</summary>
    public bool Created { get; set; }

    /// <summary>Gets or sets a value indicating whether a rule changed the record's data in this session.</summary>
    public bool Changed { get; set; }

    /// <summary>Returns <c>form/id</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Form + "/" + Id;
}
