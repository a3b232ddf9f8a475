using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using Formwork.Json;

namespace Formwork.Workflow.Internal;

/// <summary>Writes small JSON documents to strings through a reused per-thread buffer (event payloads are on the hot path).</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Indented = new() { Encoder = FormworkJson.Encoder, Indented = true };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static string Write<TState>(TState state, Action<Utf8JsonWriter, TState> write, bool indented = false)
    {
        if (indented)
        {
            var own = new ArrayBufferWriter<byte>(1024);
            using var ownWriter = new Utf8JsonWriter(own, Indented);
            write(ownWriter, state);
            ownWriter.Flush();
            return Encoding.UTF8.GetString(own.WrittenSpan);
        }

        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, FormworkJson.WriterOptions);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        write(writer, state);
        writer.Flush();
        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > 1 << 16)
        {
            t_buffer = null;
            t_writer = null;
        }

        return text;
    }
}
