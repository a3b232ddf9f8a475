using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Forms.Internal;
using Microsoft.Extensions.Options;

namespace Formwork.Forms;

/// <summary>
/// Loads form definitions from JSON (strictly) or from a <see cref="FormDefinition"/> built in C#, checks them and
/// compiles them into a <see cref="CompiledForm"/>. Thread-safe; register it once.
/// </summary>
public sealed class FormDefinitionLoader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };
    private readonly FormsOptions _options;

    /// <summary>Initializes a loader with default options.</summary>
    public FormDefinitionLoader()
        : this(new FormsOptions())
    {
    }

    /// <summary>Initializes a loader.</summary>
    /// <param name="options">The form options (limits, regex timeout, formula options).</param>
    public FormDefinitionLoader(FormsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Initializes a loader from dependency injection.</summary>
    /// <param name="options">The form options.</param>
    public FormDefinitionLoader(IOptions<FormsOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <summary>Gets the options the loader compiles with.</summary>
    public FormsOptions Options => _options;

    /// <summary>Loads a definition from JSON text.</summary>
    /// <param name="json">The JSON definition.</param>
    /// <returns>The compiled form or the diagnostics.</returns>
    public FormLoadResult Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > _options.MaxDefinitionLength)
        {
            return Failed(Diagnostic.Error(FormMessages.InvalidValue, "$", null, ("property", "definition"), ("value", json.Length + " characters"), ("expected", "at most " + _options.MaxDefinitionLength + " characters"), ("expectedZh", "不超过 " + _options.MaxDefinitionLength + " 个字符")));
        }

        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return Load(document.RootElement);
        }
        catch (JsonException ex)
        {
            return Failed(Diagnostic.Error(FormMessages.InvalidJson, ex.Path ?? "$", ex.LineNumber is { } line ? new SourceSpan(0, 0, (int)line + 1, (int)(ex.BytePositionInLine ?? 0) + 1) : null, ("error", ex.Message)));
        }
    }

    /// <summary>Loads a definition from a UTF-8 JSON stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The compiled form or the diagnostics.</returns>
    public FormLoadResult Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream);
        return Load(reader.ReadToEnd());
    }

    /// <summary>Loads a definition from a parsed JSON element.</summary>
    /// <param name="element">The definition object.</param>
    /// <returns>The compiled form or the diagnostics.</returns>
    public FormLoadResult Load(JsonElement element)
    {
        var diagnostics = new List<Diagnostic>();
        var definition = new DefinitionReader(diagnostics).Read(element);
        return definition is null ? new FormLoadResult(null, diagnostics) : Compile(definition);
    }

    /// <summary>Checks and compiles a definition built in C# (or read elsewhere).</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The compiled form or the diagnostics.</returns>
    public FormLoadResult Compile(FormDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var (form, diagnostics) = new FormCompiler(_options).Compile(definition);
        return new FormLoadResult(form, diagnostics);
    }

    /// <summary>Reads a definition from JSON without compiling it (for editors that transform definitions).</summary>
    /// <param name="json">The JSON definition.</param>
    /// <param name="diagnostics">The problems found.</param>
    /// <returns>The definition, or <see langword="null"/> when the JSON has errors.</returns>
    public static FormDefinition? ReadDefinition(string json, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(json);
        var list = new List<Diagnostic>();
        diagnostics = list;
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return new DefinitionReader(list).Read(document.RootElement);
        }
        catch (JsonException ex)
        {
            list.Add(Diagnostic.Error(FormMessages.InvalidJson, ex.Path ?? "$", null, ("error", ex.Message)));
            return null;
        }
    }

    /// <summary>Writes a definition as JSON in the documented, stable format.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteDefinition(FormDefinition definition) => DefinitionWriter.Write(definition);

    private static FormLoadResult Failed(Diagnostic diagnostic) => new(null, [diagnostic]);
}
