using System;
using System.Collections.Generic;

namespace Formwork.Workflow;

/// <summary>An approval workflow definition: the model read from JSON by <see cref="WorkflowDefinitionLoader"/> or built with <see cref="WorkflowBuilder"/>. Compile it with <see cref="WorkflowDefinitionLoader.Compile(WorkflowDefinition, Formwork.Forms.CompiledForm?)"/>.</summary>
public sealed record WorkflowDefinition
{
    /// <summary>Gets the definition id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the version (1 or more). A running instance stays on the version it started with.</summary>
    /// <value>The default value is 1.</value>
    public int Version { get; init; } = 1;

    /// <summary>Gets the display name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the id of the form the workflow runs on, if any.</summary>
    public string? FormId { get; init; }

    /// <summary>Gets the nodes.</summary>
    public IReadOnlyList<WorkflowNode> Nodes { get; init; } = [];

    /// <summary>Gets the policy for nodes whose approver rules find nobody.</summary>
    /// <value>The default value is <see cref="EmptyApproverPolicy.AutoApprove"/>.</value>
    public EmptyApproverPolicy EmptyApprovers { get; init; }

    /// <summary>Gets the administrator who receives tasks under <see cref="EmptyApproverPolicy.RouteToAdmin"/>.</summary>
    public string? AdminUserId { get; init; }

    /// <summary>Gets a value indicating whether a task of the submitter on their own instance is approved automatically.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool AutoApproveSubmitter { get; init; }

    /// <summary>Gets a value indicating whether an approver who approved the previous approval node is approved automatically on the next one (自动去重).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool DeduplicateApprovers { get; init; }

    /// <summary>Gets the name of the form permission profile a read-only view uses when the viewer's node has none (and for members of the engine's admin role), or <see langword="null"/> to show such viewers every field unmasked.</summary>
    public string? ViewPermission { get; init; }

    /// <summary>Gets the directory roles whose members may view every instance read-only although they take no part in it, each with the form permission profile their view uses.</summary>
    public IReadOnlyDictionary<string, string> ViewerRoles { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
