using System;
using System.Collections.Generic;
using Formwork.Diagnostics;
using Formwork.Expressions;
using Formwork.Forms;
using Formwork.Workflow.Internal;

namespace Formwork.Workflow;

/// <summary>Reads workflow definitions from JSON and compiles definitions (from JSON or <see cref="WorkflowBuilder"/>) into <see cref="CompiledWorkflow"/>s, checking them first. Thread-safe.</summary>
public sealed class WorkflowDefinitionLoader
{
    private readonly FormulaCompiler _compiler;

    /// <summary>Creates a loader.</summary>
    /// <param name="compiler">The formula compiler for conditions and formula approver rules; <see langword="null"/> for the default.</param>
    public WorkflowDefinitionLoader(FormulaCompiler? compiler = null)
    {
        _compiler = compiler ?? new FormulaCompiler();
    }

    /// <summary>Reads and compiles a JSON definition against a compiled form (its fields for formulas, its permission profiles for nodes).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="form">The form, or <see langword="null"/> for a workflow whose formulas use no fields.</param>
    /// <returns>The result.</returns>
    public WorkflowLoadResult Load(string json, CompiledForm? form = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var definition = ReadDefinition(json, out var diagnostics);
        return definition is null ? new WorkflowLoadResult(null, diagnostics) : Compile(definition, form);
    }

    /// <summary>Reads and compiles a JSON definition against a formula scope (no form: no field permissions).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="scope">The fields formulas may use.</param>
    /// <returns>The result.</returns>
    public WorkflowLoadResult Load(string json, FormulaScope scope)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(scope);
        var definition = ReadDefinition(json, out var diagnostics);
        return definition is null ? new WorkflowLoadResult(null, diagnostics) : Compile(definition, scope);
    }

    /// <summary>Checks and compiles a definition against a compiled form.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="form">The form, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    public WorkflowLoadResult Compile(WorkflowDefinition definition, CompiledForm? form = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return DefinitionCompiler.Compile(definition, _compiler, form?.CreateFormulaScope() ?? new FormulaScope(), form);
    }

    /// <summary>Checks and compiles a definition against a formula scope.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="scope">The fields formulas may use.</param>
    /// <returns>The result.</returns>
    public WorkflowLoadResult Compile(WorkflowDefinition definition, FormulaScope scope)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(scope);
        return DefinitionCompiler.Compile(definition, _compiler, scope, null);
    }

    /// <summary>Reads the JSON form of a definition without checking the graph.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="diagnostics">The reading errors.</param>
    /// <returns>The definition, or <see langword="null"/> when there are errors.</returns>
    public static WorkflowDefinition? ReadDefinition(string json, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DefinitionReader.Read(json, out diagnostics);
    }
}
