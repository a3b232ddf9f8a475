using System;
using System.Collections.Generic;
using System.Linq;

namespace Formwork.Forms.Internal;

/// <summary>What each field type is: JSON name, value kind, settings that apply, columns of structured values.</summary>
internal static class FieldKinds
{
    private static readonly (string Name, ValueKind Kind)[] FileColumns = [("name", ValueKind.Text), ("size", ValueKind.Number), ("contentType", ValueKind.Text), ("storageKey", ValueKind.Text)];
    private static readonly (string Name, ValueKind Kind)[] AddressColumns = [("province", ValueKind.Text), ("city", ValueKind.Text), ("district", ValueKind.Text), ("detail", ValueKind.Text)];
    private static readonly (string Name, ValueKind Kind)[] LocationColumns = [("lat", ValueKind.Number), ("lng", ValueKind.Number), ("address", ValueKind.Text)];

    private static readonly Dictionary<string, FieldType> ByJsonName = Enum.GetValues<FieldType>().ToDictionary(JsonName, t => t, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> JsonNames => ByJsonName.Keys;

    public static string JsonName(FieldType type) => type switch
    {
        FieldType.TextArea => "textarea",
        _ => char.ToLowerInvariant(type.ToString()[0]) + type.ToString()[1..],
    };

    public static bool TryParse(string name, out FieldType type) => ByJsonName.TryGetValue(name, out type);

    public static bool IsLayout(FieldType type) => type is FieldType.Section or FieldType.Description;

    public static bool IsTextual(FieldType type) => type is FieldType.Text or FieldType.TextArea or FieldType.RichText or FieldType.Email or FieldType.Phone or FieldType.IdNumber or FieldType.Url;

    public static bool IsNumeric(FieldType type) => type is FieldType.Number or FieldType.Money or FieldType.Percent or FieldType.Rating;

    public static bool IsFile(FieldType type) => type is FieldType.Attachment or FieldType.Image;

    public static ValueKind KindOf(FieldDefinition field, ValueKind? inferred = null) => field.Type switch
    {
        FieldType.Number or FieldType.Money or FieldType.Percent or FieldType.Rating => ValueKind.Number,
        FieldType.Boolean => ValueKind.Boolean,
        FieldType.Date => ValueKind.Date,
        FieldType.DateTime => ValueKind.DateTime,
        FieldType.Time => ValueKind.Time,
        FieldType.MultiSelect or FieldType.Cascade => ValueKind.List,
        FieldType.User or FieldType.Department => field.Settings.Multiple ? ValueKind.List : ValueKind.Text,
        FieldType.Relation => field.Settings.Multiple ? ValueKind.List : ValueKind.Reference,
        FieldType.Subform or FieldType.Attachment or FieldType.Image or FieldType.Address or FieldType.Location => ValueKind.Table,
        FieldType.Lookup => field.Settings.ResultKind ?? ValueKind.Text,
        FieldType.Computed => field.Settings.ResultKind ?? inferred ?? ValueKind.Text,
        FieldType.Section or FieldType.Description => ValueKind.Blank,
        _ => field.Formula is not null ? field.Settings.ResultKind ?? inferred ?? ValueKind.Text : ValueKind.Text,
    };

    public static IReadOnlyList<(string Name, ValueKind Kind)> StructuredColumns(FieldType type) => type switch
    {
        FieldType.Attachment or FieldType.Image => FileColumns,
        FieldType.Address => AddressColumns,
        FieldType.Location => LocationColumns,
        _ => [],
    };

    /// <summary>Returns whether a setting (by its JSON name) applies to a field type.</summary>
    public static bool Allows(FieldType type, string setting) => setting switch
    {
        "minLength" or "maxLength" => IsTextual(type),
        "min" or "max" => IsNumeric(type) || type == FieldType.MultiSelect,
        "scale" => type is FieldType.Number or FieldType.Money or FieldType.Percent or FieldType.Computed,
        "currency" => type == FieldType.Money,
        "options" => type is FieldType.Select or FieldType.MultiSelect or FieldType.Cascade,
        "pattern" or "patternMessage" or "patternMessageChinese" => type is FieldType.Text or FieldType.TextArea,
        "format" => type is FieldType.Text or FieldType.Phone,
        "unique" => type is FieldType.Text or FieldType.Email or FieldType.Phone or FieldType.IdNumber or FieldType.Url or FieldType.Number or FieldType.Select or FieldType.Date or FieldType.SerialNumber,
        "multiple" => type is FieldType.User or FieldType.Department or FieldType.Relation,
        "minRows" or "maxRows" => type == FieldType.Subform,
        "maxFiles" or "maxFileSize" or "contentTypes" => IsFile(type),
        "serialPattern" => type == FieldType.SerialNumber,
        "relatedForm" => type == FieldType.Relation,
        "source" => type == FieldType.Lookup,
        "resultKind" => type is FieldType.Lookup or FieldType.Computed,
        "content" => type == FieldType.Description,
        _ => false,
    };
}
