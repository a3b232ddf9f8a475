using System;
using System.Collections.Generic;

namespace Formwork.Rules.Internal.Records;

/// <summary>
/// Lets the compiler hash-index a join on a JSON formula of the shape <c>field = alias.field</c>. The keys are coarser
/// than the formula's equality (formula-equal values always get equal keys), and the formula stays the join test, so
/// indexing never changes the result.
/// </summary>
internal sealed class JoinIndexHint(Declaration other, Func<object?, object?> ownKey, Func<object?, object?> otherKey)
{
    public Declaration Other { get; } = other;

    public Func<object?, object?> OwnKey { get; } = ownKey;

    public Func<object?, object?> OtherKey { get; } = otherKey;

    /// <summary>The key of a field of a record fact; <paramref name="field"/> null for the record id.</summary>
    public static Func<object?, object?> FieldKey(string? field) => fact => fact is RecordFact record
        ? Of(field is null ? Value.FromText(record.Id) : record.Data[field])
        : new object();

    /// <summary>
    /// The key of a value under the formula language's <c>=</c>: text compares case-insensitively; blank equals "",
    /// 0 and FALSE, so blank, "", FALSE and every number or date share one key; errors and lists equal nothing.
    /// </summary>
    public static object Of(Value value) => value.Kind switch
    {
        ValueKind.Text when value.AsText().Length > 0 => new TextKey(value.AsText()),
        ValueKind.Boolean when value.AsBoolean() => TrueKey,
        ValueKind.Blank or ValueKind.Text or ValueKind.Boolean or ValueKind.Number or ValueKind.Date or ValueKind.DateTime or ValueKind.Time => BlankLikeKey,
        _ => new object(),
    };

    private static readonly object TrueKey = new();

    private static readonly object BlankLikeKey = new();

    private sealed class TextKey(string text) : IEquatable<TextKey>
    {
        private readonly string _text = text;

        public bool Equals(TextKey? other) => other is not null && string.Equals(_text, other._text, StringComparison.OrdinalIgnoreCase);

        public override bool Equals(object? obj) => Equals(obj as TextKey);

        public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_text);
    }
}
