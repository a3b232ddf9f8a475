using System;
using System.IO;
using Formwork.Expressions;
using Formwork.Forms;
using Formwork.Reporting;
using Formwork.Rules;
using Formwork.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerPortal.Host;

/// <summary>
/// Loads the JSON definitions in the sample's Definitions folder — the files a host's designer would produce — through
/// the same loaders a host uses. A definition with a problem stops the tour with its diagnostics, nothing half-loaded.
/// </summary>
public sealed class Definitions(IServiceProvider services, string folder)
{
    /// <summary>The folder the definition files are read from.</summary>
    public string Folder { get; } = folder;

    /// <summary>The text of a definition file.</summary>
    public string Read(string fileName) => File.ReadAllText(Path.Combine(Folder, fileName));

    /// <summary>Loads and compiles a form definition (<c>*.form.json</c>).</summary>
    public CompiledForm Form(string fileName) =>
        services.GetRequiredService<FormDefinitionLoader>().Load(Read(fileName)).GetFormOrThrow();

    /// <summary>Loads a workflow definition (<c>*.workflow.json</c>) over its form and deploys it.</summary>
    public CompiledWorkflow Workflow(string fileName, CompiledForm form)
    {
        var workflow = services.GetRequiredService<WorkflowDefinitionLoader>().Load(Read(fileName), form).GetWorkflowOrThrow();
        services.GetRequiredService<WorkflowEngine>().Deploy(workflow);
        return workflow;
    }

    /// <summary>
    /// Loads a JSON rule set (<c>*.rules.json</c>) over the given forms; call <c>Compile()</c> to run it. Its formulas
    /// (<c>NOW()</c>, <c>TODAY()</c>) and time-based rules read the host's clock and time zone (the registered
    /// <see cref="FormulaContext"/>).
    /// </summary>
    public RuleSet Rules(string fileName, params CompiledForm[] forms)
    {
        var schema = new RuleSchema();
        foreach (var form in forms)
        {
            schema.AddForm(form);
        }

        return new RuleLoader(schema, context: services.GetRequiredService<FormulaContext>()).LoadJson(Read(fileName)).GetRuleSetOrThrow();
    }

    /// <summary>Reads a report definition (<c>*.report.json</c>) over a dataset.</summary>
    public ReportDefinition Report(string fileName, ReportDataset dataset) => ReportDefinitionReader.Read(Read(fileName), dataset);
}
