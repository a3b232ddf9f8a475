using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Formwork.Auditing;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Json;
using Formwork.Stores;
using Formwork.Workflow;

namespace Formwork.Cli.Commands;

/// <summary><c>formwork simulate</c>: a dry run of a workflow definition against sample data and an organisation, printing the path and the approvers at each step as JSON.</summary>
internal sealed class SimulateCommand : ICliCommand
{
    private static readonly string[] Options = ["workflow", "form", "data", "directory", "submitter"];

    public string Name => "simulate";

    public string Summary => "Dry-run a workflow definition against sample data and print the path and approvers as JSON.";

    public string Usage => """
        Usage: formwork simulate --workflow <def.json> [--form <form.json>] [--data <record.json>] [--directory <org.json>] [--submitter <user id>]

          --workflow   the workflow definition (JSON)
          --form       the form definition (JSON) the workflow runs on: its fields for formulas and permission
                       profiles; without it, formulas may use the fields of --data (kinds from the JSON values)
          --data       the sample submission, a JSON object (computed fields are computed when --form is given)
          --directory  the organisation: {"users":[{"id","name","departments":[],"roles":[],"managerId","active"}],
                       "departments":[{"id","name","parentId","heads":[]}]}
          --submitter  the submitting user (default: the "submitter" property of the directory, else the first user)

        Assumes every approver approves; automations are not called; nothing is saved.
        Prints {"workflow","version","status","steps":[{"node","name","kind","mode","approvers","autoApproved","branch","note"}]}. Exit 0.
        A definition, form, data or directory with errors: diagnostics on stderr, exit 2.
        """;

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(arguments, Options);
        if (parsed.Positional.Count > 0)
        {
            throw new CliUsageException($"Unexpected argument '{parsed.Positional[0]}'.");
        }

        var workflowPath = parsed.Get("workflow") ?? throw new CliUsageException("Missing --workflow <def.json>.");
        try
        {
            CompiledForm? form = null;
            if (parsed.Get("form") is { } formPath)
            {
                var formResult = new FormDefinitionLoader().Load(ReadFile(formPath, "--form"));
                if (!formResult.Success)
                {
                    return Fail(error, formPath, formResult.Diagnostics);
                }

                form = formResult.Form;
            }

            var dataJson = parsed.Get("data") is { } dataPath ? ReadFile(dataPath, "--data") : "{}";
            RecordData data;
            Formwork.Expressions.FormulaScope? scope = null;
            if (form is not null)
            {
                var engine = new FormEngine(new InMemoryRecordStore(), new InMemorySequenceStore(), new InMemoryAuditLog(), new InMemoryOutbox());
                data = engine.Compute(form, form.ReadData(dataJson));
            }
            else
            {
                using var document = JsonDocument.Parse(dataJson);
                data = ValueJson.ReadPlainRecord(document.RootElement);
                scope = new Formwork.Expressions.FormulaScope();
                foreach (var (name, value) in data)
                {
                    scope.AddField(name, value.Kind);
                }
            }

            var loader = new WorkflowDefinitionLoader();
            var workflowJson = ReadFile(workflowPath, "--workflow");
            var loaded = scope is null ? loader.Load(workflowJson, form) : loader.Load(workflowJson, scope);
            if (!loaded.Success)
            {
                return Fail(error, workflowPath, loaded.Diagnostics);
            }

            var (directory, defaultSubmitter) = parsed.Get("directory") is { } directoryPath
                ? ReadDirectory(ReadFile(directoryPath, "--directory"))
                : (new InMemoryOrganizationDirectory(), null);
            var submitter = parsed.Get("submitter") ?? defaultSubmitter ?? "submitter";
            var result = new WorkflowSimulator(directory).SimulateAsync(loaded.Workflow!, data, submitter).GetAwaiter().GetResult();
            output.WriteLine(result.ToJson());
            return 0;
        }
        catch (FormworkException ex)
        {
            return Fail(error, null, ex.Diagnostics);
        }
        catch (JsonException ex)
        {
            error.WriteLine($"formwork simulate: {ex.Message}");
            return 2;
        }
    }

    private static string ReadFile(string path, string option)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"Cannot read {option} '{path}': {ex.Message}");
        }
    }

    private static (InMemoryOrganizationDirectory Directory, string? Submitter) ReadDirectory(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("--directory: expected a JSON object with \"users\" and \"departments\".");
        }

        var directory = new InMemoryOrganizationDirectory();
        string? first = null;
        if (root.TryGetProperty("departments", out var departments))
        {
            var i = 0;
            foreach (var d in departments.EnumerateArray())
            {
                var path = $"$.departments[{i++}]";
                directory.AddDepartment(new Department
                {
                    Id = Text(d, "id", path, required: true)!,
                    Name = Text(d, "name", path, required: false) ?? Text(d, "id", path, required: true)!,
                    ParentId = Text(d, "parentId", path, required: false),
                    HeadIds = List(d, "heads", path),
                });
            }
        }

        if (root.TryGetProperty("users", out var users))
        {
            var i = 0;
            foreach (var u in users.EnumerateArray())
            {
                var path = $"$.users[{i++}]";
                var id = Text(u, "id", path, required: true)!;
                first ??= id;
                directory.AddUser(new DirectoryUser
                {
                    Id = id,
                    Name = Text(u, "name", path, required: false) ?? id,
                    Departments = List(u, "departments", path),
                    Roles = List(u, "roles", path),
                    ManagerId = Text(u, "managerId", path, required: false),
                    IsActive = !u.TryGetProperty("active", out var active) || active.ValueKind != JsonValueKind.False,
                });
            }
        }

        var submitter = root.TryGetProperty("submitter", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : first;
        return (directory, submitter);
    }

    private static string? Text(JsonElement element, string name, string path, bool required)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        return required ? throw new JsonException($"--directory: {path}.{name} must be a string.") : null;
    }

    private static string[] List(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"--directory: {path}.{name} must be an array of strings.");
        }

        var items = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            items.Add(item.GetString() ?? throw new JsonException($"--directory: {path}.{name} must be an array of strings."));
        }

        return items.ToArray();
    }

    private static int Fail(TextWriter error, string? file, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine((file is null ? string.Empty : file + ": ") + diagnostic);
            error.WriteLine("  " + diagnostic.MessageChinese);
        }

        return 2;
    }
}
