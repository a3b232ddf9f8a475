using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Forms;

namespace Formwork.Cli.Commands;

/// <summary><c>formwork check &lt;definition.json&gt;</c>: loads a definition of any registered kind and prints its diagnostics.</summary>
internal sealed class CheckCommand : ICliCommand
{
    private static readonly IReadOnlyList<ICheckKind> Kinds = typeof(CheckCommand).Assembly.GetTypes()
        .Where(t => typeof(ICheckKind).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .Select(t => (ICheckKind)Activator.CreateInstance(t)!)
        .OrderBy(k => k.Kind, StringComparer.Ordinal)
        .ToArray();

    public string Name => "check";

    public string Summary => "Check a definition (form, workflow, rules, report, dashboard) and print its diagnostics.";

    public string Usage => $"""
        Usage: formwork check <definition.json> [--kind <kind>] [--form <form.json>]
               formwork check <table.csv> --form <form.json> [--hit-policy unique|first]

          Loads the definition and checks it completely. Kinds: {string.Join(", ", Kinds.Select(k => k.Kind))}.
          The kind is --kind, else the top-level "kind" property when it names one of them, else the shape of the
          definition ("nodes": workflow; "rules"/"decisionTables": rules; "measures"/"funnel": report;
          "widgets": dashboard), else form. Workflows, rule sets, reports and dashboards are checked against the form
          they work on: give it with --form.
          A .csv file is a decision table (docs/rules.md) on the --form, named after the file: overlapping rows are
          errors under hit policy "unique" (the default); gaps are warnings for the inputs whose header declares a
          domain: its values between braces, separated by |, or a number range such as "score [0..100]".

        Valid: prints a one-line summary on stdout, exit 0 (warnings go to stderr).
        Invalid: every diagnostic on stderr (code, JSON path, English and Chinese message), exit 2.
        """;

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(arguments, ["kind", "form", "hit-policy"]);
        if (parsed.Positional.Count != 1)
        {
            throw new CliUsageException(parsed.Positional.Count == 0 ? "Missing the definition file." : "Give exactly one definition file.");
        }

        var path = parsed.Positional[0];
        if (!File.Exists(path))
        {
            throw new CliUsageException($"The file '{path}' does not exist.");
        }

        CompiledForm? form = null;
        if (parsed.Get("form") is { } formPath)
        {
            if (!File.Exists(formPath))
            {
                throw new CliUsageException($"The form file '{formPath}' does not exist.");
            }

            var loaded = new FormDefinitionLoader().Load(File.ReadAllText(formPath));
            if (loaded.Form is null)
            {
                return Report(formPath, loaded.Diagnostics, null, output, error);
            }

            form = loaded.Form;
        }

        var csv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        if (parsed.Get("hit-policy") is { } policy && (!csv || policy is not ("unique" or "first")))
        {
            throw new CliUsageException(csv ? $"--hit-policy '{policy}' must be unique or first." : "--hit-policy is for CSV decision tables; a JSON table says \"hitPolicy\".");
        }

        if (csv)
        {
            var table = form ?? throw new CliUsageException("Checking a CSV decision table needs the form it works on: add --form <form.json>.");
            var tableDiagnostics = CheckRulesKind.CheckCsv(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path), table, parsed.Get("hit-policy") == "first", out var tableSummary);
            return Report(path, tableDiagnostics, tableSummary, output, error);
        }

        IReadOnlyList<Diagnostic> diagnostics;
        string? summary = null;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            diagnostics = Check(document.RootElement, parsed.Get("kind"), form, out summary);
        }
        catch (JsonException ex)
        {
            diagnostics = [Diagnostic.Error(FormMessages.InvalidJson, ex.Path ?? "$", ex.LineNumber is { } line ? new SourceSpan(0, 0, (int)line + 1, (int)(ex.BytePositionInLine ?? 0) + 1) : null, ("error", ex.Message))];
        }

        return Report(path, diagnostics, summary, output, error);
    }

    internal static IReadOnlyList<Diagnostic> Check(JsonElement root, string? requestedKind, CompiledForm? compiledForm, out string? summary)
    {
        summary = null;
        ICheckKind? checker;
        if (requestedKind is not null)
        {
            checker = Kinds.FirstOrDefault(k => k.Kind == requestedKind)
                ?? throw new CliUsageException($"Unknown kind '{requestedKind}'; expected one of {string.Join(", ", Kinds.Select(k => k.Kind))}.");
        }
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("kind", out var kindElement) && !IsReportKind(kindElement))
        {
            var kind = kindElement.ValueKind == JsonValueKind.String ? kindElement.GetString()! : kindElement.GetRawText();
            checker = Kinds.FirstOrDefault(k => k.Kind == kind);
            if (checker is null)
            {
                return [Diagnostic.Error(FormMessages.UnknownKind, "$.kind", null, ("kind", kind), ("expected", string.Join(", ", Kinds.Select(k => k.Kind))))];
            }
        }
        else
        {
            // A form is recognised first: its cross-field "rules" must not make it look like a rule set.
            var form = Kinds.First(k => k.Kind == "form");
            checker = form.Recognizes(root) ? form : Kinds.FirstOrDefault(k => k.Recognizes(root)) ?? form;
        }

        if (checker.NeedsForm && compiledForm is null)
        {
            throw new CliUsageException($"Checking a {checker.Kind} needs the form it works on: add --form <form.json>.");
        }

        return checker.Check(root, compiledForm, out summary);
    }

    // A report's own "kind" says pivot or funnel; it is not a definition kind.
    private static bool IsReportKind(JsonElement kind) => kind.ValueKind == JsonValueKind.String && kind.GetString() is "pivot" or "funnel";

    private static int Report(string path, IReadOnlyList<Diagnostic> diagnostics, string? summary, TextWriter output, TextWriter error)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine($"{path}: {diagnostic}");
            error.WriteLine($"    {diagnostic.MessageChinese}");
        }

        if (diagnostics.Any(d => d.IsError))
        {
            error.WriteLine($"{path}: {diagnostics.Count(d => d.IsError)} error(s).");
            return 2;
        }

        output.WriteLine($"{path}: ok — {summary}");
        return 0;
    }
}
