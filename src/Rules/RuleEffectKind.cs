namespace Formwork.Rules;

/// <summary>What a <see cref="RuleEffect"/> asks the host to do.</summary>
public enum RuleEffectKind
{
    /// <summary>Send a notification (<see cref="RuleEffect.Notification"/>).</summary>
    Notify,

    /// <summary>Publish an integration event to the outbox.</summary>
    Publish,

    /// <summary>Start a workflow: published to the outbox as <see cref="RuleEffect.StartWorkflowEventType"/> for the host to wire.</summary>
    StartWorkflow,
}
