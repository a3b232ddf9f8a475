using System.Collections.Generic;

namespace Formwork.Forms;

/// <summary>
/// The type-specific settings of a field (JSON: the field's <c>settings</c> object). Each setting applies to the
/// field types named in its documentation; the loader refuses a setting that does not apply.
/// </summary>
public sealed record FieldSettings
{
    /// <summary>Gets the empty settings.</summary>
    public static FieldSettings None { get; } = new();

    /// <summary>Gets the minimum text length (text, textarea, richText, email, url, phone).</summary>
    public int? MinLength { get; init; }

    /// <summary>Gets the maximum text length (text, textarea, richText, email, url, phone).</summary>
    public int? MaxLength { get; init; }

    /// <summary>Gets the minimum value (number, money, percent, rating) or number of selected options (multiSelect).</summary>
    public decimal? Min { get; init; }

    /// <summary>Gets the maximum value (number, money, percent; rating: the number of stars, default 5) or selected options (multiSelect).</summary>
    public decimal? Max { get; init; }

    /// <summary>Gets the number of decimal places kept (number, money, percent); money defaults to 2.</summary>
    public int? Scale { get; init; }

    /// <summary>Gets the ISO 4217 currency of a money field, such as <c>CNY</c>.</summary>
    public string? Currency { get; init; }

    /// <summary>Gets the options (select, multiSelect, cascade).</summary>
    public IReadOnlyList<FieldOption>? Options { get; init; }

    /// <summary>Gets a regular expression the text must match (text, textarea); checked with a match timeout.</summary>
    public string? Pattern { get; init; }

    /// <summary>Gets the English message shown when <see cref="Pattern"/> does not match.</summary>
    public string? PatternMessage { get; init; }

    /// <summary>Gets the Chinese message shown when <see cref="Pattern"/> does not match.</summary>
    public string? PatternMessageChinese { get; init; }

    /// <summary>Gets the format check of a text field; phone fields take <c>mobile</c>, <c>landline</c> or <c>phone</c> (default).</summary>
    public TextFormat? Format { get; init; }

    /// <summary>Gets a value indicating whether no two records may hold the same non-blank value (checked through the record store).</summary>
    public bool Unique { get; init; }

    /// <summary>Gets a value indicating whether several values are allowed (user, department, relation).</summary>
    public bool Multiple { get; init; }

    /// <summary>Gets the minimum number of rows (subform).</summary>
    public int? MinRows { get; init; }

    /// <summary>Gets the maximum number of rows (subform) .</summary>
    public int? MaxRows { get; init; }

    /// <summary>Gets the maximum number of files (attachment, image).</summary>
    public int? MaxFiles { get; init; }

    /// <summary>Gets the maximum size of one file in bytes (attachment, image).</summary>
    public long? MaxFileSize { get; init; }

    /// <summary>Gets the allowed content types such as <c>image/png</c> or <c>image/*</c> (attachment, image).</summary>
    public IReadOnlyList<string>? ContentTypes { get; init; }

    /// <summary>Gets the pattern of a serial number, such as <c>HT-{yyyyMMdd}-{0000}</c>.</summary>
    public string? SerialPattern { get; init; }

    /// <summary>Gets the id of the form a relation field links to.</summary>
    public string? RelatedForm { get; init; }

    /// <summary>Gets the source of a lookup field: <c>relationField.field</c>, such as <c>customer.level</c>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the value kind of a lookup or computed field when it cannot be inferred.</summary>
    public ValueKind? ResultKind { get; init; }

    /// <summary>Gets the text of a description field.</summary>
    public string? Content { get; init; }
}
