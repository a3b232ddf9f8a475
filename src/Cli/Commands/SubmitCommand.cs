using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Json;

namespace Formwork.Cli.Commands;

/// <summary><c>formwork submit --form &lt;definition.json&gt; --data &lt;record.json&gt;</c>: runs the submission pipeline without persisting.</summary>
internal sealed class SubmitCommand : ICliCommand
{
    private static readonly string[] Options = ["form", "data", "actor", "profile"];
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "submit";

    public string Summary => "Normalise, compute and validate a record against a form and print it (or its errors) as JSON.";

    public string Usage => """
        Usage: formwork submit --form <definition.json> --data <record.json> [--actor <json>] [--profile <name>]

          --form     the form definition (JSON file)
          --data     the submitted record: a JSON file, or an inline JSON object starting with '{'
          --actor    the submitting user as JSON, for defaults and permissions:
                     '{"userId":"u1","roles":["sales"],"departments":["d1"],"displayName":"Alice"}' (default: system)
          --profile  the permission profile to enforce (default: the profile the form maps the actor's roles to)

        Runs normalise → defaults → compute → validate → permissions (nothing is stored, so serial numbers,
        uniqueness and lookups through other records are not evaluated).
        Valid: prints the normalised, computed record as JSON, exit 0.
        Invalid: prints {"errors":[{"path","code","message","messageChinese"}]} as JSON, exit 2.
        A definition that does not load: diagnostics on stderr, exit 2.
        """;

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(arguments, Options);
        if (parsed.Positional.Count > 0)
        {
            throw new CliUsageException($"Unexpected argument '{parsed.Positional[0]}'.");
        }

        var formPath = parsed.Get("form") ?? throw new CliUsageException("Missing --form <definition.json>.");
        var dataText = parsed.Get("data") ?? throw new CliUsageException("Missing --data <record.json>.");
        var load = new FormDefinitionLoader().Load(ReadFile(formPath));
        if (load.Form is not { } form)
        {
            foreach (var diagnostic in load.Diagnostics)
            {
                error.WriteLine($"{formPath}: {diagnostic}");
            }

            return 2;
        }

        Actor actor;
        RecordData data;
        try
        {
            actor = ReadActor(parsed.Get("actor"));
            data = form.ReadData(dataText.TrimStart().StartsWith('{') ? dataText : ReadFile(dataText));
        }
        catch (FormworkException ex)
        {
            foreach (var diagnostic in ex.Diagnostics)
            {
                error.WriteLine($"formwork submit: {diagnostic}");
            }

            return 2;
        }

        // Without --profile the form's role mapping decides (profiles' "roles" and "defaultProfile"; none: full access).
        var profile = parsed.Get("profile") ?? form.ProfileFor(actor);
        if (profile is not null && !form.TryGetProfile(profile, out _))
        {
            throw new CliUsageException($"The form '{form.Id}' has no permission profile '{profile}' (it has: {string.Join(", ", form.Permissions.Select(p => p.Name))}).");
        }

        var engine = new FormEngine(new Formwork.Stores.InMemoryRecordStore(), new Formwork.Stores.InMemorySequenceStore(), new Formwork.Auditing.InMemoryAuditLog(), new Formwork.Stores.InMemoryOutbox());
        var result = engine.Validate(form, data, new SubmissionOptions { Actor = actor, Profile = profile });
        output.WriteLine(result.Success ? WriteRecord(result.Data) : WriteErrors(result.Errors));
        return result.Success ? 0 : 2;
    }

    private static string ReadFile(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new CliUsageException($"The file '{path}' does not exist.");

    internal static Actor ReadActor(string? json)
    {
        if (json is null)
        {
            return Actor.System;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("userId", out var id) || id.ValueKind != JsonValueKind.String)
            {
                throw new CliUsageException("--actor must be a JSON object with a string \"userId\".");
            }

            return new Actor(id.GetString()!, Strings(root, "roles"), Strings(root, "departments"), root.TryGetProperty("displayName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null);
        }
        catch (JsonException ex)
        {
            throw new CliUsageException("--actor is not valid JSON: " + ex.Message);
        }
    }

    private static string[] Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
            : [];

    private static string WriteRecord(RecordData data) => Write(writer => ValueJson.WritePlain(writer, data));

    private static string WriteErrors(IReadOnlyList<Diagnostic> errors) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        foreach (var e in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("path", e.Path);
            writer.WriteString("code", e.Code);
            writer.WriteString("message", e.Message);
            writer.WriteString("messageChinese", e.MessageChinese);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
