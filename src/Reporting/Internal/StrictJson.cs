using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Json;

namespace Formwork.Reporting.Internal;

/// <summary>Reads JSON objects strictly: unknown properties and wrong types become diagnostics with paths.</summary>
internal sealed class StrictJson
{
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Parses a definition's text; malformed JSON becomes the one diagnostic <c>FWR0001</c> at <c>$</c>.</summary>
    public static bool TryParse(string json, [NotNullWhen(true)] out JsonDocument? document, out IReadOnlyList<Diagnostic> diagnostics)
    {
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            diagnostics = [];
            return true;
        }
        catch (JsonException ex)
        {
            document = null;
            diagnostics = [Diagnostic.Error(ReportingMessages.InvalidJson, "$", null, ("error", ex.Message))];
            return false;
        }
    }

    public bool Object(JsonElement element, string path, string name, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            WrongType(path, name, "an object");
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                Diagnostics.Add(Diagnostic.Error(ReportingMessages.UnknownProperty, ValueJson.PathOf(path, property.Name), null, ("name", property.Name)));
            }
        }

        return true;
    }

    public static bool Has(JsonElement element, string name, out JsonElement value) =>
        element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    public string? String(JsonElement parent, string name, string path, bool required = false)
    {
        if (!Has(parent, name, out var value))
        {
            if (required)
            {
                Diagnostics.Add(Diagnostic.Error(ReportingMessages.Required, ValueJson.PathOf(path, name), null, ("name", name)));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(ValueJson.PathOf(path, name), name, "a string");
            return null;
        }

        return value.GetString();
    }

    public bool? Boolean(JsonElement parent, string name, string path)
    {
        if (!Has(parent, name, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            WrongType(ValueJson.PathOf(path, name), name, "a boolean");
            return null;
        }

        return value.GetBoolean();
    }

    public int? Integer(JsonElement parent, string name, string path)
    {
        if (!Has(parent, name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            WrongType(ValueJson.PathOf(path, name), name, "a whole number");
            return null;
        }

        return number;
    }

    public decimal? Number(JsonElement parent, string name, string path)
    {
        if (!Has(parent, name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
        {
            WrongType(ValueJson.PathOf(path, name), name, "a number");
            return null;
        }

        return number;
    }

    public T? Choice<T>(JsonElement parent, string name, string path, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        var text = String(parent, name, path);
        if (text is null)
        {
            return null;
        }

        if (choices.TryGetValue(text, out var choice))
        {
            return choice;
        }

        Diagnostics.Add(Diagnostic.Error(ReportingMessages.InvalidChoice, ValueJson.PathOf(path, name), null,
            ("value", text), ("name", name), ("allowed", string.Join(", ", choices.Keys))));
        return null;
    }

    public IEnumerable<(JsonElement Element, string Path)> Array(JsonElement parent, string name, string path)
    {
        if (!Has(parent, name, out var value))
        {
            yield break;
        }

        var arrayPath = ValueJson.PathOf(path, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            WrongType(arrayPath, name, "an array");
            yield break;
        }

        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return (item, arrayPath + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            i++;
        }
    }

    public Value Value(JsonElement element, string path)
    {
        if (element.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            WrongType(path, "value", "a string, number, boolean or null");
            return default;
        }

        try
        {
            return ValueJson.ReadPlain(element, null, path);
        }
        catch (JsonException)
        {
            WrongType(path, "value", "a string, number, boolean or null");
            return default;
        }
    }

    public void WrongType(string path, string name, string expected) =>
        Diagnostics.Add(Diagnostic.Error(ReportingMessages.WrongType, path, null, ("name", name), ("expected", expected)));
}
