using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Formwork.Json;

namespace Formwork.Forms.Internal;

/// <summary>Writes a definition as JSON in the documented format; properties in a fixed order and defaults left out, so the output is stable.</summary>
internal static class DefinitionWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(FormDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", "form");
            writer.WriteString("id", definition.Id);
            writer.WriteNumber("version", definition.Version);
            WriteOptional(writer, "title", definition.Title);
            WriteOptional(writer, "description", definition.Description);
            writer.WriteStartArray("fields");
            foreach (var field in definition.Fields)
            {
                WriteField(writer, field);
            }

            writer.WriteEndArray();
            if (definition.Rules.Count > 0)
            {
                writer.WriteStartArray("rules");
                foreach (var rule in definition.Rules)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", rule.Name);
                    writer.WriteString("condition", rule.Condition);
                    writer.WriteString("message", rule.Message);
                    WriteOptional(writer, "messageChinese", rule.MessageChinese);
                    WriteOptional(writer, "field", rule.Field);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (definition.Permissions.Count > 0)
            {
                writer.WriteStartArray("permissions");
                foreach (var profile in definition.Permissions)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", profile.Name);
                    if (profile.Roles.Count > 0)
                    {
                        writer.WriteStartArray("roles");
                        foreach (var role in profile.Roles)
                        {
                            writer.WriteStringValue(role);
                        }

                        writer.WriteEndArray();
                    }

                    if (profile.Default != FieldAccess.Editable)
                    {
                        writer.WriteString("default", Camel(profile.Default.ToString()));
                    }

                    if (profile.Records != RecordScope.All)
                    {
                        writer.WriteString("records", Camel(profile.Records.ToString()));
                    }

                    writer.WriteStartObject("fields");
                    foreach (var (field, access) in profile.Fields)
                    {
                        writer.WriteString(field, Camel(access.ToString()));
                    }

                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (definition.DefaultProfile is not null)
            {
                writer.WriteString("defaultProfile", definition.DefaultProfile);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteField(Utf8JsonWriter writer, FieldDefinition field)
    {
        writer.WriteStartObject();
        writer.WriteString("name", field.Name);
        writer.WriteString("type", FieldKinds.JsonName(field.Type));
        WriteOptional(writer, "label", field.Label);
        WriteStrings(writer, "aliases", field.Aliases);
        WriteOptional(writer, "help", field.Help);
        if (field.Required)
        {
            writer.WriteBoolean("required", true);
        }

        WriteOptional(writer, "requiredIf", field.RequiredIf);
        WriteOptional(writer, "visibleIf", field.VisibleIf);
        WriteOptional(writer, "readOnlyIf", field.ReadOnlyIf);
        if (field.Default is { } d)
        {
            writer.WriteStartObject("default");
            switch (d.Source)
            {
                case DefaultSource.Formula:
                    writer.WriteString("formula", d.Formula);
                    break;
                case DefaultSource.CurrentUser:
                    writer.WriteString("source", "currentUser");
                    break;
                case DefaultSource.CurrentDepartment:
                    writer.WriteString("source", "currentDepartment");
                    break;
                default:
                    writer.WritePropertyName("value");
                    ValueJson.WritePlain(writer, d.Value);
                    break;
            }

            writer.WriteEndObject();
        }

        WriteOptional(writer, "formula", field.Formula);
        WriteSettings(writer, field.Settings);
        if (field.Fields.Count > 0)
        {
            writer.WriteStartArray("fields");
            foreach (var child in field.Fields)
            {
                WriteField(writer, child);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteSettings(Utf8JsonWriter writer, FieldSettings s)
    {
        if (s == FieldSettings.None || s.Equals(FieldSettings.None))
        {
            return;
        }

        writer.WriteStartObject("settings");
        WriteNumber(writer, "minLength", s.MinLength);
        WriteNumber(writer, "maxLength", s.MaxLength);
        WriteNumber(writer, "min", s.Min);
        WriteNumber(writer, "max", s.Max);
        WriteNumber(writer, "scale", s.Scale);
        WriteOptional(writer, "currency", s.Currency);
        if (s.Options is { } options)
        {
            WriteOptions(writer, "options", options);
        }

        WriteOptional(writer, "pattern", s.Pattern);
        WriteOptional(writer, "patternMessage", s.PatternMessage);
        WriteOptional(writer, "patternMessageChinese", s.PatternMessageChinese);
        WriteOptional(writer, "format", s.Format is { } f ? Camel(f.ToString()) : null);
        if (s.Unique)
        {
            writer.WriteBoolean("unique", true);
        }

        if (s.Multiple)
        {
            writer.WriteBoolean("multiple", true);
        }

        WriteNumber(writer, "minRows", s.MinRows);
        WriteNumber(writer, "maxRows", s.MaxRows);
        WriteNumber(writer, "maxFiles", s.MaxFiles);
        WriteNumber(writer, "maxFileSize", s.MaxFileSize);
        if (s.ContentTypes is { } types)
        {
            WriteStrings(writer, "contentTypes", types, always: true);
        }

        WriteOptional(writer, "serialPattern", s.SerialPattern);
        WriteOptional(writer, "relatedForm", s.RelatedForm);
        WriteOptional(writer, "source", s.Source);
        WriteOptional(writer, "resultKind", s.ResultKind is { } k ? Camel(k.ToString()) : null);
        WriteOptional(writer, "content", s.Content);
        writer.WriteEndObject();
    }

    private static void WriteOptions(Utf8JsonWriter writer, string name, IReadOnlyList<FieldOption> options)
    {
        writer.WriteStartArray(name);
        foreach (var option in options)
        {
            writer.WriteStartObject();
            writer.WriteString("value", option.Value);
            if (option.Label != option.Value)
            {
                writer.WriteString("label", option.Label);
            }

            WriteOptional(writer, "color", option.Color);
            if (option.Disabled)
            {
                writer.WriteBoolean("disabled", true);
            }

            if (option.Children.Count > 0)
            {
                WriteOptions(writer, "children", option.Children);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values, bool always = false)
    {
        if (values.Count == 0 && !always)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
