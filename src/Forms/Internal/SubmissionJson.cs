using System;
using System.Collections.Generic;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Json;

namespace Formwork.Forms.Internal;

/// <summary>Reads a submission from plain JSON using the form's fields: objects become one-row tables for address, location and file fields.</summary>
internal static class SubmissionJson
{
    public static RecordData Read(CompiledForm form, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormworkException(Diagnostic.Error(FormMessages.InvalidJson, "$", null, ("error", "a submission must be a JSON object")));
            }

            return ReadObject(document.RootElement, form.Fields, "$");
        }
        catch (JsonException ex)
        {
            throw new FormworkException(Diagnostic.Error(FormMessages.InvalidJson, ex.Path ?? "$", null, ("error", ex.Message)));
        }
    }

    private static RecordData ReadObject(JsonElement element, IReadOnlyList<CompiledField> fields, string path)
    {
        var data = new RecordData();
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Length == 0)
            {
                continue;
            }

            var propertyPath = path + "." + property.Name;
            CompiledField? field = null;
            foreach (var candidate in fields)
            {
                if (string.Equals(candidate.Name, property.Name, StringComparison.OrdinalIgnoreCase))
                {
                    field = candidate;
                    break;
                }
            }

            data[field?.Name ?? property.Name] = field is { Kind: ValueKind.Table } ? ReadTable(property.Value, field, propertyPath) : ReadPlain(property.Value, propertyPath);
        }

        return data;
    }

    private static Value ReadTable(JsonElement element, CompiledField field, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return Value.FromTable([ReadObject(element, field.Fields, path)]);
            case JsonValueKind.Array:
                var rows = new List<RecordData>();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        throw new FormworkException(Diagnostic.Error(FormMessages.WrongValueType, $"{path}[{index}]", null, ("label", field.Label), ("value", item.GetRawText()), ("expected", "object"), ("expectedZh", "对象")));
                    }

                    rows.Add(ReadObject(item, field.Fields, $"{path}[{index++}]"));
                }

                return Value.FromTable(rows);
            default:
                return ReadPlain(element, path);
        }
    }

    private static Value ReadPlain(JsonElement element, string path)
    {
        try
        {
            return ValueJson.ReadPlain(element, null, path);
        }
        catch (JsonException ex)
        {
            throw new FormworkException(Diagnostic.Error(FormMessages.InvalidJson, path, null, ("error", ex.Message)));
        }
    }
}
