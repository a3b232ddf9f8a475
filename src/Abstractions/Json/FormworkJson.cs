using System;
using System.Buffers;
using System.Text;
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

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    [ThreadStatic]
    private static bool t_inUse;

    /// <summary>Writes JSON with <see cref="WriterOptions"/> into a per-thread reused buffer and returns it as a string.</summary>
    /// <typeparam name="TState">What the write callback needs.</typeparam>
    /// <param name="state">The callback's state.</param>
    /// <param name="write">Writes one JSON value.</param>
    /// <returns>The JSON text.</returns>
    internal static string WriteToString<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        if (t_inUse)
        {
            // A nested call (a callback that itself writes JSON to a string) gets buffers of its own.
            var ownBuffer = new ArrayBufferWriter<byte>(256);
            using var ownWriter = new Utf8JsonWriter(ownBuffer, WriterOptions);
            write(ownWriter, state);
            ownWriter.Flush();
            return Encoding.UTF8.GetString(ownBuffer.WrittenSpan);
        }

        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        t_inUse = true;
        try
        {
            write(writer, state);
            writer.Flush();
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            t_inUse = false;
            if (buffer.Capacity > 1 << 20)
            {
                // Don't keep a huge buffer alive on the thread after one large document.
                t_buffer = null;
                t_writer = null;
            }
        }
    }
}
