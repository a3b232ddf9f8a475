using Formwork.Notifications;

namespace Formwork.Rules;

/// <summary>
/// Something a JSON rule's action asks of the outside world (a notification, an integration event, a workflow start).
/// Actions insert effects into working memory as facts; <see cref="RecordRuleRunner"/> delivers them after firing, so
/// nothing leaves the session from the middle of a firing loop that may still fail.
/// </summary>
public sealed class RuleEffect
{
    /// <summary>The outbox message type of workflow starts.</summary>
    public const string StartWorkflowEventType = "formwork.rules.workflow.start";

    internal RuleEffect(RuleEffectKind kind, string rule, RecordFact record, Notification? notification, string? eventType, RecordData? payload)
    {
        Kind = kind;
        Rule = rule;
        Record = record;
        Notification = notification;
        EventType = eventType;
        Payload = payload;
    }

    /// <summary>Gets what is asked.</summary>
    public RuleEffectKind Kind { get; }

    /// <summary>Gets the name of the rule that asked.</summary>
    public string Rule { get; }

    /// <summary>Gets the record the rule fired on.</summary>
    public RecordFact Record { get; }

    /// <summary>Gets the notification, for <see cref="RuleEffectKind.Notify"/>.</summary>
    public Notification? Notification { get; }

    /// <summary>Gets the outbox message type, for <see cref="RuleEffectKind.Publish"/> and <see cref="RuleEffectKind.StartWorkflow"/>.</summary>
    public string? EventType { get; }

    /// <summary>Gets the event's data (frozen), for <see cref="RuleEffectKind.Publish"/> and <see cref="RuleEffectKind.StartWorkflow"/>.</summary>
    public RecordData? Payload { get; }
}
