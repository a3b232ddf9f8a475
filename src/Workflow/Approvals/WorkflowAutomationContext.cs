namespace Formwork.Workflow;

/// <summary>What an <see cref="IWorkflowAutomation"/> gets.</summary>
public sealed class WorkflowAutomationContext
{
    internal WorkflowAutomationContext(string instanceId, string definitionId, string nodeId, string submitterId, RecordData data)
    {
        InstanceId = instanceId;
        DefinitionId = definitionId;
        NodeId = nodeId;
        SubmitterId = submitterId;
        Data = data;
    }

    /// <summary>Gets the instance id.</summary>
    public string InstanceId { get; }

    /// <summary>Gets the workflow definition id.</summary>
    public string DefinitionId { get; }

    /// <summary>Gets the automation node id.</summary>
    public string NodeId { get; }

    /// <summary>Gets the submitter's user id.</summary>
    public string SubmitterId { get; }

    /// <summary>Gets the form data (frozen).</summary>
    public RecordData Data { get; }
}
