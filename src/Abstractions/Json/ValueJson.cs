using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Formwork.Json;

/// <summary>
/// Reads and writes <see cref="Value"/> as JSON, in two forms.
/// </summary>
/// <remarks>
/// <para><b>Typed</b> (the default converter of <see cref="Value"/> and <see cref="RecordData"/>): every kind
/// round-trips. Blank, booleans, numbers, text and lists are plain JSON; the other kinds are one-property objects:
/// <c>{"$date":"2024-01-31"}</c>, <c>{"$dateTime":"2024-01-31T10:00:00+08:00"}</c>, <c>{"$time":"09:30:00"}</c>,
/// <c>{"$table":[{...}]}</c>, <c>{"$ref":{"form":"customer","id":"c1"}}</c>, <c>{"$error":"#DIV/0!"}</c>.
/// Use it for storage, outbox payloads and anything Formwork reads back.</para>
/// <para><b>Plain</b>: what a front end sends and expects. Dates and date-times are ISO strings, tables are arrays of
/// objects, references are <c>{"form","id","display"}</c>, errors are <c>{"error":"#DIV/0!"}</c>. Reading plain JSON
/// needs the expected kind, because <c>"2024-01-31"</c> is text unless the field is a date.</para>
/// </remarks>
public static class ValueJson
{
    /// <summary>Writes a value in the typed (self-describing) form.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteTyped(Utf8JsonWriter writer, Value value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value.Kind)
        {
            case ValueKind.Date:
                WriteTagged(writer, "$date", value.ToString());
                break;
            case ValueKind.DateTime:
                WriteTagged(writer, "$dateTime", value.ToString());
                break;
            case ValueKind.Time:
                WriteTagged(writer, "$time", value.ToString());
                break;
            case ValueKind.Error:
                WriteTagged(writer, "$error", value.ToString());
                break;
            case ValueKind.List:
                writer.WriteStartArray();
                foreach (var item in value.AsList())
                {
                    WriteTyped(writer, item);
                }

                writer.WriteEndArray();
                break;
            case ValueKind.Table:
                writer.WriteStartObject();
                writer.WritePropertyName("$table");
                WriteRows(writer, value.AsTable(), typed: true);
                writer.WriteEndObject();
                break;
            case ValueKind.Reference:
                writer.WriteStartObject();
                writer.WritePropertyName("$ref");
                WriteReference(writer, value.AsReference());
                writer.WriteEndObject();
                break;
            default:
                WriteScalar(writer, value);
                break;
        }
    }

    /// <summary>Writes a value in the plain form a front end expects.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WritePlain(Utf8JsonWriter writer, Value value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value.Kind)
        {
            case ValueKind.Date:
            case ValueKind.DateTime:
            case ValueKind.Time:
                writer.WriteStringValue(value.ToString());
                break;
            case ValueKind.Error:
                writer.WriteStartObject();
                writer.WriteString("error", value.ToString());
                writer.WriteEndObject();
                break;
            case ValueKind.List:
                writer.WriteStartArray();
                foreach (var item in value.AsList())
                {
                    WritePlain(writer, item);
                }

                writer.WriteEndArray();
                break;
            case ValueKind.Table:
                WriteRows(writer, value.AsTable(), typed: false);
                break;
            case ValueKind.Reference:
                WriteReference(writer, value.AsReference());
                break;
            default:
                WriteScalar(writer, value);
                break;
        }
    }

    /// <summary>Writes record data as a plain JSON object (see <see cref="WritePlain(Utf8JsonWriter, Value)"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="record">The record data.</param>
    public static void WritePlain(Utf8JsonWriter writer, RecordData record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        writer.WriteStartObject();
        foreach (var pair in record)
        {
            writer.WritePropertyName(pair.Key);
            WritePlain(writer, pair.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Returns a value as plain JSON text.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    public static string ToPlainJson(Value value) => FormworkJson.WriteToString(value, static (writer, v) => WritePlain(writer, v));

    /// <summary>
    /// Reads a value from plain JSON. <paramref name="expected"/> says how to read strings, arrays and objects:
    /// a string is a date when a date is expected, an array is a table of rows when a table is expected.
    /// </summary>
    /// <param name="element">The JSON element.</param>
    /// <param name="expected">The kind the field holds, or <see langword="null"/> to read by JSON shape alone.</param>
    /// <param name="path">The JSON path of the element, used in error messages.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The element cannot be read as the expected kind; the message names the path.</exception>
    public static Value ReadPlain(JsonElement element, ValueKind? expected = null, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return Value.Blank;
            case JsonValueKind.True:
                return Value.True;
            case JsonValueKind.False:
                return Value.False;
            case JsonValueKind.Number:
                if (!element.TryGetDecimal(out var number))
                {
                    throw Error(path, $"the number {element.GetRawText()} is out of range for a decimal", $"数字 {element.GetRawText()} 超出十进制数范围");
                }

                return Value.FromNumber(number);
            case JsonValueKind.String:
                return ReadString(element.GetString()!, expected ?? ValueKind.Text, path);
            case JsonValueKind.Array:
                return expected == ValueKind.Table ? ReadPlainTable(element, path) : ReadPlainList(element, path);
            default:
                return ReadPlainObject(element, expected, path);
        }
    }

    /// <summary>Reads a JSON object into record data, reading every property by its JSON shape (no expected kinds).</summary>
    /// <param name="element">A JSON object.</param>
    /// <param name="path">The JSON path of the element, used in error messages.</param>
    /// <returns>The record data.</returns>
    /// <exception cref="JsonException">The element is not an object or holds a value that cannot be read.</exception>
    public static RecordData ReadPlainRecord(JsonElement element, string path = "$")
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, $"expected a JSON object, found {Describe(element.ValueKind)}", $"应为 JSON 对象，实际为 {Describe(element.ValueKind)}");
        }

        var record = new RecordData();
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = PathOf(path, property.Name);
            if (property.Name.Length == 0)
            {
                throw Error(propertyPath, "a field name must not be empty", "字段名不能为空");
            }

            record[property.Name] = ReadPlain(property.Value, property.Value.ValueKind == JsonValueKind.Array && IsArrayOfObjects(property.Value) ? ValueKind.Table : null, propertyPath);
        }

        return record;
    }

    /// <summary>Reads a value in the typed form written by <see cref="WriteTyped"/>.</summary>
    /// <param name="reader">The reader, positioned on the value's first token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The JSON is not a typed value.</exception>
    public static Value ReadTyped(ref Utf8JsonReader reader) => ReadTyped(ref reader, "$");

    private static Value ReadTyped(ref Utf8JsonReader reader, string path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return Value.Blank;
            case JsonTokenType.True:
                return Value.True;
            case JsonTokenType.False:
                return Value.False;
            case JsonTokenType.Number:
                if (!reader.TryGetDecimal(out var number))
                {
                    throw Error(path, "the number is out of range for a decimal", "数字超出十进制数范围");
                }

                return Value.FromNumber(number);
            case JsonTokenType.String:
                return Value.FromText(reader.GetString());
            case JsonTokenType.StartArray:
                var items = new List<Value>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadTyped(ref reader, $"{path}[{items.Count}]"));
                }

                return Value.FromList(items);
            case JsonTokenType.StartObject:
                return ReadTaggedObject(ref reader, path);
            default:
                throw Error(path, $"unexpected token {reader.TokenType}", $"意外的标记 {reader.TokenType}");
        }
    }

    internal static RecordData ReadTypedRecord(ref Utf8JsonReader reader, string path = "$")
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(path, $"record data must be a JSON object, found {reader.TokenType}", $"记录数据必须是 JSON 对象，实际为 {reader.TokenType}");
        }

        var record = new RecordData();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            if (name.Length == 0)
            {
                throw Error(path, "a field name must not be empty", "字段名不能为空");
            }

            reader.Read();
            record[name] = ReadTyped(ref reader, PathOf(path, name));
        }

        return record;
    }

    internal static void WriteTypedRecord(Utf8JsonWriter writer, RecordData record)
    {
        writer.WriteStartObject();
        foreach (var pair in record)
        {
            writer.WritePropertyName(pair.Key);
            WriteTyped(writer, pair.Value);
        }

        writer.WriteEndObject();
    }

    private static Value ReadTaggedObject(ref Utf8JsonReader reader, string path)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            throw Error(path, "an empty object is not a value; typed values look like {\"$date\":\"2024-01-31\"}", "空对象不是值；带类型的值形如 {\"$date\":\"2024-01-31\"}");
        }

        var tag = reader.GetString()!;
        reader.Read();
        Value result;
        switch (tag)
        {
            case "$date":
            case "$dateTime":
            case "$time":
            case "$error":
                if (reader.TokenType != JsonTokenType.String)
                {
                    throw Error(path, $"'{tag}' must be a string", $"“{tag}”必须是字符串");
                }

                var kind = tag switch { "$date" => ValueKind.Date, "$dateTime" => ValueKind.DateTime, "$time" => ValueKind.Time, _ => ValueKind.Error };
                result = ReadString(reader.GetString()!, kind, PathOf(path, tag));
                break;
            case "$table":
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw Error(path, "'$table' must be an array of objects", "“$table”必须是对象数组");
                }

                var rows = new List<RecordData>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    rows.Add(ReadTypedRecord(ref reader, $"{PathOf(path, "$table")}[{rows.Count}]"));
                }

                result = Value.FromTable(rows);
                break;
            case "$ref":
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    result = Value.FromReference(ReadReference(document.RootElement, PathOf(path, "$ref")));
                }

                break;
            default:
                throw Error(path, $"unknown typed value '{tag}'; expected $date, $dateTime, $time, $table, $ref or $error", $"未知的带类型值“{tag}”；应为 $date、$dateTime、$time、$table、$ref 或 $error");
        }

        if (!reader.Read() || reader.TokenType != JsonTokenType.EndObject)
        {
            throw Error(path, $"a typed value has exactly one property ('{tag}')", $"带类型的值只能有一个属性（“{tag}”）");
        }

        return result;
    }

    private static Value ReadString(string text, ValueKind expected, string? path)
    {
        switch (expected)
        {
            case ValueKind.Date:
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return Value.FromDate(date);
                }

                throw Error(path, $"'{text}' is not a date; expected yyyy-MM-dd", $"“{text}”不是日期；应为 yyyy-MM-dd");
            case ValueKind.DateTime:
                if (text.Length >= 16 && text[10] == 'T' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime)
                    && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10))
                {
                    return Value.FromDateTime(dateTime);
                }

                throw Error(path, $"'{text}' is not a date-time; expected ISO 8601 with an offset, such as 2024-01-31T10:00:00+08:00", $"“{text}”不是日期时间；应为带时区偏移的 ISO 8601，例如 2024-01-31T10:00:00+08:00");
            case ValueKind.Time:
                if (TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                {
                    return Value.FromTime(time);
                }

                throw Error(path, $"'{text}' is not a time; expected HH:mm or HH:mm:ss", $"“{text}”不是时间；应为 HH:mm 或 HH:mm:ss");
            case ValueKind.Error:
                if (ValueErrors.TryParse(text, out var error))
                {
                    return Value.FromError(error);
                }

                throw Error(path, $"'{text}' is not an error value such as #DIV/0!", $"“{text}”不是 #DIV/0! 这样的错误值");
            case ValueKind.Number:
                if (Value.TryParseNumber(text, out var number))
                {
                    return Value.FromNumber(number);
                }

                throw Error(path, $"'{text}' is not a number", $"“{text}”不是数字");
            default:
                return Value.FromText(text);
        }
    }

    private static Value ReadPlainList(JsonElement element, string path)
    {
        var items = new List<Value>(element.GetArrayLength());
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            items.Add(ReadPlain(item, null, $"{path}[{index++}]"));
        }

        return Value.FromList(items);
    }

    private static Value ReadPlainTable(JsonElement element, string path)
    {
        var rows = new List<RecordData>(element.GetArrayLength());
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            rows.Add(ReadPlainRecord(item, $"{path}[{index++}]"));
        }

        return Value.FromTable(rows);
    }

    private static Value ReadPlainObject(JsonElement element, ValueKind? expected, string path)
    {
        if (element.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String && CountProperties(element) == 1)
        {
            return ReadString(error.GetString()!, ValueKind.Error, PathOf(path, "error"));
        }

        if (expected is null or ValueKind.Reference)
        {
            return Value.FromReference(ReadReference(element, path));
        }

        throw Error(path, $"expected {expected.Value.ToString().ToLowerInvariant()}, found an object", $"应为 {expected.Value.ToString().ToLowerInvariant()}，实际为对象");
    }

    private static RecordReference ReadReference(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, "a record reference must be an object {\"form\":\"...\",\"id\":\"...\"}", "记录引用必须是对象 {\"form\":\"...\",\"id\":\"...\"}");
        }

        string? form = null, id = null, display = null;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw Error(PathOf(path, property.Name), $"'{property.Name}' of a record reference must be a string", $"记录引用的“{property.Name}”必须是字符串");
            }

            switch (property.Name)
            {
                case "form": form = property.Value.GetString(); break;
                case "id": id = property.Value.GetString(); break;
                case "display": display = property.Value.GetString(); break;
                default:
                    throw Error(PathOf(path, property.Name), $"unknown property '{property.Name}' of a record reference; expected form, id, display", $"记录引用的未知属性“{property.Name}”；应为 form、id、display");
            }
        }

        if (string.IsNullOrEmpty(form) || string.IsNullOrEmpty(id))
        {
            throw Error(path, "a record reference needs non-empty 'form' and 'id'", "记录引用需要非空的“form”和“id”");
        }

        return new RecordReference(form, id, display);
    }

    private static void WriteRows(Utf8JsonWriter writer, IReadOnlyList<RecordData> rows, bool typed)
    {
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            if (typed)
            {
                WriteTypedRecord(writer, row);
            }
            else
            {
                WritePlain(writer, row);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteReference(Utf8JsonWriter writer, RecordReference reference)
    {
        writer.WriteStartObject();
        writer.WriteString("form", reference.FormId);
        writer.WriteString("id", reference.RecordId);
        if (reference.Display is not null)
        {
            writer.WriteString("display", reference.Display);
        }

        writer.WriteEndObject();
    }

    private static void WriteScalar(Utf8JsonWriter writer, Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Blank:
                writer.WriteNullValue();
                break;
            case ValueKind.Boolean:
                writer.WriteBooleanValue(value.AsBoolean());
                break;
            case ValueKind.Number:
                writer.WriteNumberValue(value.AsNumber());
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    private static void WriteTagged(Utf8JsonWriter writer, string tag, string text)
    {
        writer.WriteStartObject();
        writer.WriteString(tag, text);
        writer.WriteEndObject();
    }

    private static bool IsArrayOfObjects(JsonElement array)
    {
        if (array.GetArrayLength() == 0)
        {
            return false;
        }

        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || (item.TryGetProperty("form", out _) && item.TryGetProperty("id", out _)))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountProperties(JsonElement element)
    {
        var count = 0;
        foreach (var unused in element.EnumerateObject())
        {
            count++;
        }

        return count;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Appends a property name to a JSON path, bracketing names that are not plain identifiers.</summary>
    /// <param name="path">The parent path, such as <c>$.lines[2]</c>.</param>
    /// <param name="name">The property name.</param>
    /// <returns>The child path.</returns>
    public static string PathOf(string path, string name)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(name);
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return path + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
        }

        return name.Length == 0 ? path + "['']" : path + "." + name;
    }

    private static JsonException Error(string? path, string english, string chinese) =>
        new(path is null ? $"Invalid Formwork value: {english}. / 无效的 Formwork 值：{chinese}。" : $"Invalid Formwork value at {path}: {english}. / {path} 处的 Formwork 值无效：{chinese}。", path, null, null);
}
