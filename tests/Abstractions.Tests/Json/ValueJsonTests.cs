using System;
using System.Collections.Generic;
using System.Text.Json;
using Formwork.Json;

namespace Formwork.Abstractions.Tests.Json;

public sealed class ValueJsonTests
{
    public static TheoryData<string, string> EveryKind() => new()
    {
        { "blank", "null" },
        { "true", "true" },
        { "number", "12.50" },
        { "negative", "-0.0001" },
        { "text", "\"上海 \\\"quoted\\\"\"" },
        { "date", "{\"$date\":\"2024-02-29\"}" },
        { "dateTime", "{\"$dateTime\":\"2024-01-31T10:00:00+08:00\"}" },
        { "dateTimeFraction", "{\"$dateTime\":\"2024-01-31T10:00:00.125+08:00\"}" },
        { "time", "{\"$time\":\"09:30:00\"}" },
        { "list", "[1,\"a\",null,{\"$date\":\"2024-01-01\"}]" },
        { "table", "{\"$table\":[{\"product\":\"A\",\"qty\":2},{\"product\":\"B\",\"qty\":3.5}]}" },
        { "reference", "{\"$ref\":{\"form\":\"customer\",\"id\":\"c1\",\"display\":\"ACME\"}}" },
        { "error", "{\"$error\":\"#DIV/0!\"}" },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Typed_EveryKind_RoundTripsExactly(string name, string json)
    {
        var value = JsonSerializer.Deserialize<Value>(json);
        var written = JsonSerializer.Serialize(value, FormworkJson.SerializerOptions);
        Assert.True(json == written, $"{name}: wrote {written}");
        Assert.Equal(value, JsonSerializer.Deserialize<Value>(written));
    }

    [Fact]
    public void Typed_Record_RoundTripsEveryKind()
    {
        var record = new RecordData()
            .Set("amount", 123456.78m)
            .Set("signedOn", new DateOnly(2026, 1, 15))
            .Set("vip", true)
            .Set("note", Value.Blank)
            .Set("lines", Value.FromTable([new RecordData().Set("qty", 2).Set("price", 9.99m)]))
            .Set("customer", Value.FromReference(new RecordReference("customer", "c-9")));
        var back = RecordData.FromJson(record.ToJson());
        Assert.True(record.ContentEquals(back));
        Assert.Equal(ValueKind.Date, back["signedOn"].Kind);
        Assert.Equal(123456.78m, back["amount"].AsNumber());
    }

    [Fact]
    public void Typed_KeepsChineseReadable()
    {
        var json = new RecordData().Set("公司", "上海示例科技").ToJson();
        Assert.Equal("{\"公司\":\"上海示例科技\"}", json);
    }

    [Theory]
    [InlineData("{\"$date\":\"2024-13-45\"}", "'2024-13-45' is not a date; expected yyyy-MM-dd")]
    [InlineData("{\"$date\":20240101}", "'$date' must be a string")]
    [InlineData("{\"$when\":\"x\"}", "unknown typed value '$when'")]
    [InlineData("{}", "an empty object is not a value")]
    [InlineData("{\"$date\":\"2024-01-01\",\"x\":1}", "a typed value has exactly one property ('$date')")]
    [InlineData("{\"$error\":\"#OOPS\"}", "'#OOPS' is not an error value")]
    [InlineData("{\"$dateTime\":\"2024-01-31T10:00:00\"}", "expected ISO 8601 with an offset")]
    [InlineData("1e400", "out of range for a decimal")]
    public void Typed_BadJson_ThrowsClearError(string json, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Value>(json));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("无效", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_BadValueInsideRecord_NamesThePath()
    {
        var ex = Assert.Throws<JsonException>(() => RecordData.FromJson("{\"a\":1,\"lines\":{\"$table\":[{\"d\":{\"$date\":\"x\"}}]}}"));
        Assert.Equal("$.lines['$table'][0].d['$date']", ex.Path);
    }

    [Fact]
    public void Typed_Truncated_ThrowsJsonException() =>
        Assert.ThrowsAny<JsonException>(() => RecordData.FromJson("{\"a\":[1,2"));

    [Fact]
    public void Plain_WritesFrontEndShapes()
    {
        var record = new RecordData()
            .Set("signedOn", new DateOnly(2026, 1, 15))
            .Set("lines", Value.FromTable([new RecordData().Set("qty", 2)]))
            .Set("customer", Value.FromReference(new RecordReference("customer", "c-9", "ACME")))
            .Set("ratio", Value.FromError(ValueError.DivideByZero));
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, FormworkJson.WriterOptions))
        {
            ValueJson.WritePlain(writer, record);
        }

        Assert.Equal(
            "{\"signedOn\":\"2026-01-15\",\"lines\":[{\"qty\":2}],\"customer\":{\"form\":\"customer\",\"id\":\"c-9\",\"display\":\"ACME\"},\"ratio\":{\"error\":\"#DIV/0!\"}}",
            System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Theory]
    [InlineData("\"2024-01-31\"", ValueKind.Date, "2024-01-31")]
    [InlineData("\"2024-01-31T10:00:00Z\"", ValueKind.DateTime, "2024-01-31T10:00:00+00:00")]
    [InlineData("\"08:15\"", ValueKind.Time, "08:15:00")]
    [InlineData("\"1,200.50\"", ValueKind.Number, "1200.50")]
    [InlineData("\"2024-01-31\"", ValueKind.Text, "2024-01-31")]
    public void ReadPlain_StringWithExpectedKind_Converts(string json, ValueKind kind, string expected)
    {
        using var document = JsonDocument.Parse(json);
        var value = ValueJson.ReadPlain(document.RootElement, kind);
        Assert.Equal(kind, value.Kind);
        Assert.Equal(expected, value.ToString());
    }

    [Fact]
    public void ReadPlain_BadDate_NamesPathInBothLanguages()
    {
        using var document = JsonDocument.Parse("\"31/01/2024\"");
        var ex = Assert.Throws<JsonException>(() => ValueJson.ReadPlain(document.RootElement, ValueKind.Date, "$.signedOn"));
        Assert.Equal(
            "Invalid Formwork value at $.signedOn: '31/01/2024' is not a date; expected yyyy-MM-dd. / $.signedOn 处的 Formwork 值无效：“31/01/2024”不是日期；应为 yyyy-MM-dd。",
            ex.Message);
    }

    [Fact]
    public void ReadPlainRecord_ArraysOfObjectsAreTables_ObjectsAreReferences()
    {
        using var document = JsonDocument.Parse("{\"lines\":[{\"amount\":2},{\"amount\":3}],\"tags\":[\"a\",\"b\"],\"customer\":{\"form\":\"customer\",\"id\":\"c1\"},\"x\":{\"error\":\"#N/A\"}}");
        var record = ValueJson.ReadPlainRecord(document.RootElement);
        Assert.Equal(ValueKind.Table, record["lines"].Kind);
        Assert.Equal(3m, record["lines"].AsTable()[1]["amount"].AsNumber());
        Assert.Equal(ValueKind.List, record["tags"].Kind);
        Assert.Equal("c1", record["customer"].AsReference().RecordId);
        Assert.Equal(ValueError.NotAvailable, record["x"].AsError());
    }

    [Fact]
    public void ReadPlainRecord_BadReference_NamesThePath()
    {
        using var document = JsonDocument.Parse("{\"customer\":{\"form\":\"customer\",\"level\":\"VIP\"}}");
        var ex = Assert.Throws<JsonException>(() => ValueJson.ReadPlainRecord(document.RootElement));
        Assert.StartsWith("Invalid Formwork value at $.customer.level: unknown property 'level'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPlainRecord_NotAnObject_Throws()
    {
        using var document = JsonDocument.Parse("[1]");
        var ex = Assert.Throws<JsonException>(() => ValueJson.ReadPlainRecord(document.RootElement));
        Assert.Contains("expected a JSON object, found an array", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPlain_HugeNumber_ThrowsInsteadOfRounding()
    {
        using var document = JsonDocument.Parse("{\"n\":1e300}");
        var ex = Assert.Throws<JsonException>(() => ValueJson.ReadPlainRecord(document.RootElement));
        Assert.Contains("$.n", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$", "amount", "$.amount")]
    [InlineData("$.lines[2]", "数量", "$.lines[2].数量")]
    [InlineData("$", "unit price", "$['unit price']")]
    [InlineData("$", "it's", "$['it\\'s']")]
    public void PathOf_BracketsOnlyWhenNeeded(string parent, string name, string expected) =>
        Assert.Equal(expected, ValueJson.PathOf(parent, name));

    [Fact]
    public void ToPlainJson_Number_KeepsScaleWithoutExponent()
    {
        Assert.Equal("1000000.10", ValueJson.ToPlainJson(Value.FromNumber(1000000.10m)));
        Assert.Equal("\"上海\"", ValueJson.ToPlainJson("上海"));
        var list = new List<Value> { 1, Value.Blank };
        Assert.Equal("[1,null]", ValueJson.ToPlainJson(Value.FromList(list)));
    }
}
