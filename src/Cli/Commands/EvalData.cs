using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Formwork.Expressions;
using Formwork.Json;

namespace Formwork.Cli.Commands;

/// <summary>
/// The scope and slot values of <c>formwork eval</c>, read from <c>--data</c> (plain JSON) and <c>--schema</c> (field kinds).
/// Arrays of objects are subforms, objects are related records (passed to the formula as a one-row table), other
/// values are fields whose kind comes from the schema or, without one, from the JSON shape.
/// </summary>
internal sealed class EvalData
{
    private EvalData(FormulaScope scope, Value[] slots)
    {
        Scope = scope;
        Slots = slots;
    }

    public FormulaScope Scope { get; }

    public Value[] Slots { get; }

    /// <summary>Reads the data and schema.</summary>
    /// <exception cref="JsonException">Malformed JSON, an unknown kind, or a value that does not fit its declared kind; the message names the JSON path.</exception>
    public static EvalData Read(string? dataJson, string? schemaJson)
    {
        using var data = Parse(dataJson, "--data");
        using var schema = Parse(schemaJson, "--schema");
        var scope = new FormulaScope();
        var slots = new List<Value>();
        var schemaRoot = schema?.RootElement;
        if (data is not null)
        {
            foreach (var property in data.RootElement.EnumerateObject())
            {
                JsonElement? declared = schemaRoot is { } s && s.TryGetProperty(property.Name, out var d) ? d : null;
                slots.Add(AddEntry(scope, property.Name, property.Value, declared, "$." + property.Name));
            }
        }

        if (schemaRoot is { } root)
        {
            foreach (var property in root.EnumerateObject())
            {
                if (scope.TryGetEntry(property.Name, out _))
                {
                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.Object)
                {
                    scope.AddTable(property.Name, RowScope(property.Value, [], "$schema." + property.Name));
                }
                else
                {
                    scope.AddField(property.Name, Kind(property.Value, "$schema." + property.Name));
                }

                slots.Add(Value.Blank);
            }
        }

        return new EvalData(scope, slots.ToArray());
    }

    private static JsonDocument? Parse(string? json, string option)
    {
        if (json is null)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new JsonException($"{option} is not valid JSON: {ex.Message} / {option} 不是有效的 JSON。", ex);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new JsonException($"{option} must be a JSON object such as '{{\"quantity\":3}}'. / {option} 必须是 JSON 对象。");
        }

        return document;
    }

    private static Value AddEntry(FormulaScope scope, string name, JsonElement value, JsonElement? declared, string path)
    {
        if (name.Length == 0)
        {
            throw new JsonException($"At {path}: a field name must not be empty. / {path}：字段名不能为空。");
        }

        var declaredTable = declared is { ValueKind: JsonValueKind.Object };
        if (value.ValueKind == JsonValueKind.Array
            && (value.GetArrayLength() > 0 ? value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object) : declaredTable))
        {
            var rows = value.EnumerateArray().ToArray();
            var rowSchema = declared is { ValueKind: JsonValueKind.Object } r ? r : (JsonElement?)null;
            var rowScope = RowScope(rowSchema, rows, path);
            var records = rows.Select((row, i) => ReadRow(row, rowScope, $"{path}[{i}]")).ToArray();
            scope.AddTable(name, rowScope);
            return Value.FromTable(records);
        }

        if (value.ValueKind == JsonValueKind.Object && !IsErrorObject(value))
        {
            var recordSchema = declared is { ValueKind: JsonValueKind.Object } r ? r : (JsonElement?)null;
            var recordScope = RowScope(recordSchema, [value], path);
            scope.AddRecord(name, recordScope);
            return Value.FromTable([ReadRow(value, recordScope, path)]);
        }

        var kind = declared is { } d && d.ValueKind == JsonValueKind.String ? Kind(d, "$schema." + name) : Shape(value);
        scope.AddField(name, kind);
        return ValueJson.ReadPlain(value, declared is null ? null : kind, path);
    }

    private static FormulaScope RowScope(JsonElement? schema, JsonElement[] rows, string path)
    {
        var scope = new FormulaScope();
        if (schema is { } s)
        {
            foreach (var property in s.EnumerateObject())
            {
                scope.AddField(property.Name, Kind(property.Value, path + "." + property.Name));
            }
        }

        foreach (var row in rows)
        {
            foreach (var property in row.EnumerateObject())
            {
                if (property.Name.Length > 0 && !scope.TryGetEntry(property.Name, out _))
                {
                    scope.AddField(property.Name, Shape(property.Value));
                }
            }
        }

        return scope;
    }

    private static RecordData ReadRow(JsonElement row, FormulaScope scope, string path)
    {
        var record = new RecordData();
        foreach (var property in row.EnumerateObject())
        {
            if (property.Name.Length == 0)
            {
                throw new JsonException($"At {path}: a field name must not be empty. / {path}：字段名不能为空。");
            }

            scope.TryGetEntry(property.Name, out var entry);
            var expected = entry is { ValueKind: not (ValueKind.Text or ValueKind.Number or ValueKind.Boolean) } ? entry.ValueKind : (ValueKind?)null;
            record[property.Name] = ValueJson.ReadPlain(property.Value, expected, path + "." + property.Name);
        }

        return record.Freeze();
    }

    private static bool IsErrorObject(JsonElement value) =>
        value.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String && value.EnumerateObject().Count() == 1;

    private static ValueKind Shape(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => ValueKind.Number,
        JsonValueKind.True or JsonValueKind.False => ValueKind.Boolean,
        JsonValueKind.Array => ValueKind.List,
        JsonValueKind.Object => ValueKind.Error,
        _ => ValueKind.Text,
    };

    private static ValueKind Kind(JsonElement declared, string path)
    {
        var text = declared.ValueKind == JsonValueKind.String ? declared.GetString() : null;
        return text?.ToUpperInvariant() switch
        {
            "NUMBER" => ValueKind.Number,
            "TEXT" or "STRING" => ValueKind.Text,
            "BOOLEAN" => ValueKind.Boolean,
            "DATE" => ValueKind.Date,
            "DATETIME" or "DATE-TIME" => ValueKind.DateTime,
            "TIME" => ValueKind.Time,
            "LIST" => ValueKind.List,
            _ => throw new JsonException($"At {path}: unknown field kind {declared.GetRawText()}; expected number, text, boolean, date, datetime, time or list. / {path}：未知的字段类型 {declared.GetRawText()}。"),
        };
    }
}
