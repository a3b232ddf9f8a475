using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Formwork.Auditing;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Reporting;
using Formwork.Stores;

namespace Formwork.Cli.Commands;

/// <summary>
/// <c>formwork report --report &lt;report.json&gt; --form &lt;form.json&gt; --data &lt;records.json|records.csv&gt;</c>:
/// runs a report over records of a form and prints the result (or an ECharts option) as JSON.
/// </summary>
internal sealed class ReportCommand : ICliCommand
{
    private static readonly string[] Options = ["report", "form", "data", "actor", "profile", "chart"];

    public string Name => "report";

    public string Summary => "Run a report over a form's records (JSON or CSV) and print the result as JSON.";

    public string Usage => """
        Usage: formwork report --report <report.json> --form <form.json> --data <records.json|records.csv> [--actor <json>] [--profile <name>] [--chart bar|line|pie|funnel]

          --report   the report definition (JSON), checked against the form's fields
          --form     the form definition the records belong to
          --data     the records: a JSON array of objects (computed fields are computed), or a CSV file whose header
                     names fields by name, label or alias (rows go through the form's import: bad rows are listed on
                     stderr and left out)
          --actor    who runs the report, for row-level scope: {"userId":"u1","roles":["sales"],"departments":["d1"]}
          --profile  the form's permission profile of the actor: hidden fields cannot be used, masked fields are
                     grouped, counted and filtered by their masked text
          --chart    print the ECharts option of the result instead of the result

        Prints the result (rows, columns, cells, totals) as JSON, exit 0. A definition or data that is refused prints its
        diagnostics on stderr, exit 2.
        """;

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(arguments, Options);
        if (parsed.Positional.Count > 0)
        {
            throw new CliUsageException($"Unexpected argument '{parsed.Positional[0]}'.");
        }

        var reportPath = parsed.Get("report") ?? throw new CliUsageException("Missing --report <report.json>.");
        var formPath = parsed.Get("form") ?? throw new CliUsageException("Missing --form <form.json>.");
        var dataPath = parsed.Get("data") ?? throw new CliUsageException("Missing --data <records.json|records.csv>.");
        ChartType? chart = parsed.Get("chart") is { } chartName
            ? Enum.TryParse<ChartType>(chartName, ignoreCase: true, out var type) ? type : throw new CliUsageException($"Unknown chart '{chartName}'; expected bar, line, pie or funnel.")
            : null;
        var actor = parsed.Has("actor") ? SubmitCommand.ReadActor(parsed.Get("actor")) : null;

        var load = new FormDefinitionLoader().Load(ReadFile(formPath));
        if (load.Form is not { } form)
        {
            return Refused(formPath, load.Diagnostics, error);
        }

        PermissionProfile? profile = null;
        if (parsed.Get("profile") is { } profileName && !form.TryGetProfile(profileName, out profile))
        {
            throw new CliUsageException($"The form '{form.Id}' has no permission profile '{profileName}'.");
        }

        var dataset = ReportDataset.FromForm(form);
        if (!ReportDefinitionReader.TryRead(ReadFile(reportPath), dataset, out var report, out var diagnostics))
        {
            return Refused(reportPath, diagnostics, error);
        }

        IReadOnlyList<RecordData> records;
        try
        {
            records = dataPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                ? ImportCsv(form, dataPath, error)
                : ReadJson(form, ReadFile(dataPath));
        }
        catch (FormworkException ex)
        {
            return Refused(dataPath, ex.Diagnostics, error);
        }

        ReportResult result;
        try
        {
            result = new ReportEngine().Run(report, DatasetRows.FromRecords(dataset, records), new ReportRunOptions { Actor = actor, Profile = profile });
        }
        catch (FormworkException ex)
        {
            return Refused(reportPath, ex.Diagnostics, error);
        }

        output.WriteLine(chart is { } c ? ReportCharts.ToEChartsOption(result, c).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = Formwork.Json.FormworkJson.Encoder }) : result.ToJson());
        return 0;
    }

    private static List<RecordData> ReadJson(CompiledForm form, string json)
    {
        using var document = ParseArray(json);
        var engine = new FormEngine(new InMemoryRecordStore(), new InMemorySequenceStore(), new InMemoryAuditLog(), new InMemoryOutbox());
        return document.RootElement.EnumerateArray().Select(row => engine.Compute(form, form.ReadData(row.GetRawText()))).ToList();
    }

    private static JsonDocument ParseArray(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"--data is not valid JSON: {ex.Message}");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            document.Dispose();
            throw new CliUsageException("--data must be a JSON array of records (objects), or a .csv file.");
        }

        return document;
    }

    private static IReadOnlyList<RecordData> ImportCsv(CompiledForm form, string path, TextWriter error)
    {
        var records = new InMemoryRecordStore();
        var engine = new FormEngine(records, new InMemorySequenceStore(), new InMemoryAuditLog(), new InMemoryOutbox());
        using var csv = File.OpenRead(path);
        var imported = new FormImporter(engine)
            .ImportCsvAsync(form, csv, new ImportOptions { Mode = ImportMode.ValidRowsOnly, Actor = Actor.System })
            .GetAwaiter().GetResult();
        foreach (var row in imported.Errors)
        {
            error.WriteLine($"{path}: row {row.Row}, column {row.Column}: {row.Message} / {row.MessageChinese}");
        }

        if (imported.Diagnostics.Any(d => d.IsError))
        {
            throw new FormworkException(imported.Diagnostics);
        }

        return records.QueryAsync(new RecordQuery { FormId = form.Id, Take = int.MaxValue }).GetAwaiter().GetResult().Items.Select(r => r.Data).ToList();
    }

    private static int Refused(string path, IReadOnlyList<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine($"{path}: {diagnostic}");
            error.WriteLine($"    {diagnostic.MessageChinese}");
        }

        return 2;
    }

    private static string ReadFile(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new CliUsageException($"The file '{path}' does not exist.");
}
