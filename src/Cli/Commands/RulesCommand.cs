using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Formwork.Diagnostics;
using Formwork.Expressions;
using Formwork.Json;
using Formwork.Notifications;
using Formwork.Rules;
using Formwork.Stores;

namespace Formwork.Cli.Commands;

/// <summary><c>formwork rules --rules &lt;rules.json&gt; --facts &lt;facts.json&gt;</c>: fires JSON rules on records and prints the firings with their explanations.</summary>
internal sealed class RulesCommand : ICliCommand
{
    private static readonly string[] Options = ["rules", "facts", "now"];

    public string Name => "rules";

    public string Summary => "Fire JSON rules and decision tables on records and print the firings with explanations as JSON.";

    public string Usage => """
        Usage: formwork rules --rules <rules.json> --facts <facts.json> [--now <iso date-time>]

          --rules  a JSON rule set (docs/rules.md) with one more property, "forms", that declares the fields
                   of each form: {"forms": {"lead": {"company": "text", "score": "number"}}, "name": ..., "rules": [...]}
                   kinds: number text boolean date datetime time
          --facts  the records: [{"form": "lead", "id": "l-1", "data": {"company": "ACME", "score": 80}}]
          --now    the clock for TODAY(), NOW() and time-based rules, ISO 8601 with offset (default: the system clock)

        Prints {"firings": [{"rule", "facts", "conditions": [{"condition", "value", "detail"}]}], "records": [...],
        "effects": [...]}. Exit 0. Rules or facts that are refused: diagnostics on stderr, exit 2.
        """;

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(arguments, Options);
        if (parsed.Positional.Count > 0)
        {
            throw new CliUsageException($"Unexpected argument '{parsed.Positional[0]}'.");
        }

        var rulesPath = parsed.Get("rules") ?? throw new CliUsageException("Missing --rules <rules.json>.");
        var factsPath = parsed.Get("facts") ?? throw new CliUsageException("Missing --facts <facts.json>.");
        var clock = ReadClock(parsed.Get("now"));
        var rulesText = ReadFile(rulesPath);
        var factsText = ReadFile(factsPath);

        RuleSchema schema;
        string rulesJson;
        List<RecordFact> records;
        try
        {
            (schema, rulesJson) = SplitSchema(rulesText);
            records = ReadFacts(factsText, schema);
        }
        catch (JsonException ex)
        {
            error.WriteLine($"formwork rules: {ex.Message}");
            return 2;
        }

        var loaded = new RuleLoader(schema, context: new FormulaContext(clock)).LoadJson(rulesJson);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
            error.WriteLine("  " + diagnostic.MessageChinese);
        }

        if (loaded.RuleSet is null)
        {
            return 2;
        }

        RuleRunResult run;
        try
        {
            var outbox = new InMemoryOutbox();
            var runner = new RecordRuleRunner(new OutboxNotificationSender(outbox, clock), outbox, clock);
            run = runner.RunAsync(loaded.RuleSet.Compile(), records).GetAwaiter().GetResult();
        }
        catch (FormworkException ex)
        {
            foreach (var diagnostic in ex.Diagnostics)
            {
                error.WriteLine(diagnostic.ToString());
                error.WriteLine("  " + diagnostic.MessageChinese);
            }

            return 2;
        }

        output.WriteLine(Write(run));
        return 0;
    }

    private static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliUsageException($"Cannot read '{path}': {ex.Message}");
        }
    }

    private static TimeProvider ReadClock(string? now)
    {
        if (now is null)
        {
            return TimeProvider.System;
        }

        if (!DateTimeOffset.TryParse(now, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            || !(now.EndsWith('Z') || now.Contains('+', StringComparison.Ordinal) || now.LastIndexOf('-') > 9))
        {
            throw new CliUsageException($"--now '{now}' is not an ISO 8601 date-time with an offset, such as 2026-01-15T10:00:00+08:00.");
        }

        return new FixedTimeProvider(instant);
    }

    private static (RuleSchema Schema, string Rules) SplitSchema(string text)
    {
        var root = JsonNode.Parse(text) as JsonObject ?? throw new JsonException("The rules file must hold a JSON object.");
        var schema = new RuleSchema();
        if (root["forms"] is JsonObject forms)
        {
            foreach (var (form, fields) in forms)
            {
                var scope = new FormulaScope();
                foreach (var (field, kind) in fields as JsonObject ?? throw new JsonException($"$.forms.{form} must be an object of field kinds."))
                {
                    scope.AddField(field, Kind(kind?.GetValue<string>(), $"$.forms.{form}.{field}"));
                }

                schema.AddForm(form, scope);
            }

            root.Remove("forms");
        }

        return (schema, root.ToJsonString());
    }

    private static ValueKind Kind(string? kind, string path) => kind switch
    {
        "number" => ValueKind.Number,
        "text" => ValueKind.Text,
        "boolean" => ValueKind.Boolean,
        "date" => ValueKind.Date,
        "datetime" => ValueKind.DateTime,
        "time" => ValueKind.Time,
        _ => throw new JsonException($"{path}: '{kind}' is not a field kind (number text boolean date datetime time)."),
    };

    private static List<RecordFact> ReadFacts(string text, RuleSchema schema)
    {
        using var document = JsonDocument.Parse(text);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The facts file must hold a JSON array of {\"form\", \"id\", \"data\"} objects.");
        }

        var records = new List<RecordFact>();
        var i = 0;
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var path = "$[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            i++;
            var form = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("form", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : throw new JsonException($"{path}.form: a form name is required.");
            var id = item.TryGetProperty("id", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : (records.Count + 1).ToString(CultureInfo.InvariantCulture);
            var data = new RecordData();
            if (item.TryGetProperty("data", out var values) && values.ValueKind == JsonValueKind.Object)
            {
                schema.TryGetForm(form, out var scope);
                foreach (var property in values.EnumerateObject())
                {
                    ValueKind? kind = scope is not null && scope.TryGetEntry(property.Name, out var entry) ? entry.ValueKind : null;
                    data.Set(property.Name, ValueJson.ReadPlain(property.Value, kind, path + ".data." + property.Name));
                }
            }

            records.Add(new RecordFact(form, id, data));
        }

        return records;
    }

    private static string Write(RuleRunResult run)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("firings");
            foreach (var firing in run.Firings)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", firing.Rule.Name);
                writer.WriteStartArray("facts");
                foreach (var fact in firing.Facts)
                {
                    writer.WriteStringValue(fact.Value?.ToString());
                }

                writer.WriteEndArray();
                writer.WriteStartArray("conditions");
                foreach (var condition in firing.Conditions)
                {
                    writer.WriteStartObject();
                    writer.WriteString("condition", condition.Condition);
                    writer.WriteBoolean("value", condition.Value);
                    if (condition.Detail is not null)
                    {
                        writer.WriteString("detail", condition.Detail);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("records");
            foreach (var record in run.Records)
            {
                writer.WriteStartObject();
                writer.WriteString("form", record.Form);
                writer.WriteString("id", record.Id);
                writer.WriteBoolean("created", record.Created);
                writer.WriteBoolean("changed", record.Changed);
                writer.WritePropertyName("data");
                ValueJson.WritePlain(writer, record.Data);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("effects");
            foreach (var effect in run.Effects)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", effect.Kind.ToString());
                writer.WriteString("rule", effect.Rule);
                writer.WriteString("record", effect.Record.ToString());
                if (effect.Notification is { } notification)
                {
                    writer.WriteString("channel", notification.Channel);
                    writer.WriteString("template", notification.Template);
                    writer.WriteStartArray("recipients");
                    foreach (var recipient in notification.Recipients)
                    {
                        writer.WriteStringValue(recipient);
                    }

                    writer.WriteEndArray();
                }
                else
                {
                    writer.WriteString("type", effect.EventType);
                    writer.WritePropertyName("payload");
                    ValueJson.WritePlain(writer, effect.Payload!);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A clock stopped at one instant, for <c>--now</c>.</summary>
    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
