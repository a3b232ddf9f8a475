using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Formwork.Json;

/// <summary>The System.Text.Json converter of <see cref="RecordData"/>: an object of typed values (see <see cref="ValueJson"/>).</summary>
public sealed class RecordDataJsonConverter : JsonConverter<RecordData>
{
    /// <inheritdoc />
    public override RecordData? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : ValueJson.ReadTypedRecord(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RecordData value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ValueJson.WriteTypedRecord(writer, value);
    }
}
