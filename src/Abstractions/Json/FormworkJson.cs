using System.Text.Encodings.Web;
using System.Text.Json;

namespace Formwork.Json;

/// <summary>
/// The JSON settings Formwork writes with: Chinese and other non-ASCII text, quotes and <c>+</c> are written as is, so
/// payloads and files stay readable. The output is valid JSON but not HTML-safe: encode it before embedding in a page.
/// </summary>
public static class FormworkJson
{
    /// <summary>Gets the encoder: only what JSON requires is escaped.</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Gets writer options using <see cref="Encoder"/>.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Encoder };

    /// <summary>Gets serializer options using <see cref="Encoder"/>.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new() { Encoder = Encoder };
}
