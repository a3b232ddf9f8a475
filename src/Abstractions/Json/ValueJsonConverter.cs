using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Formwork.Json;

/// <summary>The System.Text.Json converter of <see cref="Value"/>: the typed form of <see cref="ValueJson"/>.</summary>
public sealed class ValueJsonConverter : JsonConverter<Value>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override Value Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ReadTyped(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Value value, JsonSerializerOptions options) =>
        ValueJson.WriteTyped(writer, value);
}
