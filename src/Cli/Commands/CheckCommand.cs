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

    public string Summary => "Check a definition (form, …) and print its diagnostics.";

    public string Usage => $"""
        Usage: formwork check <definition.json>

          Loads the definition and checks it completely. The top-level "kind" property selects the checker
          (default "form"; known kinds: {string.Join(", ", Kinds.Select(k => k.Kind))}).

        Valid: prints a one-line summary on stdout, exit 0 (warnings go to stderr).
        Invalid: every diagnostic on stderr (code, JSON path, English and Chinese message), exit 2.
        """;

    public int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var parsed = CliArguments.Parse(arguments, []);
        if (parsed.Positional.Count != 1)
        {
            throw new CliUsageException(parsed.Positional.Count == 0 ? "Missing the definition file." : "Give exactly one definition file.");
        }

        var path = parsed.Positional[0];
        if (!File.Exists(path))
        {
            throw new CliUsageException($"The file '{path}' does not exist.");
        }

        IReadOnlyList<Diagnostic> diagnostics;
        string? summary = null;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            diagnostics = Check(document.RootElement, out summary);
        }
        catch (JsonException ex)
        {
            diagnostics = [Diagnostic.Error(FormMessages.InvalidJson, ex.Path ?? "$", ex.LineNumber is { } line ? new SourceSpan(0, 0, (int)line + 1, (int)(ex.BytePositionInLine ?? 0) + 1) : null, ("error", ex.Message))];
        }

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

    internal static IReadOnlyList<Diagnostic> Check(JsonElement root, out string? summary)
    {
        summary = null;
        var kind = "form";
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("kind", out var kindElement))
        {
            kind = kindElement.ValueKind == JsonValueKind.String ? kindElement.GetString()! : kindElement.GetRawText();
        }

        var checker = Kinds.FirstOrDefault(k => k.Kind == kind);
        if (checker is null)
        {
            return [Diagnostic.Error(FormMessages.UnknownKind, "$.kind", null, ("kind", kind), ("expected", string.Join(", ", Kinds.Select(k => k.Kind))))];
        }

        return checker.Check(root, out summary);
    }
}
