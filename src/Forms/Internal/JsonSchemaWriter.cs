using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Formwork.Forms.Internal;

/// <summary>Writes the JSON Schema (draft 2020-12) of a form's submissions: one property per value field, in plain JSON.</summary>
internal static class JsonSchemaWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(CompiledForm form)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            writer.WriteString("$id", $"urn:formwork:form:{form.Id}:{form.Version}");
            writer.WriteString("title", form.Title);
            if (form.Definition.Description is { } description)
            {
                writer.WriteString("description", description);
            }

            WriteObjectBody(writer, form.Fields);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteObjectBody(Utf8JsonWriter writer, IReadOnlyList<CompiledField> fields)
    {
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var field in fields)
        {
            writer.WriteStartObject(field.Name);
            writer.WriteString("title", field.Label);
            if (field.Definition.Help is { } help)
            {
                writer.WriteString("description", help);
            }

            if (field.IsComputed)
            {
                writer.WriteBoolean("readOnly", true);
            }

            WriteType(writer, field);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        var required = fields.Where(f => f.Definition.Required && !f.IsComputed).Select(f => f.Name).ToArray();
        if (required.Length > 0)
        {
            writer.WriteStartArray("required");
            foreach (var name in required)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
        }

        writer.WriteBoolean("additionalProperties", false);
    }

    private static void WriteType(Utf8JsonWriter writer, CompiledField field)
    {
        var s = field.Settings;
        switch (field.Type)
        {
            case FieldType.Subform:
                Types(writer, "array");
                writer.WriteStartObject("items");
                WriteObjectBody(writer, field.Fields);
                writer.WriteEndObject();
                Number(writer, "minItems", s.MinRows);
                Number(writer, "maxItems", s.MaxRows);
                return;
            case FieldType.Attachment or FieldType.Image:
                Types(writer, "array");
                writer.WriteStartObject("items");
                Structured(writer, field);
                writer.WriteEndObject();
                Number(writer, "maxItems", s.MaxFiles);
                return;
            case FieldType.Address or FieldType.Location:
                Types(writer, "object");
                Structured(writer, field, open: true);
                return;
            case FieldType.Select:
                Enum(writer, field, nullable: true);
                return;
            case FieldType.MultiSelect:
                Types(writer, "array");
                writer.WriteStartObject("items");
                Enum(writer, field, nullable: false);
                writer.WriteEndObject();
                writer.WriteBoolean("uniqueItems", true);
                Number(writer, "minItems", s.Min);
                Number(writer, "maxItems", s.Max);
                return;
            case FieldType.Cascade:
                Types(writer, "array");
                writer.WriteStartObject("items");
                writer.WriteString("type", "string");
                writer.WriteEndObject();
                return;
            case FieldType.Relation when !s.Multiple:
                Types(writer, "string", "object");
                return;
        }

        switch (field.Kind)
        {
            case ValueKind.Number:
                Types(writer, "number");
                Number(writer, "minimum", field.Type == FieldType.Rating ? s.Min ?? 0 : s.Min);
                Number(writer, "maximum", field.Type == FieldType.Rating ? s.Max ?? 5 : s.Max);
                break;
            case ValueKind.Boolean:
                Types(writer, "boolean");
                break;
            case ValueKind.Date:
                Types(writer, "string");
                writer.WriteString("format", "date");
                break;
            case ValueKind.DateTime:
                Types(writer, "string");
                writer.WriteString("format", "date-time");
                break;
            case ValueKind.Time:
                Types(writer, "string");
                writer.WriteString("pattern", "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?$");
                break;
            case ValueKind.List:
                Types(writer, "array");
                break;
            case ValueKind.Table:
                Types(writer, "array");
                break;
            default:
                Types(writer, "string");
                Number(writer, "minLength", s.MinLength);
                Number(writer, "maxLength", s.MaxLength);
                if (s.Pattern is { } pattern)
                {
                    writer.WriteString("pattern", pattern);
                }

                var format = field.Type switch
                {
                    FieldType.Email => "email",
                    FieldType.Url => "uri",
                    _ => s.Format switch { TextFormat.Email => "email", TextFormat.Url => "uri", _ => null },
                };
                if (format is not null)
                {
                    writer.WriteString("format", format);
                }

                break;
        }
    }

    private static void Structured(Utf8JsonWriter writer, CompiledField field, bool open = false)
    {
        if (!open)
        {
            writer.WriteString("type", "object");
        }

        writer.WriteStartObject("properties");
        foreach (var (name, kind) in FieldKinds.StructuredColumns(field.Type))
        {
            writer.WriteStartObject(name);
            writer.WriteString("type", kind == ValueKind.Number ? "number" : "string");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void Enum(Utf8JsonWriter writer, CompiledField field, bool nullable)
    {
        writer.WriteStartArray("enum");
        foreach (var option in field.Settings.Options ?? [])
        {
            writer.WriteStringValue(option.Value);
        }

        if (nullable)
        {
            writer.WriteNullValue();
        }

        writer.WriteEndArray();
    }

    private static void Types(Utf8JsonWriter writer, params string[] types)
    {
        writer.WriteStartArray("type");
        foreach (var type in types)
        {
            writer.WriteStringValue(type);
        }

        writer.WriteStringValue("null");
        writer.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }
}
